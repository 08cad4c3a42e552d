import { z } from "zod";
import { dayFromInput } from "@/lib/format";

/**
 * Building blocks for the input schemas (naming: FooInputSchema, type
 * FooInput = z.infer<…>). Messages are Vietnamese and shown under the field.
 */
/**
 * Every text input starts here. Control characters other than tab and line
 * breaks are refused: Postgres cannot store NUL at all (a raw 500 before),
 * and the others are never typed, only injected (terminal escapes in the
 * audit log, bidi tricks are left alone: they are ordinary Unicode).
 */
const CONTROL_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
const controlMessage = (label?: string) =>
  label ? `${capitalise(label)} chứa ký tự không hợp lệ (ký tự điều khiển).` : "Nội dung chứa ký tự không hợp lệ (ký tự điều khiển).";

export const text = (options: { label?: string; error?: string } = {}) =>
  z.string(options.error ? { error: options.error } : undefined).refine((v) => !CONTROL_CHARS.test(v), controlMessage(options.label));

export const requiredText = (label: string, max = 2000) =>
  text({ label, error: `Vui lòng nhập ${label}.` })
    .trim()
    .min(1, `Vui lòng nhập ${label}.`)
    .max(max, `${capitalise(label)} quá dài (tối đa ${max} ký tự).`);

export const optionalText = (max = 2000) =>
  text()
    .trim()
    .max(max, `Tối đa ${max} ký tự.`)
    .optional()
    .transform((v) => (v ? v : null));

/**
 * A calendar day from a day field (components/ui/day-input.tsx: dd/MM/yyyy, or yyyy-MM-dd), as a
 * UTC-midnight Date.
 */
export const day = (label: string) =>
  text({ label, error: `Vui lòng chọn ${label}.` })
    .transform((v) => dayFromInput(v) ?? v)
    // One message per field: "choose" when empty or not a date, "invalid" for 30/02/2023.
    .superRefine((v, ctx) => {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(v)) ctx.addIssue({ code: "custom", message: `Vui lòng chọn ${label}.` });
      else if (Number.isNaN(Date.parse(`${v}T00:00:00Z`)) || new Date(`${v}T00:00:00Z`).toISOString().slice(0, 10) !== v)
        ctx.addIssue({ code: "custom", message: `${capitalise(label)} không hợp lệ.` });
    })
    .transform((v) => new Date(`${v}T00:00:00Z`));

export const optionalDay = (label: string) =>
  text({ label })
    .optional()
    .transform((v) => (v ? v : undefined))
    .pipe(day(label).optional());

export const id = text().trim().min(1, "Thiếu mã bản ghi.").max(64);

/** The version a form edited, for optimistic concurrency. */
export const version = z.coerce.number({ error: "Thiếu phiên bản dữ liệu." }).int().min(1);

export const year = z.coerce.number({ error: "Năm không hợp lệ." }).int("Năm không hợp lệ.").min(1945, "Năm không hợp lệ.").max(2200, "Năm không hợp lệ.");

function capitalise(s: string) {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** A checkbox: "on" (or "true") when ticked, absent otherwise. */
export const checkbox = z
  .union([text(), z.boolean()])
  .optional()
  .transform((v) => v === true || v === "on" || v === "true");
