import { describeAuditValue } from "@/lib/domain/audit-diff";
import { PHASE_LABELS } from "@/lib/domain/cycle-phase";
import {
  AGENCY_TYPE_LABELS,
  AUDIT_ACTION_LABELS,
  AUDIT_ENTITY_LABELS,
  AUDIT_FIELD_LABELS,
  BLOC_KIND_LABELS,
  LEVEL_LABELS,
  OFFICER_ROLE_LABELS,
  REGISTRATION_STATUS_LABELS,
  SCORING_MODE_LABELS,
  SELECTION_LABELS,
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
  status: REGISTRATION_STATUS_LABELS,
};

/** "phases.REGISTRATION.closesOn" → "Lịch · Đăng ký thi đua · Đến ngày". */
export function auditFieldLabel(path: string): string {
  if (!path) return "Giá trị";
  return path
    .split(".")
    .map((seg) => (PHASE_LABELS as Record<string, string>)[seg] ?? AUDIT_FIELD_LABELS[seg] ?? seg)
    .join(" · ");
}

export function auditValueText(path: string, value: unknown): string {
  const field = path.split(".").at(-1) ?? "";
  if (typeof value === "string" && VALUE_LABELS[field]?.[value]) return VALUE_LABELS[field][value]!;
  return describeAuditValue(value);
}

export const auditEntityLabel = (entity: string) => AUDIT_ENTITY_LABELS[entity] ?? entity;
export const auditActionLabel = (action: string) => AUDIT_ACTION_LABELS[action] ?? action;
