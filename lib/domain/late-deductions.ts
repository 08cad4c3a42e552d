/**
 * The results' deductions for late submissions (docs/decisions/0042-late-submission.md): one line
 * per recorded late submission, none where the chair waived it. Pure: the stored rows in.
 */
import { isoDay } from "@/lib/format";
import { LATE_STEP_LABELS, LATE_STEPS, lateLineLabel, type LateStep } from "./late-submission";
import { isoToVn } from "./cycle-phase";
import type { ExtraDeduction } from "./scoring";

interface Recorded {
  agencyId: string;
  step: LateStep;
  daysLate: number;
  deadline: Date;
  points: { toNumber(): number } | number;
}

export function lateDeductions(recorded: readonly Recorded[], waivers: readonly { agencyId: string; step: LateStep }[]): Record<string, ExtraDeduction[]> {
  const waived = new Set(waivers.map((w) => `${w.agencyId}:${w.step}`));
  const out: Record<string, ExtraDeduction[]> = {};
  // Registration before self-scoring, whatever order the rows came in.
  const ordered = [...recorded].sort((a, b) => LATE_STEPS.indexOf(a.step) - LATE_STEPS.indexOf(b.step));
  for (const r of ordered) {
    const points = typeof r.points === "number" ? r.points : r.points.toNumber();
    if (waived.has(`${r.agencyId}:${r.step}`) || points <= 0) continue;
    (out[r.agencyId] ??= []).push({
      label: lateLineLabel(r.daysLate),
      reason: `${LATE_STEP_LABELS[r.step]} muộn ${r.daysLate} ngày so với hạn ${isoToVn(isoDay(r.deadline))}`,
      points,
    });
  }
  return out;
}
