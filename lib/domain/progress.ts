import { formatNumber } from "@/lib/format";
import { checkPhaseOpen, PHASE_LABELS, type PhaseWindow } from "./cycle-phase";
import { targetText } from "./pledge";
import { meetsComparator, type TargetComparator } from "./target-comparator";

/**
 * Mid-year review (sơ kết, docs/domain/yearly-cycle.md#mid-year-review): each agency reports where it
 * stands on each commitment of the signed pledge. Pure: the matrix summary,
 * whether a value meets a target, what a progress report may contain and
 * when it may be saved.
 */
export const PROGRESS_STATUSES = ["NOT_STARTED", "ON_TRACK", "AT_RISK", "ACHIEVED"] as const;
export type ProgressStatus = (typeof PROGRESS_STATUSES)[number];
/** Best first, for legends and counts. */
export const STATUS_DISPLAY_ORDER: readonly ProgressStatus[] = ["ACHIEVED", "ON_TRACK", "AT_RISK", "NOT_STARTED"];
export type TargetKind = "TEXT" | "NUMBER" | "PERCENT" | "YES_NO";

export interface CommitmentTarget {
  id: string;
  targetKind: TargetKind;
  targetValue: number | null;
  targetComparator: TargetComparator;
}

export interface ProgressEntry {
  commitmentId: string;
  agencyId: string;
  status: ProgressStatus;
  value: number | null;
}

/** Whether the kind of target takes a reported value at all. */
export function isMeasurable(kind: TargetKind): boolean {
  return kind !== "TEXT";
}

/**
 * Whether a reported value meets the commitment's target, under its comparator
 * (lib/domain/target-comparator): "≥ 90%" is met by 92, "≤ 2 vụ" by 1, an exact
 * 12 only by 12. YES_NO: 1 = yes, met when it equals the target (yes unless the
 * target says otherwise). null: nothing to compare.
 */
export function meetsTarget(kind: TargetKind, target: number | null, value: number | null, comparator: TargetComparator): boolean | null {
  if (!isMeasurable(kind) || value === null) return null;
  if (kind === "YES_NO") return value === (target ?? 1);
  if (target === null) return null;
  return meetsComparator(comparator, target, value);
}

export type StatusCounts = Record<ProgressStatus, number>;

export interface MatrixCell {
  /** NOT_STARTED when the agency has not reported on the commitment. */
  status: ProgressStatus;
  value: number | null;
  isReported: boolean;
  meetsTarget: boolean | null;
}

export interface AgencyProgressRow {
  agencyId: string;
  /** In the commitments' order. */
  cells: MatrixCell[];
  counts: StatusCounts;
  /** Shares of the commitments (0–1); 0 when the pledge has none. */
  achievedShare: number;
  onTrackShare: number;
}

export interface ProgressSummary {
  rows: AgencyProgressRow[];
  /** Per commitment, in the commitments' order. */
  byCommitment: StatusCounts[];
}

export function emptyCounts(): StatusCounts {
  return { NOT_STARTED: 0, ON_TRACK: 0, AT_RISK: 0, ACHIEVED: 0 };
}

/** Agencies × commitments; progress of agencies or commitments not listed is ignored. */
export function summariseProgress(commitments: readonly CommitmentTarget[], agencyIds: readonly string[], entries: readonly ProgressEntry[]): ProgressSummary {
  const byKey = new Map(entries.map((e) => [`${e.agencyId}|${e.commitmentId}`, e]));
  const byCommitment = commitments.map(() => emptyCounts());
  const rows = agencyIds.map((agencyId): AgencyProgressRow => {
    const counts = emptyCounts();
    const cells = commitments.map((c, i): MatrixCell => {
      const e = byKey.get(`${agencyId}|${c.id}`);
      const status = e?.status ?? "NOT_STARTED";
      counts[status] += 1;
      byCommitment[i]![status] += 1;
      const value = e?.value ?? null;
      return { status, value, isReported: e !== undefined, meetsTarget: meetsTarget(c.targetKind, c.targetValue, value, c.targetComparator) };
    });
    const total = commitments.length;
    return {
      agencyId,
      cells,
      counts,
      achievedShare: total === 0 ? 0 : counts.ACHIEVED / total,
      onTrackShare: total === 0 ? 0 : counts.ON_TRACK / total,
    };
  });
  return { rows, byCommitment };
}

export interface ProgressReport {
  status: ProgressStatus;
  value: number | null;
}

/**
 * What a report may hold for its commitment's target: a value only for a
 * measurable target, a share within 0–100 %, yes/no as 1/0; and "Đã đạt"
 * only with a value that meets the target (so the matrix never shows an
 * achieved commitment below its target). Field errors, or null when fine.
 */
export function checkProgressReport(target: CommitmentTarget, report: ProgressReport): Record<string, string[]> | null {
  const { targetKind: kind } = target;
  const { status, value } = report;
  if (!isMeasurable(kind)) {
    return value === null ? null : { value: ["Cam kết này không có chỉ tiêu định lượng: không nhập giá trị đạt được."] };
  }
  if (kind === "YES_NO" && value !== null && value !== 0 && value !== 1) return { value: ["Vui lòng chọn “Có” hoặc “Không”."] };
  if (kind === "PERCENT" && value !== null && value > 100) return { value: ["Tỷ lệ phải từ 0 đến 100%."] };
  if (status !== "ACHIEVED") return null;
  if (value === null) return { value: ["Vui lòng nhập giá trị đạt được khi chọn trạng thái “Đã đạt”."] };
  if (meetsTarget(kind, target.targetValue, value, target.targetComparator) === false) {
    return { status: ["Giá trị đạt được chưa đạt chỉ tiêu: chưa thể chọn “Đã đạt”."] };
  }
  return null;
}

export type WindowCheck = { open: true } | { open: false; reason: string };

/**
 * Progress may be reported while the year is carried out (EXECUTION: units
 * track their commitments all year, docs/domain/yearly-cycle.md#execution) and during the mid-year
 * review itself (MID_YEAR_REVIEW), including a reopening by the chair.
 * Otherwise the reason names both phases and why each is closed.
 */
export function checkProgressWindow(phases: readonly PhaseWindow[], today: string): WindowCheck {
  const execution = checkPhaseOpen(phases, "EXECUTION", today);
  const review = checkPhaseOpen(phases, "MID_YEAR_REVIEW", today);
  if (execution.open || review.open) return { open: true };
  return {
    open: false,
    reason:
      `Chỉ cập nhật được tiến độ khi giai đoạn “${PHASE_LABELS.EXECUTION}” hoặc “${PHASE_LABELS.MID_YEAR_REVIEW}” đang mở. ` +
      `${execution.reason} ${review.reason}`,
  };
}

/** "92%", "15", "Có" / "Không"; "—" when nothing was reported. */
export function formatProgressValue(kind: TargetKind, value: number | null): string {
  if (value === null || !isMeasurable(kind)) return "—";
  if (kind === "YES_NO") return value === 1 ? "Có" : "Không";
  return kind === "PERCENT" ? `${formatNumber(value)}%` : formatNumber(value);
}

/**
 * The target as the pledge states it: "≥ 90% cán bộ…", "≤ 2 vụ việc", "12 tin bài", "Có"; null for a
 * TEXT commitment. The pledge's own wording (lib/domain/pledge targetText), without a yes/no
 * target's note, which the progress views have no room for.
 */
export function formatTarget(kind: TargetKind, target: number | null, unit: string | null, comparator: TargetComparator): string | null {
  return targetText(kind, target, kind === "YES_NO" ? null : unit, comparator);
}
