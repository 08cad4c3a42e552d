/**
 * The authority's decision (quyết định khen thưởng; docs/domain/awards.md#decisions, edge
 * cases 25–27): council staff record, for each nominee, APPROVED, CHANGED to another form, or
 * REJECTED with a reason; a decision may later be cancelled with a reason (Luật 2022 Chương VII),
 * and a cancelled decision no longer counts in anyone's award history. Pure.
 *
 * The year of an award is the year of ACHIEVEMENT (the cycle's year), not the decision date:
 * results of year N are decided in year N+1 (QĐ 231/QĐ-TTg of 14/3/2023 for 2022, docs/domain/edge-cases.md#case-25).
 */
import { compareVi } from "@/lib/format";
import type { NominationStatus } from "./nomination";

export const DECISION_OUTCOMES = ["APPROVED", "CHANGED", "REJECTED"] as const;
export type DecisionOutcome = (typeof DECISION_OUTCOMES)[number];

/** A reason shorter than this explains nothing (as for returns and rejections). */
export const MIN_DECISION_REASON = 10;

export interface DecisionItemInput {
  awardFormId: string;
  outcome: DecisionOutcome;
  changedToFormId?: string | null;
  reason?: string | null;
  /** The nomination it answers, when there is one, and its status. */
  nominationId?: string | null;
  nominationStatus?: NominationStatus | null;
}

export type ItemCheck = { ok: true } | { ok: false; reason: string; field?: string };

const hasText = (s: string | null | undefined, min: number) => (s ?? "").trim().length >= min;

/** Whether one item of a decision is consistent. */
export function checkDecisionItem(item: DecisionItemInput): ItemCheck {
  if (item.nominationId && item.nominationStatus && item.nominationStatus !== "SENT") {
    return { ok: false, reason: "Chỉ ghi kết quả cho đề nghị đã được gửi cấp trên.", field: "nominationId" };
  }
  switch (item.outcome) {
    case "APPROVED":
      if (item.changedToFormId)
        return {
          ok: false,
          reason: "Kết quả “Được khen” không kèm hình thức khác; chọn “Đổi hình thức” nếu cấp trên khen hình thức khác.",
          field: "changedToFormId",
        };
      return { ok: true };
    case "CHANGED":
      if (!item.changedToFormId) return { ok: false, reason: "Chọn hình thức khen thưởng mà cấp có thẩm quyền đã đổi sang.", field: "changedToFormId" };
      if (item.changedToFormId === item.awardFormId)
        return { ok: false, reason: "Hình thức đổi sang phải khác hình thức đã đề nghị.", field: "changedToFormId" };
      return { ok: true };
    case "REJECTED":
      if (item.changedToFormId) return { ok: false, reason: "Kết quả “Không được khen” không kèm hình thức khác.", field: "changedToFormId" };
      if (!hasText(item.reason, MIN_DECISION_REASON)) {
        return { ok: false, reason: `Ghi lý do không được khen (ít nhất ${MIN_DECISION_REASON} ký tự).`, field: "reason" };
      }
      return { ok: true };
  }
}

/**
 * A nomination is answered by at most one decision that still stands: recording it in another
 * is refused until that one is cancelled. `existing`: items of this nomination in other decisions.
 */
export function checkNotDecidedTwice(existing: readonly { decisionNumber: string; cancelled: boolean }[]): ItemCheck {
  const standing = existing.find((e) => !e.cancelled);
  return standing
    ? {
        ok: false,
        reason: `Đề nghị này đã có kết quả tại quyết định số ${standing.decisionNumber}; hủy quyết định đó trước khi ghi lại.`,
        field: "nominationId",
      }
    : { ok: true };
}

/** Whether a decision may be cancelled now (once, with a reason). */
export function checkCancel(decision: { cancelled: boolean; number: string }, reason: string): ItemCheck {
  if (decision.cancelled) return { ok: false, reason: `Quyết định số ${decision.number} đã bị hủy trước đó.` };
  if (!hasText(reason, MIN_DECISION_REASON)) return { ok: false, reason: `Ghi lý do hủy quyết định (ít nhất ${MIN_DECISION_REASON} ký tự).`, field: "reason" };
  return { ok: true };
}

// ── Award history ──

export interface HistoryDecision {
  id: string;
  number: string;
  /** Calendar day "yyyy-MM-dd" of issue. */
  issuedOn: string;
  /** The year of achievement (the cycle's year). */
  year: number;
  cancelled: boolean;
}

export interface HistoryItem {
  decisionId: string;
  agencyId: string;
  collectiveName: string | null;
  personName: string | null;
  awardFormId: string;
  outcome: DecisionOutcome;
  changedToFormId: string | null;
}

export interface HeldAward {
  /** The form actually given: the decided form, or the one it was changed to. */
  formId: string;
  code: string | null;
  name: string | null;
  /** Proposed as another form and changed by the authority. */
  changedFrom: string | null;
  recipient: { kind: "AGENCY" } | { kind: "COLLECTIVE"; name: string } | { kind: "PERSON"; name: string };
  decisionId: string;
  decisionNumber: string;
  issuedOn: string;
}

export interface HistoryYear {
  year: number;
  awards: HeldAward[];
}

/**
 * Per agency, per year of achievement (newest first), the awards actually held: approved items
 * and changed-to forms of decisions that are not cancelled. Rejections give nothing. `forms`
 * (any year's catalogue) adds codes and names.
 */
export function awardHistory(
  items: readonly HistoryItem[],
  decisions: readonly HistoryDecision[],
  forms: readonly { id: string; code: string; name: string }[] = [],
): Record<string, HistoryYear[]> {
  const byDecision = new Map(decisions.map((d) => [d.id, d]));
  const byForm = new Map(forms.map((f) => [f.id, f]));
  const out = new Map<string, Map<number, HeldAward[]>>();
  for (const item of items) {
    const decision = byDecision.get(item.decisionId);
    if (!decision || decision.cancelled || item.outcome === "REJECTED") continue;
    const formId = item.outcome === "CHANGED" && item.changedToFormId ? item.changedToFormId : item.awardFormId;
    const form = byForm.get(formId);
    const recipient: HeldAward["recipient"] = item.personName
      ? { kind: "PERSON", name: item.personName }
      : item.collectiveName
        ? { kind: "COLLECTIVE", name: item.collectiveName }
        : { kind: "AGENCY" };
    const years = out.get(item.agencyId) ?? new Map<number, HeldAward[]>();
    out.set(item.agencyId, years);
    const list = years.get(decision.year) ?? [];
    years.set(decision.year, list);
    list.push({
      formId,
      code: form?.code ?? null,
      name: form?.name ?? null,
      changedFrom: formId === item.awardFormId ? null : item.awardFormId,
      recipient,
      decisionId: decision.id,
      decisionNumber: decision.number,
      issuedOn: decision.issuedOn,
    });
  }
  const result: Record<string, HistoryYear[]> = {};
  for (const [agencyId, years] of out) {
    result[agencyId] = [...years.entries()]
      .sort(([a], [b]) => b - a)
      .map(([year, awards]) => ({
        year,
        awards: awards.sort(
          (a, b) =>
            a.issuedOn.localeCompare(b.issuedOn) ||
            kindOrder(a) - kindOrder(b) ||
            compareVi(a.name ?? a.formId, b.name ?? b.formId) ||
            compareVi(recipientText(a), recipientText(b)),
        ),
      }));
  }
  return result;
}

const kindOrder = (a: HeldAward) => (a.recipient.kind === "AGENCY" ? 0 : a.recipient.kind === "COLLECTIVE" ? 1 : 2);
const recipientText = (a: HeldAward) => (a.recipient.kind === "AGENCY" ? "" : a.recipient.name);

/**
 * The codes the agency itself (not its sub-collectives or people) holds, for the prerequisite
 * gate: in `year` only, or up to and including it when `anyYearUpTo` is set.
 */
export function heldCodes(history: readonly HistoryYear[], year: number, anyYearUpTo = false): string[] {
  const codes = new Set<string>();
  for (const y of history) {
    if (anyYearUpTo ? y.year > year : y.year !== year) continue;
    for (const a of y.awards) if (a.recipient.kind === "AGENCY" && a.code) codes.add(a.code);
  }
  return [...codes];
}
