import { ROLE_MODEL_STAGE_LABELS } from "@/lib/domain/labels";

/**
 * The "4 khâu" of a role model (điển hình tiên tiến): found, fostered, reviewed, replicated
 * (phát hiện, bồi dưỡng, tổng kết, nhân rộng). A role model moves one stage at a time, forward
 * only, each move with its day (docs/decisions/0039). Pure: the caller passes the day.
 */
export const ROLE_MODEL_STAGES = ["FOUND", "FOSTERED", "REVIEWED", "REPLICATED"] as const;
export type RoleModelStage = (typeof ROLE_MODEL_STAGES)[number];

export { ROLE_MODEL_STAGE_LABELS };

/** The day each stage was reached; null = not reached. */
export interface StageDays {
  foundOn: Date;
  fosteredOn: Date | null;
  reviewedOn: Date | null;
  replicatedOn: Date | null;
}

export const STAGE_DAY_FIELD: Record<RoleModelStage, keyof StageDays> = {
  FOUND: "foundOn",
  FOSTERED: "fosteredOn",
  REVIEWED: "reviewedOn",
  REPLICATED: "replicatedOn",
};

export type StageMove =
  { ok: true; to: RoleModelStage; field: keyof StageDays } | { ok: false; code: "INVALID_INPUT" | "CONFLICT"; message: string; field?: "to" | "on" };

const fmt = (d: Date) => `${String(d.getUTCDate()).padStart(2, "0")}/${String(d.getUTCMonth() + 1).padStart(2, "0")}/${d.getUTCFullYear()}`;

/** The stage after `stage`, or null at the last one. */
export function nextStage(stage: RoleModelStage): RoleModelStage | null {
  return ROLE_MODEL_STAGES[ROLE_MODEL_STAGES.indexOf(stage) + 1] ?? null;
}

/**
 * Moving from `current` (reached on the days in `days`) to `to` on day `on`: only the next stage,
 * on or after the day of the current one. `to` names the stage the user meant, so a form sent
 * twice (or after someone else moved it) is refused rather than moving two stages.
 */
export function advanceStage(current: RoleModelStage, days: StageDays, to: RoleModelStage, on: Date): StageMove {
  const next = nextStage(current);
  const from = ROLE_MODEL_STAGES.indexOf(current);
  const target = ROLE_MODEL_STAGES.indexOf(to);
  if (target <= from) {
    return {
      ok: false,
      code: "CONFLICT",
      field: "to",
      message: `Điển hình đã ở khâu “${ROLE_MODEL_STAGE_LABELS[current]}”: không thể quay lại hay lặp lại khâu “${ROLE_MODEL_STAGE_LABELS[to]}”.`,
    };
  }
  if (next === null || to !== next) {
    return {
      ok: false,
      code: "INVALID_INPUT",
      field: "to",
      message: `Không thể bỏ qua khâu: sau “${ROLE_MODEL_STAGE_LABELS[current]}” là “${ROLE_MODEL_STAGE_LABELS[next ?? current]}”.`,
    };
  }
  const since = days[STAGE_DAY_FIELD[current]];
  if (since && on.getTime() < since.getTime()) {
    return {
      ok: false,
      code: "INVALID_INPUT",
      field: "on",
      message: `Ngày ${ROLE_MODEL_STAGE_LABELS[to].toLowerCase()} không được trước ngày ${ROLE_MODEL_STAGE_LABELS[current].toLowerCase()} (${fmt(since)}).`,
    };
  }
  return { ok: true, to, field: STAGE_DAY_FIELD[to] };
}
