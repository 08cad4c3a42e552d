"use client";

// Unexpected errors: a generic Vietnamese message, never a stack trace.
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main className="mx-auto max-w-xl px-6 py-24 text-center">
      <h1 className="text-2xl font-bold">Đã xảy ra lỗi</h1>
      <p className="mt-3 text-stone-600">Hệ thống gặp sự cố khi xử lý yêu cầu. Vui lòng thử lại; nếu lỗi lặp lại, hãy báo quản trị viên.</p>
      <button type="button" onClick={reset} className="mt-6 rounded bg-brand-700 px-4 py-2 text-white hover:bg-brand-800">
        Thử lại
      </button>
    </main>
  );
}
