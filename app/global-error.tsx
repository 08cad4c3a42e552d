"use client";

export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="vi">
      <body style={{ fontFamily: "sans-serif", textAlign: "center", padding: "6rem 1.5rem" }}>
        <h1>Đã xảy ra lỗi</h1>
        <p>Hệ thống gặp sự cố. Vui lòng thử lại sau.</p>
        <button type="button" onClick={reset}>
          Thử lại
        </button>
      </body>
    </html>
  );
}
