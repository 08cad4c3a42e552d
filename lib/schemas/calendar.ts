import { z } from "zod";
import { MAX_KEY_TASKS } from "@/lib/domain/calendar";
import { PHASE_KEYS, PHASE_LABELS, type PhaseKey } from "@/lib/domain/cycle-phase";
import { day, id, optionalText, text, year } from "./common";

/** Inputs of the calendar and programme forms (docs/domain/yearly-cycle.md#default-calendar). */
const scoringMode = z.enum(["VERIFICATION", "CROSS_SCORING"], { error: "Vui lòng chọn cách chấm điểm." });

/** The cycle's updatedAt the form loaded: the concurrency token (Cycle has no version column). */
const updatedAt = text({ error: "Thiếu phiên bản dữ liệu." })
  .max(40)
  .refine((v) => !Number.isNaN(Date.parse(v)), "Thiếu phiên bản dữ liệu.");

export const CreateCycleInputSchema = z.object({ blocId: id, year, scoringMode });
export type CreateCycleInput = z.infer<typeof CreateCycleInputSchema>;

// An empty <input type="date"> sends "": treat it as missing, so the field shows "Vui lòng chọn…" alone.
const dateField = (label: string) => z.preprocess((v) => (v === "" ? undefined : v), day(label));

const phaseDates = (key: PhaseKey) =>
  z.object(
    {
      opensOn: dateField(`ngày bắt đầu giai đoạn “${PHASE_LABELS[key]}”`),
      closesOn: dateField(`ngày kết thúc giai đoạn “${PHASE_LABELS[key]}”`),
    },
    { error: `Thiếu ngày của giai đoạn “${PHASE_LABELS[key]}”.` },
  );
const phaseShape = Object.fromEntries(PHASE_KEYS.map((k) => [k, phaseDates(k)])) as Record<PhaseKey, ReturnType<typeof phaseDates>>;

export const SavePhasesInputSchema = z.object({ cycleId: id, updatedAt, scoringMode, phases: z.object(phaseShape) });
export type SavePhasesInput = z.infer<typeof SavePhasesInputSchema>;

export const ReopenPhaseInputSchema = z.object({
  phaseId: id,
  reopenedUntil: dateField("ngày mở lại đến"),
  reason: text({ error: "Vui lòng nhập lý do mở lại." })
    .trim()
    .min(10, "Lý do mở lại cần ít nhất 10 ký tự.")
    .max(1000, "Lý do mở lại quá dài (tối đa 1000 ký tự)."),
});
export type ReopenPhaseInput = z.infer<typeof ReopenPhaseInputSchema>;

/**
 * A textarea with one item per line: blank lines dropped, each line trimmed.
 * A repeated line is refused rather than merged, so nothing typed is lost silently.
 */
const lines = (what: string, maxLines: number, maxLength: number) =>
  text()
    .max(maxLines * (maxLength + 2), `Quá nhiều nội dung (tối đa ${maxLines} dòng).`)
    .optional()
    .transform((v) =>
      (v ?? "")
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter((l) => l.length > 0),
    )
    .superRefine((items, ctx) => {
      if (items.length > maxLines) ctx.addIssue({ code: "custom", message: `Tối đa ${maxLines} ${what} (đang có ${items.length}).` });
      items.forEach((item, i) => {
        if (item.length > maxLength) ctx.addIssue({ code: "custom", message: `Dòng ${i + 1}: tối đa ${maxLength} ký tự.` });
        const first = items.indexOf(item);
        if (first < i) ctx.addIssue({ code: "custom", message: `Dòng ${i + 1} trùng với dòng ${first + 1}.` });
      });
    });

export const SaveProgrammeInputSchema = z.object({
  cycleId: id,
  updatedAt,
  theme: optionalText(500),
  movements: lines("phong trào", 30, 500),
  legalBases: lines("căn cứ", 30, 500),
});
export type SaveProgrammeInput = z.infer<typeof SaveProgrammeInputSchema>;

export const SaveKeyTasksInputSchema = z.object({
  cycleId: id,
  agencyId: id,
  /** The fingerprint of the list the form loaded (lib/server/cycles/key-tasks-version.ts). */
  version: text({ error: "Thiếu phiên bản dữ liệu." }).min(1, "Thiếu phiên bản dữ liệu.").max(100),
  tasks: lines("nhiệm vụ trọng tâm", MAX_KEY_TASKS, 1000),
});
export type SaveKeyTasksInput = z.infer<typeof SaveKeyTasksInputSchema>;
