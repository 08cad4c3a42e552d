"use server";

import { revalidatePath } from "next/cache";
import { copyLastYearTable } from "@/lib/server/criteria/copy-last-year-table";
import { createTable } from "@/lib/server/criteria/create-table";
import { deleteCriterion } from "@/lib/server/criteria/delete-criterion";
import { importCriteriaXlsx } from "@/lib/server/criteria/import-criteria-xlsx";
import { lockTable } from "@/lib/server/criteria/lock-table";
import { saveCriterion } from "@/lib/server/criteria/save-criterion";
import { CreateTableInputSchema, CriterionInputSchema, CycleRefInputSchema, DeleteCriterionInputSchema, ImportCriteriaInputSchema, TableRefInputSchema, criterionFormFields, importFormFields } from "@/lib/schemas/criteria";
import { invalid, runAction, type FormState } from "@/lib/server/form-state";

const fields = (formData: FormData) => Object.fromEntries([...formData.entries()].filter(([k, v]) => typeof v === "string" && !k.startsWith("$")));
// Also after a refusal: a stale page must show the table as it is now.
// The overview page lists the versions too.
const refresh = () => {
  revalidatePath("/(app)/khoi/[bloc]/[year]/cham-diem/tieu-chi", "page");
  revalidatePath("/(app)/khoi/[bloc]/[year]/cham-diem", "page");
};

export async function createTableAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const parsed = CreateTableInputSchema.safeParse(fields(formData));
  if (!parsed.success) return invalid(parsed.error);
  const result = await runAction(() => createTable(parsed.data), "Đã tạo bảng tiêu chí.");
  refresh();
  return result;
}

export async function copyLastYearTableAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const parsed = CycleRefInputSchema.safeParse(fields(formData));
  if (!parsed.success) return invalid(parsed.error);
  const result = await runAction(() => copyLastYearTable(parsed.data), "Đã sao chép bảng tiêu chí năm trước thành bản dự thảo của năm này.");
  refresh();
  return result;
}

export async function saveCriterionAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const parsed = CriterionInputSchema.safeParse(criterionFormFields(formData));
  if (!parsed.success) return invalid(parsed.error);
  let message = "Đã lưu tiêu chí.";
  const result = await runAction(async () => {
    const r = await saveCriterion(parsed.data);
    if (r.kind === "NEW_VERSION") message = `Đã tạo phiên bản ${r.version} của bảng tiêu chí.`;
  });
  refresh();
  return result?.ok ? { ok: true, message } : result;
}

export async function deleteCriterionAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const parsed = DeleteCriterionInputSchema.safeParse(fields(formData));
  if (!parsed.success) return invalid(parsed.error);
  let message = "Đã xóa tiêu chí.";
  const result = await runAction(async () => {
    const r = await deleteCriterion(parsed.data);
    if (r.kind === "NEW_VERSION") message = `Đã xóa tiêu chí trong phiên bản ${r.version} mới của bảng.`;
  });
  refresh();
  return result?.ok ? { ok: true, message } : result;
}

export async function lockTableAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const parsed = TableRefInputSchema.safeParse(fields(formData));
  if (!parsed.success) return invalid(parsed.error);
  const result = await runAction(() => lockTable(parsed.data), "Đã khóa bảng tiêu chí.");
  refresh();
  return result;
}

export async function importCriteriaAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const parsed = ImportCriteriaInputSchema.safeParse(importFormFields(formData));
  if (!parsed.success) return invalid(parsed.error);
  let message = "Đã nhập bảng tiêu chí từ tệp.";
  const result = await runAction(async () => {
    const r = await importCriteriaXlsx(parsed.data);
    if (r.kind === "REPLACED") message = `Đã nhập ${r.count} tiêu chí từ tệp vào bảng dự thảo.`;
    else {
      message = `Đã nhập ${r.count} tiêu chí từ tệp thành phiên bản ${r.version} của bảng.`;
      if (r.affectedSheets > 0) message += ` ${r.affectedSheets} bảng tự chấm bị ảnh hưởng (${r.returnedSheets} bảng đã nộp được trả lại); các cơ quan đã được thông báo.`;
    }
  });
  refresh();
  return result?.ok ? { ok: true, message } : result;
}
