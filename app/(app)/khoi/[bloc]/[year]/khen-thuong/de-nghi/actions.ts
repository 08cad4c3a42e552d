"use server";

import { revalidatePath } from "next/cache";
import type { AwardActionState } from "@/components/awards/action-state";
import { NominationInputSchema, ProposeNominationInputSchema, ReviewNominationInputSchema, SetPrioritiesInputSchema } from "@/lib/schemas/awards";
import { proposeNomination } from "@/lib/server/awards/propose-nomination";
import { reviewNomination } from "@/lib/server/awards/review-nomination";
import { saveNomination } from "@/lib/server/awards/save-nomination";
import { setPriorities } from "@/lib/server/awards/set-priorities";
import { expectedFailure } from "@/lib/server/errors";
import { invalid } from "@/lib/server/form-state";

const refresh = () => revalidatePath("/khoi/[bloc]/[year]/khen-thuong", "layout");
const text = (formData: FormData) => Object.fromEntries([...formData.entries()].filter(([, v]) => typeof v === "string")) as Record<string, string>;

async function run(prev: AwardActionState, fn: () => Promise<unknown>, success: string, values?: Record<string, string>): Promise<AwardActionState> {
  const stamp = (prev?.stamp ?? 0) + 1;
  try {
    await fn();
  } catch (caught) {
    const e = expectedFailure(caught);
    if (!e) throw caught;
    // A conflict: the page is re-read so the current data shows.
    if (e.code === "CONFLICT") refresh();
    return { ok: false, message: e.message, fieldErrors: e.fieldErrors, values: e.code === "CONFLICT" ? undefined : values, stamp };
  }
  refresh();
  return { ok: true, message: success, stamp };
}

function refused(prev: AwardActionState, error: Parameters<typeof invalid>[0], values?: Record<string, string>): AwardActionState {
  const state = invalid(error);
  return state && !state.ok ? { ...state, values, stamp: (prev?.stamp ?? 0) + 1 } : null;
}

/** "Thêm đề nghị" / "Lưu đề nghị". */
export async function saveNominationAction(prev: AwardActionState, formData: FormData): Promise<AwardActionState> {
  const values = text(formData);
  const parsed = NominationInputSchema.safeParse(values);
  if (!parsed.success) return refused(prev, parsed.error, values);
  return run(prev, () => saveNomination(parsed.data), parsed.data.nominationId ? "Đã lưu đề nghị." : "Đã thêm đề nghị (đang soạn).", values);
}

/** "Gửi đề nghị" (agency → chair). */
export async function proposeNominationAction(prev: AwardActionState, formData: FormData): Promise<AwardActionState> {
  const parsed = ProposeNominationInputSchema.safeParse(text(formData));
  if (!parsed.success) return refused(prev, parsed.error);
  return run(prev, () => proposeNomination(parsed.data), "Đã gửi đề nghị đến Trưởng khối.");
}

/** "Gửi lên", "Trả lại", "Không đề nghị" (chair). */
export async function reviewNominationAction(prev: AwardActionState, formData: FormData): Promise<AwardActionState> {
  const values = text(formData);
  const parsed = ReviewNominationInputSchema.safeParse(values);
  if (!parsed.success) return refused(prev, parsed.error, values);
  const done = { send: "Đã gửi đề nghị lên cấp trên.", return: "Đã trả lại đề nghị cho cơ quan.", reject: "Đã ghi nhận không đề nghị." }[parsed.data.decision];
  return run(prev, () => reviewNomination(parsed.data), done, values);
}

/** "Lưu thứ tự" (chair). */
export async function setPrioritiesAction(prev: AwardActionState, formData: FormData): Promise<AwardActionState> {
  const ids = formData.getAll("nominationId").map(String);
  const priorities = formData.getAll("priority").map(String);
  const parsed = SetPrioritiesInputSchema.safeParse({
    awardFormId: formData.get("awardFormId"),
    items: ids.map((nominationId, i) => ({ nominationId, priority: priorities[i] ?? "0" })),
  });
  if (!parsed.success) return refused(prev, parsed.error);
  return run(prev, () => setPriorities(parsed.data), "Đã lưu thứ tự ưu tiên.");
}
