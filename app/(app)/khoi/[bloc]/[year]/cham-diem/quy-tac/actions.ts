"use server";

import type { ActionState } from "@/lib/forms/action-state";
import { formFields } from "@/lib/forms/form-fields";
import { MAX_BANDS, ResetScoringRulesInputSchema, SaveScoringRulesInputSchema } from "@/lib/schemas/scoring-rules";
import { invalid, runAction, type ActionOptions } from "@/lib/server/run-action";
import { resetScoringRules } from "@/lib/server/scoring-rules/reset-scoring-rules";
import { saveScoringRules } from "@/lib/server/scoring-rules/save-scoring-rules";
import { LATE_STEPS } from "@/lib/domain/late-submission";
import { SaveLateRulesInputSchema } from "@/lib/schemas/deadlines";
import { saveLateRules } from "@/lib/server/scoring-rules/save-late-rules";
import { TIE_BREAK_POSITIONS } from "./positions";
import { stepOf } from "@/lib/forms/step";

// Bands and ranking show on the results, cross-scoring and award pages of the year.
const reread: ActionOptions = { revalidate: ["/(app)/khoi/[bloc]/[year]/layout"], refresh: "success-or-conflict" };
const str = (v: string | string[] | undefined) => (typeof v === "string" ? v : "");
const BAND_FIELDS = ["key", "label", "minTotal", "minCriterionPct"] as const;

/**
 * The bands table has a few spare rows, and a row is removed by clearing it: blank rows are
 * dropped, and so are blank tie-break positions ("Không dùng"). The error paths of what is
 * left are then mapped back to the rows on screen.
 */
export async function saveScoringRulesAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const fields = formFields(formData);
  const bandRows: number[] = [];
  const bands = [];
  for (let i = 0; i < MAX_BANDS; i++) {
    const row = Object.fromEntries(BAND_FIELDS.map((f) => [f, str(fields[`bands.${i}.${f}`])]));
    if (BAND_FIELDS.every((f) => row[f]!.trim() === "")) continue;
    bandRows.push(i);
    bands.push(row);
  }
  const tieRows: number[] = [];
  const tieBreak: string[] = [];
  for (let i = 0; i < TIE_BREAK_POSITIONS; i++) {
    const v = str(fields[`tieBreak.${i}`]);
    if (v === "") continue;
    tieRows.push(i);
    tieBreak.push(v);
  }
  const parsed = SaveScoringRulesInputSchema.safeParse({
    cycleId: fields.cycleId,
    updatedAt: fields.updatedAt,
    settings: { bands, tieBreak, spreadThreshold: str(fields.spreadThreshold), trimFrom: str(fields.trimFrom) },
  });
  const state = parsed.success
    ? await runAction(() => saveScoringRules(parsed.data), { ...reread, echo: formData, success: "Đã lưu quy tắc chấm điểm của năm." })
    : invalid(parsed.error, { echo: formData });
  if (state && !state.ok && state.fieldErrors) state.fieldErrors = toScreenPaths(state.fieldErrors, bandRows, tieRows);
  return state;
}

/** Nothing typed to echo back: the reset form has only hidden fields. */
export async function resetScoringRulesAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = ResetScoringRulesInputSchema.safeParse(formFields(formData));
  if (!parsed.success) return invalid(parsed.error);
  return runAction((step) => resetScoringRules(parsed.data, step), { step: stepOf(formData), ...reread, success: "Đã khôi phục quy tắc chấm điểm mặc định." });
}

/** "settings.bands.1.minTotal" → "bands.<row on screen>.minTotal"; "settings.trimFrom" → "trimFrom". */
function toScreenPaths(errors: Record<string, string[]>, bandRows: number[], tieRows: number[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [path, messages] of Object.entries(errors)) {
    const parts = path.replace(/^settings\./, "").split(".");
    if (parts.length > 1 && (parts[0] === "bands" || parts[0] === "tieBreak")) {
      const rows = parts[0] === "bands" ? bandRows : tieRows;
      const row = rows[Number(parts[1])];
      if (row !== undefined) parts[1] = String(row);
    }
    (out[parts.join(".")] ??= []).push(...messages);
  }
  return out;
}

/** The late rule per step (docs/decisions/0042-late-submission.md): fields "late.<STEP>.<field>". */
export async function saveLateRulesAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const fields = formFields(formData);
  const rule = (step: string) => Object.fromEntries(["mode", "graceDays", "kind", "points", "maxPoints"].map((f) => [f, str(fields[`late.${step}.${f}`])]));
  const parsed = SaveLateRulesInputSchema.safeParse({
    cycleId: fields.cycleId,
    updatedAt: fields.updatedAt,
    rules: Object.fromEntries(LATE_STEPS.map((s) => [s, rule(s)])),
  });
  if (!parsed.success) {
    const state = invalid(parsed.error, { echo: formData });
    if (state && !state.ok && state.fieldErrors) state.fieldErrors = renameKeys(state.fieldErrors, "rules.", "late.");
    return state;
  }
  return runAction((step) => saveLateRules(parsed.data, step), { step: stepOf(formData), ...reread, echo: formData, success: "Đã lưu quy tắc nộp muộn." });
}

function renameKeys(errors: Record<string, string[]>, from: string, to: string): Record<string, string[]> {
  return Object.fromEntries(Object.entries(errors).map(([k, v]) => [k.startsWith(from) ? to + k.slice(from.length) : k, v]));
}
