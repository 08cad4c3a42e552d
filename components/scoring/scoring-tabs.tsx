import { SectionTabs } from "@/components/ui/section-tabs";

/**
 * The scoring half of the year, in the order people work through it (docs/domain/yearly-cycle.md#phases). The
 * verification step is either thẩm định or chấm chéo, whichever the year uses.
 */
export function ScoringTabs({ base, scoringMode }: { base: string; scoringMode: string | null }) {
  const tabs = [
    { path: "", label: "Tổng quan" },
    { path: "/tieu-chi", label: "Bảng tiêu chí" },
    { path: "/tu-cham", label: "Tự chấm" },
    scoringMode === "CROSS_SCORING" ? { path: "/cham-cheo", label: "Chấm chéo" } : { path: "/tham-dinh", label: "Thẩm định" },
    { path: "/khieu-nai", label: "Khiếu nại" },
    { path: "/ket-qua", label: "Kết quả hiện hành" },
    { path: "/cong-bo", label: "Công bố" },
    { path: "/quy-tac", label: "Quy tắc xếp loại" },
  ];
  return <SectionTabs base={base} label="Các bước chấm điểm" tabs={tabs} />;
}
