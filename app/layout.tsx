import type { Metadata } from "next";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Thi đua khối", template: "%s · Thi đua khối" },
  description: "Điều hành năm thi đua của khối, cụm thi đua: đăng ký, giao ước, chấm điểm, tổng kết, khen thưởng.",
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="vi">
      <body className="min-h-screen bg-stone-50 text-stone-900 antialiased">{children}</body>
    </html>
  );
}
