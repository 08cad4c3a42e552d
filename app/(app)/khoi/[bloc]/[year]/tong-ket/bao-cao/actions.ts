"use server";

import type { ActionState } from "@/lib/forms/action-state";
import { formFields } from "@/lib/forms/form-fields";
import { SaveYearEndReportInputSchema } from "@/lib/schemas/reports";
import { saveYearEndReport } from "@/lib/server/reports/save-year-end-report";
import { invalid, runAction } from "@/lib/server/run-action";

export async function saveYearEndReportAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = SaveYearEndReportInputSchema.safeParse(formFields(formData));
  if (!parsed.success) return invalid(parsed.error, { echo: formData });
  return runAction(() => saveYearEndReport(parsed.data), {
    revalidate: ["/(app)/khoi/[bloc]/[year]/tong-ket/bao-cao/page"],
    refresh: "success-or-conflict",
    echo: formData,
    success: "Đã lưu phần đánh giá của báo cáo tổng kết.",
  });
}
