"use server";

import { revalidatePath } from "next/cache";
import { MAX_BANDS, ResetScoringRulesInputSchema, SaveScoringRulesInputSchema } from "@/lib/schemas/scoring-rules";
import { keptInvalid, runKept, type KeptFormState } from "@/lib/server/cycles/kept-form-state";
import { resetScoringRules } from "@/lib/server/scoring-rules/reset-scoring-rules";
import { saveScoringRules } from "@/lib/server/scoring-rules/save-scoring-rules";
import { TIE_BREAK_POSITIONS } from "./positions";

// Bands and ranking show on the results, cross-scoring and award pages of the year.
const refresh = () => revalidatePath("/(app)/khoi/[bloc]/[year]", "layout");
const text = (formData: FormData, name: string) => {
  const v = formData.get(name);
  return typeof v === "string" ? v : undefined;
};
const BAND_FIELDS = ["key", "label", "minTotal", "minCriterionPct"] as const;

/**
 * The bands table has a few spare rows, and a row is removed by clearing it: blank rows are
 * dropped, and so are blank tie-break positions ("Không dùng"). The error paths of what is
 * left are then mapped back to the rows on screen.
 */
export async function saveScoringRulesAction(_prev: KeptFormState, formData: FormData): Promise<KeptFormState> {
  const bandRows: number[] = [];
  const bands = [];
  for (let i = 0; i < MAX_BANDS; i++) {
    const row = Object.fromEntries(BAND_FIELDS.map((f) => [f, text(formData, `bands.${i}.${f}`) ?? ""]));
    if (BAND_FIELDS.every((f) => row[f]!.trim() === "")) continue;
    bandRows.push(i);
    bands.push(row);
  }
  const tieRows: number[] = [];
  const tieBreak: string[] = [];
  for (let i = 0; i < TIE_BREAK_POSITIONS; i++) {
    const v = text(formData, `tieBreak.${i}`) ?? "";
    if (v === "") continue;
    tieRows.push(i);
    tieBreak.push(v);
  }
  const parsed = SaveScoringRulesInputSchema.safeParse({
    cycleId: text(formData, "cycleId"),
    updatedAt: text(formData, "updatedAt"),
    settings: { bands, tieBreak, spreadThreshold: text(formData, "spreadThreshold") ?? "", trimFrom: text(formData, "trimFrom") ?? "" },
  });
  if (!parsed.success) {
    const state = keptInvalid(parsed.error, formData);
    if (state && !state.ok && state.fieldErrors) state.fieldErrors = toScreenPaths(state.fieldErrors, bandRows, tieRows);
    return state;
  }
  const state = await runKept(() => saveScoringRules(parsed.data), formData, refresh, "Đã lưu quy tắc chấm điểm của năm.");
  if (state && !state.ok && state.fieldErrors) state.fieldErrors = toScreenPaths(state.fieldErrors, bandRows, tieRows);
  return state;
}

export async function resetScoringRulesAction(_prev: KeptFormState, formData: FormData): Promise<KeptFormState> {
  const parsed = ResetScoringRulesInputSchema.safeParse({ cycleId: text(formData, "cycleId"), updatedAt: text(formData, "updatedAt") });
  if (!parsed.success) return keptInvalid(parsed.error, formData);
  const state = await runKept(() => resetScoringRules(parsed.data), formData, refresh, "Đã khôi phục quy tắc chấm điểm mặc định.");
  // Nothing typed to keep: the reset form has only hidden fields.
  return state && !state.ok ? { ok: false, message: state.message, fieldErrors: state.fieldErrors } : state;
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
