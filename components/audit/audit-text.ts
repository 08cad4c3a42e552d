import { describeAuditValue } from "@/lib/domain/audit-diff";
import { PHASE_LABELS } from "@/lib/domain/cycle-phase";
import { formatNumber } from "@/lib/format";
import {
  AGENCY_TYPE_LABELS,
  AUDIT_ACTION_LABELS,
  AUDIT_ENTITY_LABELS,
  AUDIT_FIELD_LABELS,
  BLOC_KIND_LABELS,
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
} from "@/lib/domain/labels";

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

/** One value of `entity`'s snapshot as a reader says it. */
export function auditValueText(path: string, value: unknown, entity = ""): string {
  const field = path.split(".").at(-1) ?? "";
  const labels = field === "status" ? (STATUS_LABELS[entity] ?? REGISTRATION_STATUS_LABELS) : VALUE_LABELS[field];
  if (typeof value === "string" && labels?.[value]) return labels[value]!;
  if (NUMERIC_FIELDS.has(field) && typeof value === "string" && /^-?\d+(\.\d+)?$/.test(value)) return formatNumber(Number(value));
  return describeAuditValue(value);
}

export const auditEntityLabel = (entity: string) => AUDIT_ENTITY_LABELS[entity] ?? entity;
export const auditActionLabel = (action: string) => AUDIT_ACTION_LABELS[action] ?? action;
