import Link from "next/link";

/** Pages anyone may read without signing in (results made public): a plain header, no account. */
export default function PublicLayout({ children }: { children: React.ReactNode }) {
  return (
    <>
      <header className="bg-brand-800 text-white">
        <div className="mx-auto flex max-w-5xl items-center justify-between px-4 py-3">
          <p className="font-semibold">Thi đua khối — Kết quả công khai</p>
          <Link href="/login" className="text-sm underline">
            Đăng nhập
          </Link>
        </div>
      </header>
      <main id="noi-dung" className="mx-auto max-w-5xl px-4 py-6">
        {children}
      </main>
    </>
  );
}
