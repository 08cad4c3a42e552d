import { z } from "zod";
import { tieBreakFromValue, tieBreakLabel, tieBreakValue } from "@/lib/domain/scoring-rules-settings";
import type { TieBreakRule } from "@/lib/domain/scoring/types";
import { id, text } from "./common";

/** Inputs of the year's scoring rules form (bands, tie-break order, cross-scoring: docs/domain/scoring.md#bands). */

export const MAX_BANDS = 10;

/** The cycle's updatedAt the form loaded: the concurrency token (Cycle has no version column). */
const updatedAt = text({ error: "Thiếu phiên bản dữ liệu." })
  .max(40)
  .refine((v) => !Number.isNaN(Date.parse(v)), "Thiếu phiên bản dữ liệu.");

/** A number typed in a text box: "85", "85.5" or "85,5"; empty → missing. */
const typed = (v: unknown) => {
  if (typeof v !== "string") return v;
  const t = v.trim().replace(",", ".");
  return t === "" ? undefined : Number(t);
};
const upper = (s: string) => `${s.charAt(0).toUpperCase()}${s.slice(1)}`;
const number = (label: string, min: number, max: number) =>
  z.preprocess(
    typed,
    z
      .number({ error: (iss) => (iss.input === undefined ? `Vui lòng nhập ${label}.` : `${upper(label)} phải là một số.`) })
      .min(min, `${upper(label)} phải từ ${min} đến ${max}.`)
      .max(max, `${upper(label)} phải từ ${min} đến ${max}.`),
  );

const BandInputSchema = z.object({
  key: text({ error: "Vui lòng nhập mã mức." })
    .trim()
    .toUpperCase()
    .min(1, "Vui lòng nhập mã mức.")
    .max(40, "Mã mức quá dài (tối đa 40 ký tự).")
    .regex(/^[A-Z0-9_]+$/, "Mã mức chỉ gồm chữ không dấu, chữ số và dấu gạch dưới (ví dụ XUAT_SAC)."),
  label: text({ error: "Vui lòng nhập tên mức." }).trim().min(1, "Vui lòng nhập tên mức.").max(200, "Tên mức quá dài (tối đa 200 ký tự)."),
  minTotal: number("điểm tối thiểu", 0, 1000),
  minCriterionPct: number("tỷ lệ tối thiểu mỗi tiêu chí", 0, 100),
});

const TieBreakInputSchema = text({ error: "Tiêu chí phân định thứ hạng không hợp lệ." }).transform((v, ctx): TieBreakRule => {
  const rule = tieBreakFromValue(v.trim());
  if (!rule) {
    ctx.addIssue({ code: "custom", message: "Tiêu chí phân định thứ hạng không hợp lệ." });
    return z.NEVER;
  }
  return rule;
});

export const ScoringRulesSettingsSchema = z
  .object({
    bands: z
      .array(BandInputSchema, { error: "Vui lòng nhập các mức xếp loại." })
      .min(1, "Cần ít nhất một mức xếp loại.")
      .max(MAX_BANDS, `Tối đa ${MAX_BANDS} mức xếp loại.`),
    tieBreak: z.array(TieBreakInputSchema).max(8, "Quá nhiều tiêu chí phân định thứ hạng."),
    spreadThreshold: z.preprocess(
      typed,
      z
        .number({ error: "Ngưỡng chênh lệch chấm chéo phải là một số." })
        .min(0, "Ngưỡng chênh lệch chấm chéo không được âm.")
        .max(1000, "Ngưỡng chênh lệch chấm chéo quá lớn.")
        .nullable()
        .default(null),
    ),
    trimFrom: z.preprocess(
      typed,
      z
        .number({
          error: (iss) =>
            iss.input === undefined ? "Vui lòng nhập số người chấm tối thiểu để bỏ điểm cao nhất, thấp nhất." : "Số người chấm tối thiểu phải là một số.",
        })
        .int("Số người chấm tối thiểu phải là số nguyên.")
        .min(3, "Số người chấm tối thiểu để bỏ điểm cao nhất, thấp nhất phải từ 3 trở lên.")
        .max(100, "Số người chấm tối thiểu quá lớn."),
    ),
  })
  .superRefine((v, ctx) => {
    // Bands: best first, so the minimum totals go strictly down; keys are unique.
    const firstOfKey = new Map<string, number>();
    v.bands.forEach((b, i) => {
      const first = firstOfKey.get(b.key);
      if (first !== undefined) ctx.addIssue({ code: "custom", path: ["bands", i, "key"], message: `Mã mức “${b.key}” trùng với mức thứ ${first + 1}.` });
      else firstOfKey.set(b.key, i);
      const above = v.bands[i - 1];
      if (above && b.minTotal >= above.minTotal) {
        ctx.addIssue({
          code: "custom",
          path: ["bands", i, "minTotal"],
          message: `Các mức xếp theo điểm tối thiểu giảm dần: mức “${b.label}” phải có điểm tối thiểu nhỏ hơn mức “${above.label}” ở trên.`,
        });
      }
    });
    const seen = new Map<string, number>();
    v.tieBreak.forEach((r, i) => {
      const key = tieBreakValue(r);
      const first = seen.get(key);
      if (first !== undefined) ctx.addIssue({ code: "custom", path: ["tieBreak", i], message: `“${tieBreakLabel(r)}” đã được chọn ở thứ tự ${first + 1}.` });
      else seen.set(key, i);
    });
  })
  .transform((v) => ({
    bands: v.bands,
    tieBreak: v.tieBreak,
    crossScoring: { spreadThreshold: v.spreadThreshold, trimFrom: v.trimFrom },
  }));

export const SaveScoringRulesInputSchema = z.object({ cycleId: id, updatedAt, settings: ScoringRulesSettingsSchema });
export type SaveScoringRulesInput = z.infer<typeof SaveScoringRulesInputSchema>;

export const ResetScoringRulesInputSchema = z.object({ cycleId: id, updatedAt });
export type ResetScoringRulesInput = z.infer<typeof ResetScoringRulesInputSchema>;
