import { z } from "zod";
import { comparatorFor, TARGET_COMPARATORS, type TargetComparator } from "@/lib/domain/target-comparator";
import { formFields, type FormValues } from "@/lib/forms/form-fields";
import { id, optionalText, text, version } from "./common";

import { TARGET_KINDS, type TargetKind } from "@/lib/domain/pledge";

export const MAX_TARGETS = 30;
export const MAX_TITLES = 20;
// Decimal(12, 2) in the database.
const MAX_VALUE = 9_999_999_999.99;

/** One target row as the form sends it: "Chỉ tiêu n", "Loại chỉ tiêu n", "Điều kiện đạt n", "Giá trị n". */
const TargetRowSchema = z.object({
  text: text().default(""),
  kind: text().default("TEXT"),
  value: text().default(""),
  comparator: text().default(""),
});

export interface TargetInput {
  order: number;
  text: string;
  kind: TargetKind;
  value: number | null;
  /** EXACTLY unless the kind is a number or a share (lib/domain/target-comparator). */
  comparator: TargetComparator;
}

/**
 * The targets, numbered 1..n in the order given. A row left entirely blank
 * (the empty row the form offers for adding) is dropped; errors name the
 * row as the form numbered it (path targets.<row>.<field>).
 */
const TargetsSchema = z
  .array(TargetRowSchema)
  .max(MAX_TARGETS, `Tối đa ${MAX_TARGETS} chỉ tiêu.`)
  .transform((rows, ctx): TargetInput[] => {
    const out: TargetInput[] = [];
    rows.forEach((row, i) => {
      const text = row.text.normalize("NFC").trim();
      const raw = row.value.trim();
      if (!text && !raw) return;
      const n = i + 1;
      const issue = (field: string, message: string) => ctx.addIssue({ code: "custom", path: [i, field], message });
      if (!text) issue("text", `Vui lòng nhập nội dung chỉ tiêu ${n}.`);
      else if (text.length > 1000) issue("text", `Chỉ tiêu ${n} quá dài (tối đa 1000 ký tự).`);
      const kind = (TARGET_KINDS as readonly string[]).includes(row.kind) ? (row.kind as TargetKind) : null;
      if (!kind) issue("kind", `Vui lòng chọn loại chỉ tiêu ${n}.`);
      const value = kind ? targetValue(kind, raw, n) : null;
      if (typeof value === "string") issue("value", value);
      // A row sent without one (an older form) keeps the numeric default, "at least", as the rows stored before it.
      const comparator = row.comparator ? TARGET_COMPARATORS.find((c) => c === row.comparator) : undefined;
      if (row.comparator && !comparator) issue("comparator", `Vui lòng chọn điều kiện đạt của chỉ tiêu ${n}.`);
      out.push({
        order: out.length + 1,
        text,
        kind: kind ?? "TEXT",
        value: typeof value === "number" ? value : null,
        comparator: comparatorFor(kind ?? "TEXT", comparator),
      });
    });
    return out;
  });

/** The value for the kind, null when absent, or the message saying why it is refused. */
function targetValue(kind: TargetKind, raw: string, n: number): number | null | string {
  if (!raw) return null;
  if (kind === "TEXT") return `Chỉ tiêu ${n} là chỉ tiêu mô tả: hãy để trống giá trị hoặc chọn loại khác.`;
  if (raw.startsWith("-")) return `Giá trị ${n} không được âm.`;
  // <input inputmode="decimal"> lets a Vietnamese decimal comma through ("92,5").
  if (!/^\d+([.,]\d{1,2})?$/.test(raw)) return `Giá trị ${n} phải là một số (tối đa 2 chữ số thập phân).`;
  const value = Number(raw.replace(",", "."));
  if (kind === "PERCENT" && value > 100) return `Giá trị ${n} là tỷ lệ phần trăm: từ 0 đến 100.`;
  if (kind === "YES_NO" && value !== 0 && value !== 1) return `Giá trị ${n} của chỉ tiêu có/không là 1 (có) hoặc 0 (không).`;
  if (value > MAX_VALUE) return `Giá trị ${n} quá lớn.`;
  return value;
}

export const RegistrationInputSchema = z.object({
  cycleId: id,
  agencyId: id,
  /** The version the form edited; 0 when the agency had no registration yet. */
  version: z.coerce.number({ error: "Thiếu phiên bản dữ liệu." }).int().min(0, "Thiếu phiên bản dữ liệu."),
  titleIds: z
    .array(id)
    .max(MAX_TITLES, `Tối đa ${MAX_TITLES} danh hiệu.`)
    .transform((ids) => [...new Set(ids)]),
  targets: TargetsSchema,
  note: optionalText(2000),
});
export type RegistrationInput = z.infer<typeof RegistrationInputSchema>;

export const ReviewRegistrationInputSchema = z.object({
  registrationId: id,
  version,
  decision: z.enum(["accept", "return"], { error: "Thao tác không hợp lệ." }),
  // The minimum length is the state machine's rule (lib/domain/registration).
  reason: text()
    .optional()
    .transform((v) => (v ?? "").normalize("NFC").trim())
    .pipe(text().max(1000, "Lý do trả lại quá dài (tối đa 1000 ký tự).")),
});
export type ReviewRegistrationInput = z.infer<typeof ReviewRegistrationInputSchema>;

/** What the registration form holds, to show again after a refusal (React resets forms after an action). */
export interface RegistrationFormValues {
  titleIds: string[];
  targets: { text: string; kind: string; value: string; comparator: string }[];
  note: string;
}

const list = (v: string | string[] | undefined) => (Array.isArray(v) ? v : v === undefined ? [] : [v]);

/** The form's fields (lib/forms/form-fields) as the registration form shows them: targets zipped row by row. */
export function registrationFormValues(fields: FormValues): RegistrationFormValues {
  const kinds = list(fields.targetKind);
  const values = list(fields.targetValue);
  const comparators = list(fields.targetComparator);
  return {
    titleIds: list(fields.titleIds),
    targets: list(fields.targetText).map((t, i) => ({ text: t, kind: kinds[i] ?? "", value: values[i] ?? "", comparator: comparators[i] ?? "" })),
    note: typeof fields.note === "string" ? fields.note : "",
  };
}

/** FormData → the schema's raw shape (repeated fields become lists). */
export function registrationFormFields(formData: FormData): Record<string, unknown> {
  const fields = formFields(formData);
  return { cycleId: fields.cycleId, agencyId: fields.agencyId, version: fields.version, ...registrationFormValues(fields) };
}
