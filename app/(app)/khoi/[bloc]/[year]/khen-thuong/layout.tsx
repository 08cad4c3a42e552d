import { SectionTabs } from "@/components/ui/section-tabs";
import { loadBlocYear, type BlocYearParams } from "../load";

const TABS = [
  { path: "", label: "Tổng quan" },
  { path: "/danh-muc", label: "Danh mục hình thức" },
  { path: "/du-dieu-kien", label: "Điều kiện khen thưởng" },
  { path: "/de-nghi", label: "Đề nghị" },
  { path: "/ho-so", label: "Hồ sơ đề nghị" },
  { path: "/quyet-dinh", label: "Quyết định" },
  { path: "/ca-nhan", label: "Cá nhân" },
  { path: "/dien-hinh", label: "Điển hình" },
] as const;

export default async function AwardsLayout({ children, params }: { children: React.ReactNode; params: BlocYearParams }) {
  const { bloc, year } = await params;
  const data = await loadBlocYear(bloc, year);
  return (
    <>
      <SectionTabs base={`/khoi/${data.bloc.code}/${data.year}/khen-thuong`} label="Các bước khen thưởng" tabs={TABS} />
      {children}
    </>
  );
}
