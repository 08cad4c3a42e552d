import { z } from "zod";
import { formFields } from "@/lib/forms/form-fields";
import { day, id, optionalText, requiredText, year } from "./common";

export const AUTHORITY_KINDS = ["PRIME_MINISTER", "PROVINCE_CHAIR", "PARTY_COMMITTEE", "BLOC_HEAD_AGENCY", "AGENCY_HEAD", "OTHER"] as const;

export const DECISION_AUTHORITY_LABELS: Record<(typeof AUTHORITY_KINDS)[number], string> = {
  PRIME_MINISTER: "Thủ tướng Chính phủ",
  PROVINCE_CHAIR: "Chủ tịch UBND tỉnh",
  PARTY_COMMITTEE: "Tỉnh ủy, Ban Thường vụ Tỉnh ủy",
  BLOC_HEAD_AGENCY: "Thủ trưởng cơ quan Trưởng khối",
  AGENCY_HEAD: "Thủ trưởng cơ quan",
  OTHER: "Cấp khác",
};

const DecisionItemInputSchema = z.object({
  nominationId: id,
  outcome: z.enum(["APPROVED", "CHANGED", "REJECTED"], { error: "Chọn kết quả." }),
  changedToFormId: optionalText(64),
  reason: optionalText(2000),
});

/**
 * "Ghi nhận quyết định": the authority's act and, for each sent nomination it answers, the
 * outcome. Nominations left at "Không thuộc quyết định này" are not part of it.
 */
export const RecordDecisionInputSchema = z.object({
  blocId: id,
  year,
  number: requiredText("số quyết định", 100),
  issuedOn: day("ngày ký"),
  signer: requiredText("người ký", 200),
  authorityKind: z.enum(AUTHORITY_KINDS, { error: "Vui lòng chọn cấp quyết định." }),
  authorityName: requiredText("cơ quan quyết định", 300),
  items: z.array(DecisionItemInputSchema).min(1, "Ghi kết quả cho ít nhất một đề nghị đã gửi.").max(500),
});
export type RecordDecisionInput = z.infer<typeof RecordDecisionInputSchema>;

/** The form's flat fields (`outcome.<nominationId>`, `changedTo.<id>`, `reason.<id>`) as the input shape. */
export function decisionFormFields(form: FormData): Record<string, unknown> {
  const fields = formFields(form);
  const text = (k: string) => {
    const v = fields[k];
    return typeof v === "string" ? v : undefined;
  };
  const items: Record<string, unknown>[] = [];
  for (const [key, value] of Object.entries(fields)) {
    if (!key.startsWith("outcome.") || typeof value !== "string" || value === "") continue;
    const nominationId = key.slice("outcome.".length);
    const changedToFormId = value === "CHANGED" ? text(`changedTo.${nominationId}`) : undefined;
    items.push({ nominationId, outcome: value, changedToFormId, reason: text(`reason.${nominationId}`) });
  }
  return { ...fields, items };
}

export const CancelDecisionInputSchema = z.object({
  decisionId: id,
  reason: requiredText("lý do hủy", 2000),
  reference: optionalText(300),
});
export type CancelDecisionInput = z.infer<typeof CancelDecisionInputSchema>;
