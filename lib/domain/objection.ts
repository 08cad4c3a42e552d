/**
 * Objections (giải trình, kiến nghị — docs/domain/score-review.md#objections): an agency objects to one of its
 * entries once the bloc's score for it exists; the chair accepts or rejects with a reason.
 *
 *   OPEN ──accept (reason + corrected value)──▶ ACCEPTED
 *        └─reject (reason)───────────────────▶ REJECTED      (both final)
 *
 * Which value an accepted objection corrects (decision recorded here):
 * - QUANTITATIVE: the corrected actual and target go to verifiedActual/verifiedTarget, never
 *   points, because the leader-relative points are recomputed from everyone's inputs (docs/domain/scoring.md#leader-relative);
 *   finalPoints is cleared so the points follow the corrected inputs.
 * - GRADED, YES_NO, COUNT, BONUS, PENALTY: the corrected points go to finalPoints (điểm chính
 *   thức), within the entry's [minPoints, maxPoints] (PENALTY: the deduction).
 * - GATE: the corrected veto input (1 = the veto condition happened, 0 = it did not) goes to
 *   verifiedActual, as the verifiers store it (the results read it before the agency's own).
 * - GROUP rows cannot be objected to: a group is the sum of its rows.
 *
 * Who may object: the agency's own leader or officer (permission "objection:create:own"), on an
 * entry of its own sheet that the bloc has scored — VERIFICATION mode: the sheet is VERIFIED;
 * CROSS_SCORING mode: the sheet was submitted (SUBMITTED or VERIFIED), so the others' scores
 * exist. One OPEN objection per entry at a time.
 */
export type ObjectionStatus = "OPEN" | "ACCEPTED" | "REJECTED";
export type ScoringMode = "VERIFICATION" | "CROSS_SCORING";
export type SheetStatus = "DRAFT" | "SUBMITTED" | "RETURNED" | "VERIFIED";

export const OBJECTION_STATUS_LABELS: Record<ObjectionStatus, string> = {
  OPEN: "Đang chờ quyết định",
  ACCEPTED: "Được chấp nhận",
  REJECTED: "Không được chấp nhận",
};

export type RuleResult = { ok: true } | { ok: false; code: "INVALID_INPUT" | "CONFLICT"; message: string };

const NOT_OBJECTABLE_TYPES = new Set(["GROUP"]);

/** Whether the agency may object to this entry now (the phase and permission are checked elsewhere). */
export function checkCanObject(input: { scoringMode: ScoringMode; sheetStatus: SheetStatus; criterionType: string; hasOpenObjection: boolean }): RuleResult {
  if (NOT_OBJECTABLE_TYPES.has(input.criterionType)) {
    return { ok: false, code: "INVALID_INPUT", message: "Không thể kiến nghị với nhóm tiêu chí: hãy kiến nghị từng tiêu chí trong nhóm." };
  }
  const scored =
    input.scoringMode === "VERIFICATION" ? input.sheetStatus === "VERIFIED" : input.sheetStatus === "SUBMITTED" || input.sheetStatus === "VERIFIED";
  if (!scored) {
    const message =
      input.scoringMode === "VERIFICATION"
        ? "Chỉ kiến nghị được khi bảng điểm của cơ quan đã được thẩm định."
        : "Chỉ kiến nghị được khi bảng điểm của cơ quan đã được nộp và chấm chéo.";
    return { ok: false, code: "INVALID_INPUT", message };
  }
  if (input.hasOpenObjection) {
    return { ok: false, code: "CONFLICT", message: "Tiêu chí này đang có một kiến nghị chờ quyết định." };
  }
  return { ok: true };
}

export type ObjectionDecision =
  | { kind: "REJECT"; reason: string }
  | { kind: "ACCEPT"; reason: string; points?: number | null; actual?: number | null; target?: number | null; violation?: boolean | null };

export type EntryCorrection = { finalPoints: number } | { verifiedActual: number; verifiedTarget: number; finalPoints: null } | { verifiedActual: 0 | 1 };

export type DecisionResult =
  | { ok: true; status: "ACCEPTED" | "REJECTED"; correction: EntryCorrection | null }
  | { ok: false; code: "INVALID_INPUT" | "CONFLICT"; message: string; fieldErrors?: Record<string, string[]> };

const fieldError = (field: string, message: string): DecisionResult => ({ ok: false, code: "INVALID_INPUT", message, fieldErrors: { [field]: [message] } });
const finite = (v: number | null | undefined): v is number => typeof v === "number" && Number.isFinite(v);

/** The transition of one objection, with the entry correction an acceptance makes. */
export function decideObjection(
  objection: { status: ObjectionStatus },
  entry: { criterionType: string; minPoints: number; maxPoints: number },
  decision: ObjectionDecision,
): DecisionResult {
  if (objection.status !== "OPEN") return { ok: false, code: "CONFLICT", message: "Kiến nghị này đã được quyết định." };
  if (!decision.reason.trim()) return fieldError("decisionReason", "Vui lòng nhập lý do quyết định.");
  if (decision.kind === "REJECT") return { ok: true, status: "REJECTED", correction: null };

  if (NOT_OBJECTABLE_TYPES.has(entry.criterionType)) return { ok: false, code: "INVALID_INPUT", message: "Không thể sửa điểm của dòng này." };
  if (entry.criterionType === "GATE") {
    if (typeof decision.violation !== "boolean") return fieldError("violation", "Vui lòng cho biết điều kiện loại trừ có xảy ra hay không.");
    return { ok: true, status: "ACCEPTED", correction: { verifiedActual: decision.violation ? 1 : 0 } };
  }
  if (entry.criterionType === "QUANTITATIVE") {
    if (!finite(decision.actual) || decision.actual < 0) return fieldError("actual", "Vui lòng nhập kết quả thực hiện được chấp nhận (số không âm).");
    if (!finite(decision.target) || decision.target < 0) return fieldError("target", "Vui lòng nhập chỉ tiêu được chấp nhận (số không âm).");
    return { ok: true, status: "ACCEPTED", correction: { verifiedActual: decision.actual, verifiedTarget: decision.target, finalPoints: null } };
  }
  if (!finite(decision.points)) return fieldError("points", "Vui lòng nhập điểm được chấp nhận.");
  if (decision.points < entry.minPoints || decision.points > entry.maxPoints) {
    return fieldError("points", `Điểm được chấp nhận phải từ ${entry.minPoints} đến ${entry.maxPoints}.`);
  }
  if (Math.round(decision.points * 100) !== decision.points * 100) return fieldError("points", "Điểm có tối đa 2 chữ số thập phân.");
  return { ok: true, status: "ACCEPTED", correction: { finalPoints: decision.points } };
}
