import type { PhaseState } from "@/lib/domain/cycle-phase";

const STYLES: Record<PhaseState, { label: string; className: string }> = {
  OPEN: { label: "Đang mở", className: "bg-green-100 text-green-800" },
  REOPENED: { label: "Mở lại", className: "bg-amber-100 text-amber-800" },
  UPCOMING: { label: "Sắp tới", className: "bg-sky-100 text-sky-800" },
  CLOSED: { label: "Đã đóng", className: "bg-stone-200 text-stone-700" },
};

export function PhaseBadge({ state }: { state: PhaseState }) {
  const s = STYLES[state];
  return <span className={`inline-block rounded px-2 py-0.5 text-xs font-medium ${s.className}`}>{s.label}</span>;
}
