import { z } from "zod";
import { LATE_STEPS, type LateRule } from "@/lib/domain/late-submission";
import { day, id, text } from "./common";

/** Inputs of late submission: the year's rule per step and the chair's override for one agency (docs/decisions/0042-late-submission.md). */

const step = z.enum(LATE_STEPS, { error: "Bước nộp không hợp lệ." });

const reason = (what: string) =>
  text({ error: `Vui lòng nhập lý do ${what}.` })
    .trim()
    .min(10, `Lý do ${what} cần ít nhất 10 ký tự.`)
    .max(1000, `Lý do ${what} quá dài (tối đa 1000 ký tự).`);

/** The override's version the form saw; 0 when the agency has none yet. */
const overrideVersion = z.coerce.number({ error: "Thiếu phiên bản dữ liệu." }).int().min(0);

export const GrantExtensionInputSchema = z.object({
  cycleId: id,
  agencyId: text({ error: "Vui lòng chọn cơ quan." }).trim().min(1, "Vui lòng chọn cơ quan.").max(64),
  step,
  extendedUntil: z.preprocess((v) => (v === "" ? undefined : v), day("ngày gia hạn đến")),
  reason: reason("gia hạn"),
  version: overrideVersion,
});
export type GrantExtensionInput = z.infer<typeof GrantExtensionInputSchema>;

export const WaiveLatePenaltyInputSchema = z.object({
  cycleId: id,
  agencyId: text({ error: "Vui lòng chọn cơ quan." }).trim().min(1, "Vui lòng chọn cơ quan.").max(64),
  step,
  reason: reason("miễn trừ điểm"),
  version: overrideVersion,
});
export type WaiveLatePenaltyInput = z.infer<typeof WaiveLatePenaltyInputSchema>;

/** "2", "0,5"; empty → missing. */
const typed = (v: unknown) => {
  if (typeof v !== "string") return v;
  const t = v.trim().replace(",", ".");
  return t === "" ? undefined : Number(t);
};
const num = (label: string, min: number, max: number, integer = false) =>
  z.preprocess(
    typed,
    z
      .number({ error: (iss) => (iss.input === undefined ? `Vui lòng nhập ${label}.` : `${label[0]!.toUpperCase()}${label.slice(1)} phải là một số.`) })
      .min(min, `${label[0]!.toUpperCase()}${label.slice(1)} phải từ ${min} đến ${max}.`)
      .max(max, `${label[0]!.toUpperCase()}${label.slice(1)} phải từ ${min} đến ${max}.`)
      .refine((v) => !integer || Number.isInteger(v), `${label[0]!.toUpperCase()}${label.slice(1)} phải là số nguyên.`),
  );

/** One step's rule as the form sends it: REFUSE ignores the other fields. */
const LateRuleInputSchema = z
  .object({
    mode: z.enum(["REFUSE", "PENALTY"], { error: "Vui lòng chọn cách xử lý nộp muộn." }),
    graceDays: z.unknown().optional(),
    kind: z.unknown().optional(),
    points: z.unknown().optional(),
    maxPoints: z.unknown().optional(),
  })
  .transform((v, ctx): LateRule => {
    if (v.mode === "REFUSE") return { mode: "REFUSE" };
    const parsed = z
      .object({
        graceDays: num("số ngày nhận nộp muộn", 1, 366, true),
        kind: z.enum(["FLAT", "PER_DAY"], { error: "Vui lòng chọn cách trừ điểm." }),
        points: num("số điểm trừ", 0.01, 1000),
        maxPoints: z.preprocess(typed, z.number({ error: "Mức trừ tối đa phải là một số." }).min(0.01, "Mức trừ tối đa phải lớn hơn 0.").max(1000).optional()),
      })
      .safeParse(v);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) ctx.addIssue({ code: "custom", path: issue.path, message: issue.message });
      return z.NEVER;
    }
    const { graceDays, kind, points, maxPoints } = parsed.data;
    return { mode: "PENALTY", graceDays, kind, points, maxPoints: kind === "PER_DAY" ? (maxPoints ?? null) : null };
  });

export const SaveLateRulesInputSchema = z.object({
  cycleId: id,
  /** The cycle's updatedAt the form loaded (Cycle has no version column). */
  updatedAt: text({ error: "Thiếu phiên bản dữ liệu." })
    .max(40)
    .refine((v) => !Number.isNaN(Date.parse(v)), "Thiếu phiên bản dữ liệu."),
  rules: z.object({ REGISTRATION: LateRuleInputSchema, SELF_SCORING: LateRuleInputSchema }),
});
export type SaveLateRulesInput = z.infer<typeof SaveLateRulesInputSchema>;
