import { ROLE_MODEL_STAGE_LABELS } from "@/lib/domain/labels";
import { ROLE_MODEL_STAGES, STAGE_DAY_FIELD, type RoleModelStage, type StageDays } from "./stages";

/**
 * Correcting and removing an entry of the role-model register (docs/decisions/0041). Editing
 * never moves the stage (that is "chuyển khâu", lib/domain/role-models/stages): it corrects the
 * days of the stages already reached, which must keep the state machine's rules — each reached
 * stage has its day, a stage not reached has none, the found day is in the cycle's year, no day
 * goes before the previous stage's — and may not be after today. An entry proposed for an award
 * keeps its agency and kind (the nomination names them); one linked to a nomination is not
 * removed. Pure: the caller passes `today` (yyyy-MM-dd at UTC midnight, as the days).
 */
export type FieldErrors = Record<string, string[]>;

const fmt = (d: Date) => `${String(d.getUTCDate()).padStart(2, "0")}/${String(d.getUTCMonth() + 1).padStart(2, "0")}/${d.getUTCFullYear()}`;
const lower = (s: RoleModelStage) => ROLE_MODEL_STAGE_LABELS[s].toLowerCase();

/** Field errors for the days of an entry at `stage`, or null when they can be saved. */
export function checkStageDays(stage: RoleModelStage, days: StageDays, ctx: { year: number; today: Date }): FieldErrors | null {
  const errors: FieldErrors = {};
  const reachedUpTo = ROLE_MODEL_STAGES.indexOf(stage);
  let previous: { stage: RoleModelStage; on: Date } | null = null;
  ROLE_MODEL_STAGES.forEach((s, i) => {
    const field = STAGE_DAY_FIELD[s];
    const on = days[field];
    if (i > reachedUpTo) {
      if (on) errors[field] = [`Khâu “${ROLE_MODEL_STAGE_LABELS[s]}” chưa đạt: không ghi ngày (dùng “Chuyển khâu” khi đạt).`];
      return;
    }
    if (!on) {
      errors[field] = [`Vui lòng chọn ngày ${lower(s)}.`];
      return;
    }
    if (s === "FOUND" && on.getUTCFullYear() !== ctx.year) errors[field] = [`Ngày phát hiện phải trong năm ${ctx.year}.`];
    else if (on.getTime() > ctx.today.getTime()) errors[field] = [`Ngày ${lower(s)} không được sau hôm nay (${fmt(ctx.today)}).`];
    else if (previous && on.getTime() < previous.on.getTime())
      errors[field] = [`Ngày ${lower(s)} không được trước ngày ${lower(previous.stage)} (${fmt(previous.on)}).`];
    previous = { stage: s, on };
  });
  return Object.keys(errors).length ? errors : null;
}

/** Why the agency or kind of an entry may not change, or null: not once a nomination was made from it. */
export function checkIdentityChange(
  before: { agencyId: string; target: string },
  after: { agencyId: string; target: string },
  nominations: number,
): FieldErrors | null {
  if (nominations === 0) return null;
  const errors: FieldErrors = {};
  const why = `đã có ${nominations} đề nghị khen thưởng lập từ điển hình này`;
  if (before.agencyId !== after.agencyId) errors.agencyId = [`Không thể đổi cơ quan: ${why}.`];
  if (before.target !== after.target) errors.target = [`Không thể đổi tập thể/cá nhân: ${why}.`];
  return Object.keys(errors).length ? errors : null;
}

/** Why an entry may not be removed, or null: a nomination made from it keeps its link (docs/decisions/0039). */
export function removalRefusal(nominations: number): string | null {
  return nominations > 0 ? `Không thể xóa: đã có ${nominations} đề nghị khen thưởng lập từ điển hình này; sổ điển hình phải giữ căn cứ của đề nghị.` : null;
}
