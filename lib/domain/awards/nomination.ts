/**
 * A nomination (đề nghị khen thưởng; docs/domain/awards.md#nominations, edge cases 21–23): the
 * agency drafts it and proposes it; the bloc chair sends it up (quota checked), returns it with
 * a reason (the agency edits and proposes again) or rejects it with a reason. Pure: the actor
 * comes in as role names, the quota and eligibility facts as arguments.
 *
 *   DRAFT ──propose──▶ PROPOSED ──send (quota, eligibility)──▶ SENT
 *     ▲ save              │ return (reason)    └─reject (reason)──▶ REJECTED
 *     └──── RETURNED ◀────┘   (save keeps RETURNED; propose → PROPOSED)
 */
import { compareVi } from "@/lib/format";
import type { RoleName } from "../roles";
import type { AwardFormRule, Eligibility } from "./eligibility";
import { quotaCheck, type QuotaRule } from "./quota";

export const NOMINATION_STATUSES = ["DRAFT", "PROPOSED", "SENT", "RETURNED", "REJECTED"] as const;
export type NominationStatus = (typeof NOMINATION_STATUSES)[number];

export const NOMINATION_ACTIONS = ["save", "propose", "send", "return", "reject", "prioritise"] as const;
export type NominationAction = (typeof NOMINATION_ACTIONS)[number];

/** A reason shorter than this tells the agency nothing it can act on (as for registrations). */
export const MIN_REASON = 10;

/**
 * Who is acting: the roles the server found for the user on this nomination's bloc, and
 * whether the nomination belongs to the user's own agency (agency roles only act on their own).
 */
export interface NominationActor {
  roles: readonly RoleName[];
  ownAgency: boolean;
}

/**
 * Who may do what — matches lib/domain/permissions.ts: "nomination:edit:own" (the agency's
 * leader and officer, own agency) and "nomination:review" (the bloc chair).
 */
export const NOMINATION_ROLES: Record<NominationAction, { roles: readonly RoleName[]; ownAgencyOnly: boolean }> = {
  save: { roles: ["AGENCY_LEADER", "AGENCY_OFFICER"], ownAgencyOnly: true },
  propose: { roles: ["AGENCY_LEADER", "AGENCY_OFFICER"], ownAgencyOnly: true },
  send: { roles: ["CHAIR"], ownAgencyOnly: false },
  return: { roles: ["CHAIR"], ownAgencyOnly: false },
  reject: { roles: ["CHAIR"], ownAgencyOnly: false },
  prioritise: { roles: ["CHAIR"], ownAgencyOnly: false },
};

export type NominationCommand =
  | { action: "save" }
  | { action: "propose"; eligibility: Eligibility }
  | { action: "send"; eligibility: Eligibility; form: QuotaRule; members: number; alreadySent: number }
  | { action: "return"; reason: string }
  | { action: "reject"; reason: string }
  | { action: "prioritise"; priority: number };

export type RefusalCode = "FORBIDDEN" | "WRONG_STATE" | "INVALID" | "NOT_ELIGIBLE" | "QUOTA";
export type NominationTransition = { ok: true; to: NominationStatus } | { ok: false; code: RefusalCode; reason: string; field?: string };

const STATUS_TEXT: Record<NominationStatus, string> = {
  DRAFT: "đang soạn",
  PROPOSED: "đã được cơ quan đề nghị, đang chờ Trưởng khối xem xét",
  SENT: "đã được gửi cấp trên",
  RETURNED: "đã bị trả lại cho cơ quan",
  REJECTED: "đã bị Trưởng khối không đề nghị",
};

const FROM: Record<NominationAction, readonly NominationStatus[]> = {
  save: ["DRAFT", "RETURNED"],
  propose: ["DRAFT", "RETURNED"],
  send: ["PROPOSED"],
  return: ["PROPOSED"],
  reject: ["PROPOSED"],
  prioritise: ["PROPOSED", "SENT"],
};

const FORBIDDEN_TEXT: Record<NominationAction, string> = {
  save: "Chỉ lãnh đạo và cán bộ thi đua của cơ quan được soạn đề nghị khen thưởng của cơ quan mình.",
  propose: "Chỉ lãnh đạo và cán bộ thi đua của cơ quan được gửi đề nghị khen thưởng của cơ quan mình.",
  send: "Chỉ Trưởng khối được gửi đề nghị khen thưởng lên cấp trên.",
  return: "Chỉ Trưởng khối được trả lại đề nghị khen thưởng.",
  reject: "Chỉ Trưởng khối được quyết định không đề nghị.",
  prioritise: "Chỉ Trưởng khối được sắp xếp thứ tự ưu tiên các đề nghị.",
};

/** Whether the actor's roles allow the action at all, whatever the state. */
export function mayAct(action: NominationAction, actor: NominationActor): boolean {
  const rule = NOMINATION_ROLES[action];
  return rule.roles.some((r) => actor.roles.includes(r)) && (!rule.ownAgencyOnly || actor.ownAgency);
}

function refuse(code: RefusalCode, reason: string, field?: string): NominationTransition {
  return field ? { ok: false, code, reason, field } : { ok: false, code, reason };
}

function wrongState(status: NominationStatus, action: NominationAction): string {
  const now = `Đề nghị ${STATUS_TEXT[status]}`;
  if (action === "save") return `${now}: không sửa được nữa.`;
  if (action === "propose") return `${now}: không đề nghị lại được.`;
  if (action === "prioritise") return `${now}: chỉ sắp thứ tự các đề nghị đang xem xét hoặc đã gửi.`;
  return `${now}: chỉ gửi, trả lại hoặc không đề nghị được khi cơ quan đã đề nghị.`;
}

function notEligible(e: Eligibility): NominationTransition {
  return refuse("NOT_ELIGIBLE", `Chưa đủ điều kiện để đề nghị: ${e.reasons.join(" ")}`);
}

/** The next state, or why the command cannot run from `status` (roles not considered). */
export function transition(status: NominationStatus, command: NominationCommand): NominationTransition {
  if (!FROM[command.action].includes(status)) return refuse("WRONG_STATE", wrongState(status, command.action));
  switch (command.action) {
    case "save":
      // Editing a returned nomination keeps it RETURNED (and its reason visible) until proposed again.
      return { ok: true, to: status };
    case "propose":
      // A gated agency stays ranked but cannot be nominated (docs/domain/edge-cases.md#case-21).
      return command.eligibility.eligible ? { ok: true, to: "PROPOSED" } : notEligible(command.eligibility);
    case "send": {
      // The facts may have changed since the agency proposed it: checked again.
      if (!command.eligibility.eligible) return notEligible(command.eligibility);
      const quota = quotaCheck(command.form, command.members, command.alreadySent, 1);
      return quota.ok ? { ok: true, to: "SENT" } : refuse("QUOTA", quota.reason);
    }
    case "return":
    case "reject": {
      if (command.reason.trim().length < MIN_REASON) {
        const what = command.action === "return" ? "trả lại" : "không đề nghị";
        return refuse("INVALID", `Lý do ${what} cần ít nhất ${MIN_REASON} ký tự để cơ quan biết vì sao.`, "reason");
      }
      return { ok: true, to: command.action === "return" ? "RETURNED" : "REJECTED" };
    }
    case "prioritise":
      if (!Number.isInteger(command.priority) || command.priority < 0 || command.priority > 9999) {
        return refuse("INVALID", "Thứ tự ưu tiên là số nguyên từ 0 (chưa xếp) đến 9999.", "priority");
      }
      return { ok: true, to: status };
  }
}

/** Role first, then state, then content: the refusal names the first thing that stops it. */
export function decideNomination(status: NominationStatus, command: NominationCommand, actor: NominationActor): NominationTransition {
  if (!mayAct(command.action, actor)) return refuse("FORBIDDEN", FORBIDDEN_TEXT[command.action]);
  return transition(status, command);
}

/** The actions the actor could take from `status` (for buttons; content rules aside). */
export function availableActions(status: NominationStatus, actor: NominationActor): NominationAction[] {
  return NOMINATION_ACTIONS.filter((a) => mayAct(a, actor) && FROM[a].includes(status));
}

/**
 * The chair's order: priority 1 first, then 2, …; 0 means "not ordered yet" and comes last.
 * Ties by name in Vietnamese collation, then by the order given (stable).
 */
export function orderByPriority<T extends { priority: number; name: string }>(items: readonly T[]): T[] {
  const rank = (p: number) => (p > 0 ? p : Number.POSITIVE_INFINITY);
  return items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => rank(a.item.priority) - rank(b.item.priority) || compareVi(a.item.name, b.item.name) || a.index - b.index)
    .map((x) => x.item);
}

// ── "One achievement, one reward" (docs/domain/awards.md#one-achievement-one-reward, Luật 2022 principle [S5]) ──

export interface NominationSummary {
  id: string;
  agencyId: string;
  agencyName: string;
  formCode: string;
  formName: string;
  target: "COLLECTIVE" | "INDIVIDUAL";
  /** A collective below agency level (e.g. its Youth Union); null for the agency itself. */
  collectiveName: string | null;
  personName: string | null;
  achievements: string | null;
  status: NominationStatus;
}

export interface DuplicateWarning {
  kind: "SAME_RECIPIENT" | "SAME_ACHIEVEMENTS";
  nominationIds: string[];
  message: string;
}

/** Shorter normalised texts are too generic ("Hoàn thành xuất sắc") to call a duplicate. */
export const MIN_ACHIEVEMENT_LENGTH = 30;

/** Lower case, NFC, punctuation and repeated spaces removed: what "the same text" means here. */
export function normaliseText(text: string): string {
  return text
    .normalize("NFC")
    .toLocaleLowerCase("vi")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

function recipientName(n: NominationSummary): string {
  if (n.target === "INDIVIDUAL") return `${n.personName ?? "(chưa có tên)"} (${n.agencyName})`;
  return n.collectiveName ? `${n.collectiveName} (${n.agencyName})` : n.agencyName;
}

/**
 * Warnings (never refusals) when the same recipient is proposed for two forms this year, or two
 * proposals carry the same achievements text. Rejected nominations are left out. A pair where
 * one form is a prerequisite of the other (e.g. Cờ CP needs TTLĐXS) is expected, not warned.
 */
export function duplicateWarnings(
  nominations: readonly NominationSummary[],
  forms: readonly Pick<AwardFormRule, "code" | "prerequisiteCodes">[],
): DuplicateWarning[] {
  const live = nominations.filter((n) => n.status !== "REJECTED");
  const prereq = new Map(forms.map((f) => [f.code, f.prerequisiteCodes]));
  const related = (a: string, b: string) => a === b || (prereq.get(a) ?? []).includes(b) || (prereq.get(b) ?? []).includes(a);
  const warnings: DuplicateWarning[] = [];

  const groups = (key: (n: NominationSummary) => string | null) => {
    const map = new Map<string, NominationSummary[]>();
    for (const n of live) {
      const k = key(n);
      if (k === null) continue;
      map.set(k, [...(map.get(k) ?? []), n]);
    }
    return [...map.values()].filter((g) => g.length > 1);
  };

  const recipientKey = (n: NominationSummary) =>
    n.target === "INDIVIDUAL"
      ? n.personName
        ? `P|${n.agencyId}|${normaliseText(n.personName)}`
        : null
      : `C|${n.agencyId}|${normaliseText(n.collectiveName ?? "")}`;
  for (const group of groups(recipientKey)) {
    // Only forms that are not each other's prerequisite count as "two rewards for one result".
    const clash = group.filter((a) => group.some((b) => b !== a && !related(a.formCode, b.formCode)));
    const sameForm = group.filter((a) => group.some((b) => b !== a && a.formCode === b.formCode));
    const involved = [...new Set([...clash, ...sameForm])];
    if (involved.length < 2) continue;
    const formsText = [...new Set(involved.map((n) => `“${n.formName}”`))].join(", ");
    const message =
      clash.length >= 2
        ? `${recipientName(involved[0])} được đề nghị cho nhiều hình thức: ${formsText}. Một thành tích chỉ được khen một hình thức; kiểm tra lại.`
        : `${recipientName(involved[0])} được đề nghị hai lần cho ${formsText}.`;
    warnings.push({ kind: "SAME_RECIPIENT", nominationIds: involved.map((n) => n.id), message });
  }

  const textKey = (n: NominationSummary) => {
    const t = normaliseText(n.achievements ?? "");
    return t.length >= MIN_ACHIEVEMENT_LENGTH ? t : null;
  };
  for (const group of groups(textKey)) {
    const names = group.map((n) => `${recipientName(n)} – “${n.formName}”`).join("; ");
    warnings.push({
      kind: "SAME_ACHIEVEMENTS",
      nominationIds: group.map((n) => n.id),
      message: `Các đề nghị sau dùng cùng một nội dung thành tích: ${names}. Một thành tích không được khen nhiều lần.`,
    });
  }
  return warnings;
}
