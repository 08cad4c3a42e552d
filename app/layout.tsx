import type { Metadata } from "next";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Thi đua khối", template: "%s · Thi đua khối" },
  description: "Điều hành năm thi đua của khối, cụm thi đua: đăng ký, giao ước, chấm điểm, tổng kết, khen thưởng.",
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="vi">
      <body className="min-h-screen bg-stone-50 text-stone-900 antialiased">
        {/* The first stop of the Tab key: past the header and the tabs, straight to the page's own content. */}
        <a
          href="#noi-dung"
          className="sr-only focus:not-sr-only focus:fixed focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-white focus:px-4 focus:py-2 focus:text-brand-800 focus:shadow"
        >
          Chuyển đến nội dung chính
        </a>
        {children}
      </body>
    </html>
  );
}
