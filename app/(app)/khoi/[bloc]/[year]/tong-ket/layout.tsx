import { SectionTabs } from "@/components/ui/section-tabs";
import { loadBlocYear, type BlocYearParams } from "../load";

const TABS = [
  { path: "", label: "Tổng quan" },
  { path: "/hoi-nghi", label: "Hội nghị tổng kết" },
  { path: "/bo-phieu", label: "Bỏ phiếu" },
  { path: "/bao-cao", label: "Báo cáo tổng kết" },
] as const;

export default async function ConferenceLayout({ children, params }: { children: React.ReactNode; params: BlocYearParams }) {
  const { bloc, year } = await params;
  const data = await loadBlocYear(bloc, year);
  return (
    <>
      <SectionTabs base={`/khoi/${data.bloc.code}/${data.year}/tong-ket`} label="Các bước tổng kết và bình xét" tabs={TABS} />
      {children}
    </>
  );
}
