import Link from "next/link";

/** Why a reset link no longer works and what to do (ask the council staff for a new one). */
export function LinkRefused({ title, detail }: { title: string; detail: string }) {
  return (
    <div className="mt-6 space-y-4">
      <div role="alert" className="rounded bg-amber-50 px-3 py-3 text-sm text-amber-900">
        <p className="font-semibold">{title}</p>
        <p className="mt-1">{detail}</p>
      </div>
      <Link href="/login" className="block text-center text-sm text-brand-700 underline hover:text-brand-800">
        Về trang đăng nhập
      </Link>
    </div>
  );
}
