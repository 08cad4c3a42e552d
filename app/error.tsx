"use client";

import { refusalShownToUser } from "@/lib/domain/request-refusals";

// Unexpected errors: a generic Vietnamese message, never a stack trace. The
// proxy's own refusals (database unavailable, malformed request) reach here
// as the message of a failed action and are shown as they are.
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const refusal = refusalShownToUser(error.message);
  return (
    <main id="noi-dung" className="mx-auto max-w-xl px-6 py-24 text-center">
      <h1 className="text-2xl font-bold">{refusal ? "Chưa thực hiện được yêu cầu" : "Đã xảy ra lỗi"}</h1>
      <p className="mt-3 text-stone-600" role="alert">
        {refusal ?? "Hệ thống gặp sự cố khi xử lý yêu cầu. Vui lòng thử lại; nếu lỗi lặp lại, hãy báo quản trị viên."}
      </p>
      <button type="button" onClick={reset} className="mt-6 rounded bg-brand-700 px-4 py-2 text-white hover:bg-brand-800">
        Thử lại
      </button>
    </main>
  );
}
