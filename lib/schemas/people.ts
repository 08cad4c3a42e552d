import { z } from "zod";
import { formFields } from "@/lib/forms/form-fields";
import { PERSON_NAME_MAX } from "@/lib/domain/people/person-import";
import { checkbox, id, optionalDay, optionalText, requiredText, text, version, year } from "./common";
import { chosenFile } from "./files";

/** "Nhập từ tệp .xlsx": people's past years for the bloc's member agencies (docs/decisions/0037). */
export const ImportPeopleInputSchema = z.object({
  blocId: id,
  year,
  file: z.instanceof(File, { error: "Vui lòng chọn tệp lịch sử khen thưởng cá nhân (.xlsx)." }).nullable(),
});
export type ImportPeopleInput = z.infer<typeof ImportPeopleInputSchema>;

export function importPeopleFormFields(formData: FormData): Record<string, unknown> {
  return { ...formFields(formData), file: chosenFile(formData, "file") };
}

/**
 * A person chosen from an agency's list in a nomination or role-model form
 * (docs/decisions/0036); "" (none chosen) = the name typed beside it, as null.
 */
export const chosenPersonId = text()
  .trim()
  .max(64, "Người được chọn không hợp lệ.")
  .optional()
  .transform((v) => (v ? v : null));

const PERIOD_FIELD = /^period\.(\d+)\.(\w+)$/;

/** One row of the person form's periods: an existing period (id) or a new one; blank new rows are left out. */
const PeriodRowSchema = z.object({
  row: z.number().int(),
  id: text()
    .trim()
    .max(64)
    .optional()
    .transform((v) => (v ? v : null)),
  agencyId: text()
    .trim()
    .max(64)
    .optional()
    .transform((v) => (v ? v : null)),
  position: optionalText(200),
  fromOn: optionalDay("ngày bắt đầu").transform((v) => v ?? null),
  toOn: optionalDay("ngày kết thúc").transform((v) => v ?? null),
  remove: checkbox,
});

/** "Sửa thông tin cá nhân" (docs/decisions/0041): the name, birth year and where they worked. */
export const EditPersonInputSchema = z.object({
  blocId: id,
  year,
  personId: id,
  version,
  name: requiredText("họ và tên", PERSON_NAME_MAX).transform((v) => v.normalize("NFC").replace(/\s+/g, " ")),
  birthYear: z
    .preprocess((v) => (v === "" || v === undefined ? null : v), z.coerce.number({ error: "Năm sinh không hợp lệ." }).int("Năm sinh không hợp lệ.").nullable())
    .refine((v) => v === null || (v >= 1900 && v <= 2200), "Năm sinh không hợp lệ."),
  period: z
    .array(PeriodRowSchema)
    .max(50, "Tối đa 50 nơi công tác.")
    .default([])
    .transform((rows) => rows.filter((r) => r.id !== null || r.agencyId !== null || r.position !== null || r.fromOn !== null || r.toOn !== null)),
});
export type EditPersonInput = z.infer<typeof EditPersonInputSchema>;

/** The form's fields, with "period.<row>.<field>" gathered into rows (their index is the row, for field errors). */
export function personFormFields(formData: FormData): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  const rows: Record<string, unknown>[] = [];
  for (const [key, value] of Object.entries(formFields(formData))) {
    const m = PERIOD_FIELD.exec(key);
    if (!m) {
      values[key] = value;
      continue;
    }
    const row = Number(m[1]);
    if (row >= 50) continue;
    rows[row] ??= { row };
    rows[row]![m[2]!] = value;
  }
  values.period = Array.from(rows, (r, i) => r ?? { row: i });
  return values;
}

/** "Gộp hồ sơ trùng" (confirmed): the person kept and the one merged into it (docs/decisions/0041). */
export const MergePeopleInputSchema = z
  .object({
    blocId: id,
    year,
    keepId: text({ error: "Vui lòng chọn hồ sơ được giữ." }).trim().min(1, "Vui lòng chọn hồ sơ được giữ.").max(64),
    mergeId: text({ error: "Vui lòng chọn hồ sơ gộp vào." }).trim().min(1, "Vui lòng chọn hồ sơ gộp vào.").max(64),
  })
  .refine((v) => v.keepId !== v.mergeId, { path: ["mergeId"], message: "Hãy chọn hai hồ sơ khác nhau." });
export type MergePeopleInput = z.infer<typeof MergePeopleInputSchema>;
