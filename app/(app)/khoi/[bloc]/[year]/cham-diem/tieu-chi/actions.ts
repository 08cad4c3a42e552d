"use server";

import type { ActionState } from "@/lib/forms/action-state";
import { formFields } from "@/lib/forms/form-fields";
import {
  CreateTableInputSchema,
  CriterionInputSchema,
  CycleRefInputSchema,
  DeleteCriterionInputSchema,
  ImportCriteriaInputSchema,
  TableRefInputSchema,
  criterionFormFields,
  importFormFields,
} from "@/lib/schemas/criteria";
import { copyLastYearTable } from "@/lib/server/criteria/copy-last-year-table";
import { createTable } from "@/lib/server/criteria/create-table";
import { deleteCriterion } from "@/lib/server/criteria/delete-criterion";
import { importCriteriaXlsx } from "@/lib/server/criteria/import-criteria-xlsx";
import { lockTable } from "@/lib/server/criteria/lock-table";
import { saveCriterion } from "@/lib/server/criteria/save-criterion";
import { invalid, runAction } from "@/lib/server/run-action";
import { stepOf } from "@/lib/forms/step";

// Also after a refusal: a stale page must show the table as it is now.
// The overview page lists the versions too.
const revalidate = ["/(app)/khoi/[bloc]/[year]/cham-diem/tieu-chi/page", "/(app)/khoi/[bloc]/[year]/cham-diem/page"];

export async function createTableAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = CreateTableInputSchema.safeParse(formFields(formData));
  if (!parsed.success) return invalid(parsed.error);
  return runAction(() => createTable(parsed.data), { revalidate, success: "Đã tạo bảng tiêu chí." });
}

export async function copyLastYearTableAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = CycleRefInputSchema.safeParse(formFields(formData));
  if (!parsed.success) return invalid(parsed.error);
  return runAction(() => copyLastYearTable(parsed.data), { revalidate, success: "Đã sao chép bảng tiêu chí năm trước thành bản dự thảo của năm này." });
}

export async function saveCriterionAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = CriterionInputSchema.safeParse(criterionFormFields(formData));
  if (!parsed.success) return invalid(parsed.error);
  return runAction(() => saveCriterion(parsed.data), {
    revalidate,
    success: (r) => (r.kind === "NEW_VERSION" ? `Đã tạo phiên bản ${r.version} của bảng tiêu chí.` : "Đã lưu tiêu chí."),
  });
}

export async function deleteCriterionAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = DeleteCriterionInputSchema.safeParse(formFields(formData));
  if (!parsed.success) return invalid(parsed.error);
  return runAction((step) => deleteCriterion(parsed.data, step), {
    step: stepOf(formData),
    revalidate,
    success: (r) => (r.kind === "NEW_VERSION" ? `Đã xóa tiêu chí trong phiên bản ${r.version} mới của bảng.` : "Đã xóa tiêu chí."),
  });
}

export async function lockTableAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = TableRefInputSchema.safeParse(formFields(formData));
  if (!parsed.success) return invalid(parsed.error);
  return runAction((step) => lockTable(parsed.data, step), { step: stepOf(formData), revalidate, success: "Đã khóa bảng tiêu chí." });
}

export async function importCriteriaAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = ImportCriteriaInputSchema.safeParse(importFormFields(formData));
  if (!parsed.success) return invalid(parsed.error);
  return runAction((step) => importCriteriaXlsx(parsed.data, step), {
    step: stepOf(formData),
    revalidate,
    success: (r) => {
      if (r.kind === "REPLACED") return `Đã nhập ${r.count} tiêu chí từ tệp vào bảng dự thảo.`;
      const message = `Đã nhập ${r.count} tiêu chí từ tệp thành phiên bản ${r.version} của bảng.`;
      if (r.affectedSheets === 0) return message;
      return `${message} ${r.affectedSheets} bảng tự chấm bị ảnh hưởng (${r.returnedSheets} bảng đã nộp được trả lại); các cơ quan đã được thông báo.`;
    },
  });
}
