import { z } from "zod";

/**
 * Building blocks for the input schemas (naming: FooInputSchema, type
 * FooInput = z.infer<…>). Messages are Vietnamese and shown under the field.
 */
export const requiredText = (label: string, max = 2000) =>
  z.string({ error: `Vui lòng nhập ${label}.` }).trim().min(1, `Vui lòng nhập ${label}.`).max(max, `${capitalise(label)} quá dài (tối đa ${max} ký tự).`);

export const optionalText = (max = 2000) =>
  z
    .string()
    .trim()
    .max(max, `Tối đa ${max} ký tự.`)
    .optional()
    .transform((v) => (v ? v : null));

/** A calendar day from <input type="date"> ("yyyy-MM-dd"), as a UTC-midnight Date. */
export const day = (label: string) =>
  z
    .string({ error: `Vui lòng chọn ${label}.` })
    // One message per field: "choose" when empty or not a date string, "invalid" for 2023-02-30.
    .superRefine((v, ctx) => {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(v)) ctx.addIssue({ code: "custom", message: `Vui lòng chọn ${label}.` });
      else if (Number.isNaN(Date.parse(`${v}T00:00:00Z`)) || new Date(`${v}T00:00:00Z`).toISOString().slice(0, 10) !== v)
        ctx.addIssue({ code: "custom", message: `${capitalise(label)} không hợp lệ.` });
    })
    .transform((v) => new Date(`${v}T00:00:00Z`));

export const optionalDay = (label: string) =>
  z
    .string()
    .optional()
    .transform((v) => (v ? v : undefined))
    .pipe(day(label).optional());

export const id = z.string().trim().min(1, "Thiếu mã bản ghi.").max(64);

/** The version a form edited, for optimistic concurrency. */
export const version = z.coerce.number({ error: "Thiếu phiên bản dữ liệu." }).int().min(1);

export const year = z.coerce.number({ error: "Năm không hợp lệ." }).int("Năm không hợp lệ.").min(1945, "Năm không hợp lệ.").max(2200, "Năm không hợp lệ.");

function capitalise(s: string) {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
