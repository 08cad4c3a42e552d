/**
 * The audit log in the words its readers use: field names, enumerations, numbers, dates and the
 * lists a snapshot holds (commitments, targets, candidates…) as text. Pure; the page only lays it out.
 */
import { describeAuditValue, readerIgnores } from "./audit-diff";
import { PHASE_LABELS } from "./cycle-phase";
import { TARGET_KINDS, targetText, type TargetKind } from "./pledge";
import { tieBreakLabel } from "./scoring-rules-settings";
import type { TieBreakRule } from "./scoring";
import type { TargetComparator } from "./target-comparator";
import { formatNumber } from "@/lib/format";
import { AUDIT_ACTION_LABELS, AUDIT_ENTITY_LABELS, AUDIT_FIELD_LABELS } from "./audit-labels";
import {
  AGENCY_TYPE_LABELS,
  BLOC_KIND_LABELS,
  CANDIDATE_STATUS_LABELS,
  DECISION_OUTCOME_LABELS,
  LEVEL_LABELS,
  NOMINATION_STATUS_LABELS,
  OFFICER_ROLE_LABELS,
  PLEDGE_STATUS_LABELS,
  PROGRESS_STATUS_LABELS,
  REGISTRATION_STATUS_LABELS,
  SCORING_MODE_LABELS,
  SELECTION_LABELS,
  SHEET_STATUS_LABELS,
  TABLE_STATUS_LABELS,
  TARGET_COMPARATOR_LABELS,
  VOTE_STATUS_LABELS,
  RANKING_VOTE_MODE_LABELS,
  ON_REJECTION_LABELS,
} from "./labels";

// Enumerations stored in snapshots, named by the key that holds them.
const VALUE_LABELS: Record<string, Record<string, string>> = {
  scoringMode: SCORING_MODE_LABELS,
  kind: BLOC_KIND_LABELS,
  level: LEVEL_LABELS,
  type: AGENCY_TYPE_LABELS,
  role: OFFICER_ROLE_LABELS,
  method: SELECTION_LABELS,
  key: PHASE_LABELS,
  targetComparator: TARGET_COMPARATOR_LABELS,
  comparator: TARGET_COMPARATOR_LABELS,
  outcome: DECISION_OUTCOME_LABELS,
  mode: RANKING_VOTE_MODE_LABELS,
  onRejection: ON_REJECTION_LABELS,
};

// A status reads in the words of its own record: a sheet is "Đã nộp", a registration "Đã gửi".
const STATUS_LABELS: Record<string, Record<string, string>> = {
  Registration: REGISTRATION_STATUS_LABELS,
  Pledge: PLEDGE_STATUS_LABELS,
  CriteriaTable: TABLE_STATUS_LABELS,
  ScoreSheet: SHEET_STATUS_LABELS,
  Vote: VOTE_STATUS_LABELS,
  Nomination: NOMINATION_STATUS_LABELS,
  CommitmentProgress: PROGRESS_STATUS_LABELS,
};

// Decimal columns arrive in snapshots as text ("12.5"); they read as numbers, in Vietnamese notation.
const NUMERIC_FIELDS = new Set([
  "selfPoints",
  "selfInput",
  "actual",
  "target",
  "verifiedPoints",
  "verifiedActual",
  "verifiedTarget",
  "points",
  "base",
  "bonus",
  "penalty",
  "total",
  "maxPoints",
  "minPoints",
  "floorPct",
  "pointsPerUnit",
  "cap",
  "scale",
  "bonusCap",
  "targetValue",
]);

/** "phases.REGISTRATION.closesOn" → "Lịch · Đăng ký thi đua · Đến ngày". */
export function auditFieldLabel(path: string): string {
  if (!path) return "Giá trị";
  return path
    .split(".")
    .map((seg) => (PHASE_LABELS as Record<string, string>)[seg] ?? AUDIT_FIELD_LABELS[seg] ?? seg)
    .join(" · ");
}

/** The field of a list item that names it: a commitment's text, a title's name, a candidate's label… */
const ITEM_NAME_KEYS = ["text", "label", "name", "recipient", "agency", "agencyName"];
/** A target's parts, read together as one figure ("≥ 95%"), not one by one. */
const TARGET_PARTS = ["kind", "value", "unit", "comparator", "targetKind", "targetValue", "targetUnit", "targetComparator"];
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** A target's figure in a commitment ({targetKind, targetValue…}) or a registration target ({kind, value…}), or null. */
function itemTarget(item: Record<string, unknown>): string | null {
  const kind = (item.targetKind ?? (typeof item.value === "number" || item.value === null ? item.kind : undefined)) as TargetKind | undefined;
  if (!kind || !(TARGET_KINDS as readonly string[]).includes(kind)) return null;
  const value = (item.targetValue ?? item.value ?? null) as number | null;
  const unit = (item.targetUnit ?? item.unit ?? null) as string | null;
  const comparator = (item.targetComparator ?? item.comparator ?? "AT_LEAST") as TargetComparator;
  return targetText(kind, value, unit, comparator);
}

/**
 * One element of a list in a snapshot (a pledge's commitments, a registration's targets and
 * titles, a vote's candidates, the bands, a publication's totals…) as one line of words: its
 * name first, numbered when it has a number, then its other fields with their labels. Ids and
 * empty fields are left out, as they are from the diff.
 */
function itemText(item: Record<string, unknown>, entity: string): string {
  if (typeof item.kind === "string" && Object.keys(item).every((k) => k === "kind" || k === "groupCode")) return tieBreakLabel(item as TieBreakRule);
  const skip = readerIgnores(entity);
  const nameKey = ITEM_NAME_KEYS.find((k) => typeof item[k] === "string" && item[k] !== "");
  const number = item.number ?? item.order;
  const target = itemTarget(item);
  const parts: string[] = [];
  for (const [k, v] of Object.entries(item)) {
    // A band's or phase's key (XUAT_SAC) is the program's name for what its label already says.
    if (k === nameKey || k === "number" || k === "order" || (k === "key" && nameKey) || skip(k) || /Ids$/.test(k)) continue;
    if (target !== null || item.targetKind !== undefined) if (TARGET_PARTS.includes(k)) continue;
    if (v === null || v === undefined || v === "" || (Array.isArray(v) && v.length === 0)) continue;
    const text = k === "status" && typeof v === "string" && CANDIDATE_STATUS_LABELS[v] ? CANDIDATE_STATUS_LABELS[v]! : auditValueText(k, v, entity);
    parts.push(`${AUDIT_FIELD_LABELS[k] ?? k}: ${text}`);
  }
  if (target) parts.unshift(`${AUDIT_FIELD_LABELS.target}: ${target}`);
  const head = `${typeof number === "number" ? `${number}. ` : ""}${nameKey ? String(item[nameKey]) : ""}`;
  if (!head) return parts.join("; ") || "—";
  return parts.length ? `${head} (${parts.join("; ")})` : head;
}

/** One value of `entity`'s snapshot as a reader says it. */
export function auditValueText(path: string, value: unknown, entity = ""): string {
  if (isRecord(value)) return itemText(value, entity);
  if (Array.isArray(value) && value.some(isRecord)) return value.map((v) => auditValueText(path, v, entity)).join("; ");
  const field = path.split(".").at(-1) ?? "";
  const labels = field === "status" ? (STATUS_LABELS[entity] ?? REGISTRATION_STATUS_LABELS) : VALUE_LABELS[field];
  if (typeof value === "string" && labels?.[value]) return labels[value]!;
  if (NUMERIC_FIELDS.has(field) && typeof value === "string" && /^-?\d+(\.\d+)?$/.test(value)) return formatNumber(Number(value));
  return describeAuditValue(value);
}

export const auditEntityLabel = (entity: string) => AUDIT_ENTITY_LABELS[entity] ?? entity;
export const auditActionLabel = (action: string) => AUDIT_ACTION_LABELS[action] ?? action;
