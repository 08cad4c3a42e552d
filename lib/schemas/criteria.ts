import { z } from "zod";
import { formFields, listOf } from "@/lib/forms/form-fields";
import { checkbox, id, optionalText, requiredText, text } from "./common";
import { chosenFile } from "./files";

/**
 * Inputs of the criteria-table editor (docs/domain/scoring.md#criteria-tree). Points are Decimal(8, 2) in the database;
 * a Vietnamese decimal comma ("2,5") is accepted as well as the dot of <input type="number">.
 */
export const CRITERION_TYPES = ["GROUP", "GRADED", "QUANTITATIVE", "YES_NO", "COUNT", "BONUS", "PENALTY", "GATE"] as const;

const MAX_POINTS = 999_999.99;

function points(label: string, opts?: { optional?: false; allowNegative?: boolean }): z.ZodType<number, unknown>;
function points(label: string, opts: { optional: true; allowNegative?: boolean }): z.ZodType<number | null, unknown>;
function points(label: string, opts: { optional?: boolean; allowNegative?: boolean } = {}): z.ZodType<number | null, unknown> {
  const { optional = false, allowNegative = false } = opts;
  return z.preprocess(
    (v) => (v === undefined || v === null ? "" : String(v)).trim(),
    text().transform((v, ctx) => {
      if (v === "") {
        if (optional) return null;
        ctx.addIssue({ code: "custom", message: `Vui lòng nhập ${label}.` });
        return z.NEVER;
      }
      const re = allowNegative ? /^-?\d+([.,]\d{1,2})?$/ : /^\d+([.,]\d{1,2})?$/;
      const n = Number(v.replace(",", "."));
      if (!re.test(v) || Math.abs(n) > MAX_POINTS) {
        ctx.addIssue({
          code: "custom",
          message: `${label[0].toUpperCase()}${label.slice(1)} phải là một số${allowNegative ? "" : " không âm"} (tối đa 2 chữ số thập phân).`,
        });
        return z.NEVER;
      }
      return n as number | null;
    }),
  );
}

export const CreateTableInputSchema = z.object({
  cycleId: id,
  title: requiredText("tên bảng tiêu chí", 300),
  scale: points("thang điểm"),
  bonusCap: points("điểm thưởng tối đa", { optional: true }),
});
export type CreateTableInput = z.infer<typeof CreateTableInputSchema>;

export const LevelInputSchema = z.object({
  label: requiredText("tên mức", 200),
  points: points("điểm của mức"),
  descriptor: optionalText(2000),
});

export const CriterionInputSchema = z.object({
  tableId: id,
  /** Absent when adding a node. */
  criterionId: id.optional().or(z.literal("").transform(() => undefined)),
  parentId: id.optional().or(z.literal("").transform(() => undefined)),
  code: requiredText("mã", 40),
  name: requiredText("tên tiêu chí", 1000),
  type: z.enum(CRITERION_TYPES, { error: "Vui lòng chọn loại tiêu chí." }),
  order: z.coerce.number({ error: "Thứ tự phải là số nguyên." }).int("Thứ tự phải là số nguyên.").min(0).max(9999).default(0),
  maxPoints: points("điểm tối đa"),
  minPoints: points("điểm tối thiểu", { optional: true }).transform((v) => v ?? 0),
  guidance: optionalText(4000),
  evidenceRequired: checkbox,
  floorPct: points("ngưỡng tối thiểu (%)", { optional: true }),
  allowNA: checkbox,
  useLeaderFormula: checkbox,
  pointsPerUnit: points("điểm mỗi lần", { optional: true, allowNegative: true }),
  cap: points("mức trần", { optional: true }),
  levels: z.array(LevelInputSchema).max(20, "Tối đa 20 mức.").default([]),
  /** Required (≥ 10 characters) once the table is locked: the change then makes a new version. */
  changeReason: optionalText(2000),
});
export type CriterionInput = z.infer<typeof CriterionInputSchema>;

export const DeleteCriterionInputSchema = z.object({ tableId: id, criterionId: id, changeReason: optionalText(2000) });
export type DeleteCriterionInput = z.infer<typeof DeleteCriterionInputSchema>;

export const TableRefInputSchema = z.object({ tableId: id });
export const CycleRefInputSchema = z.object({ cycleId: id });

export const CHANGE_REASON_MIN = 10;
export const changeReason = text({ error: "Vui lòng nêu lý do điều chỉnh." })
  .trim()
  .min(CHANGE_REASON_MIN, `Lý do điều chỉnh phải có ít nhất ${CHANGE_REASON_MIN} ký tự.`)
  .max(2000, "Lý do điều chỉnh quá dài (tối đa 2000 ký tự).");

/**
 * The criterion form's fields as the schema reads them: level rows arrive as parallel lists
 * (levelLabel / levelPoints / levelDescriptor); fully empty rows are the form's spare rows.
 */
export function criterionFormFields(formData: FormData): Record<string, unknown> {
  const fields: Record<string, unknown> = formFields(formData);
  const labels = listOf(fields.levelLabel as string | string[] | undefined);
  const pts = listOf(fields.levelPoints as string | string[] | undefined);
  const descriptors = listOf(fields.levelDescriptor as string | string[] | undefined);
  fields.levels = labels
    .map((label, i) => ({ label, points: pts[i] ?? "", descriptor: descriptors[i] ?? "" }))
    .filter((l) => l.label.trim() !== "" || l.points.trim() !== "" || l.descriptor.trim() !== "");
  return fields;
}

/** "Nhập từ tệp .xlsx": the table, the file (checked by content on the server) and, once locked, the reason. */
export const ImportCriteriaInputSchema = z.object({
  tableId: id,
  file: z.instanceof(File, { error: "Vui lòng chọn tệp bảng tiêu chí (.xlsx)." }).nullable(),
  changeReason: optionalText(2000),
});
export type ImportCriteriaInput = z.infer<typeof ImportCriteriaInputSchema>;

export function importFormFields(formData: FormData): Record<string, unknown> {
  return { ...formFields(formData), file: chosenFile(formData, "file") };
}
