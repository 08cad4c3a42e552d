import { notFound } from "next/navigation";
import { SectionTabs, type SectionTab } from "@/components/ui/section-tabs";
import { canSomewhere } from "@/lib/domain/permissions";
import { getCurrentUser } from "@/lib/server/auth/current-user";

/**
 * The council's administration: accounts, the agency register and (system
 * administrators) the provinces. Anyone without "user:manage" anywhere is
 * told the address does not exist; each page and use case checks again.
 */
export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const user = await getCurrentUser();
  if (!user || !canSomewhere(user, "user:manage")) notFound();
  const tabs: SectionTab[] = [
    { path: "/tai-khoan", label: "Tài khoản" },
    { path: "/co-quan", label: "Cơ quan, đơn vị" },
    ...(canSomewhere(user, "nomination:read-all") ? [{ path: "/bao-cao", label: "Báo cáo tổng hợp" }] : []),
    ...(canSomewhere(user, "file:dispose") ? [{ path: "/luu-tru", label: "Lưu trữ tệp" }] : []),
    ...(canSomewhere(user, "province:manage") ? [{ path: "/tinh-thanh", label: "Tỉnh, thành phố" }] : []),
  ];
  return (
    <main id="noi-dung" className="mx-auto max-w-6xl px-4 py-6">
      <h1 className="mb-3 text-xl font-bold">Quản trị</h1>
      <SectionTabs base="/quan-tri" label="Các mục quản trị" tabs={tabs} />
      {children}
    </main>
  );
}
