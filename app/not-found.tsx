import Link from "next/link";

export default function NotFound() {
  return (
    <main id="noi-dung" className="mx-auto max-w-xl px-6 py-24 text-center">
      <p className="text-sm font-semibold text-brand-700">404</p>
      <h1 className="mt-2 text-2xl font-bold">Không tìm thấy trang</h1>
      <p className="mt-3 text-stone-600">Trang bạn tìm không tồn tại hoặc bạn không có quyền xem nội dung này.</p>
      <Link href="/" className="mt-6 inline-block rounded bg-brand-700 px-4 py-2 text-white hover:bg-brand-800">
        Về trang chủ
      </Link>
    </main>
  );
}
