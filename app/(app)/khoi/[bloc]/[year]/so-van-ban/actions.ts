"use server";

import type { ActionState } from "@/lib/forms/action-state";
import { formFields } from "@/lib/forms/form-fields";
import { stepOf } from "@/lib/forms/step";
import { IssueDocumentNumberInputSchema, RecordDocumentNumberInputSchema } from "@/lib/schemas/document-numbers";
import { issueDocumentNumber } from "@/lib/server/document-numbers/issue-document-number";
import { recordDocumentNumber } from "@/lib/server/document-numbers/record-document-number";
import { invalid, runAction } from "@/lib/server/run-action";

// The register and every page that shows a numbered document.
const revalidate = [
  "/(app)/khoi/[bloc]/[year]/so-van-ban/page",
  "/(app)/khoi/[bloc]/[year]/khen-thuong/ho-so/page",
  "/(app)/khoi/[bloc]/[year]/tong-ket/hoi-nghi/bien-ban/page",
  "/(app)/khoi/[bloc]/[year]/tong-ket/bao-cao/page",
];

export async function issueDocumentNumberAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = IssueDocumentNumberInputSchema.safeParse(formFields(formData));
  if (!parsed.success) return invalid(parsed.error);
  return runAction((step) => issueDocumentNumber(parsed.data, step), {
    step: stepOf(formData),
    revalidate,
    refresh: "success",
    success: (n) => (n.existed ? `Văn bản đã có số ${n.symbol}; số không thay đổi.` : `Đã cấp số ${n.symbol}.`),
  });
}

export async function recordDocumentNumberAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = RecordDocumentNumberInputSchema.safeParse(formFields(formData));
  if (!parsed.success) return invalid(parsed.error, { echo: formData });
  return runAction((step) => recordDocumentNumber(parsed.data, step), {
    step: stepOf(formData),
    revalidate,
    refresh: "success",
    echo: formData,
    success: (n) => `Đã ghi số ${n.symbol} vào sổ.`,
  });
}
