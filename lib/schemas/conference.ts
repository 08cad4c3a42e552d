import { z } from "zod";
import { formFields } from "@/lib/forms/form-fields";
import { day, id, optionalText, requiredText, text } from "./common";

/**
 * The year-end conference record (docs/domain/documents.md#conference-minutes for its fields) and its
 * attendance table. `version` is the record's fingerprint the form was filled from (Meeting has
 * no version column): empty when creating.
 */
const lines = (label: string, maxLines: number, maxLength: number) =>
  text()
    .optional()
    .transform((v) =>
      (v ?? "")
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter(Boolean),
    )
    .pipe(z.array(text().max(maxLength, `Mỗi dòng ${label} tối đa ${maxLength} ký tự.`)).max(maxLines, `Tối đa ${maxLines} dòng ${label}.`));

export const SaveConferenceInputSchema = z.object({
  cycleId: id,
  /** Empty when recording the conference for the first time. */
  meetingId: text()
    .trim()
    .max(64)
    .optional()
    .transform((v) => (v ? v : null)),
  version: text()
    .trim()
    .max(128)
    .optional()
    .transform((v) => (v ? v : null)),
  heldOn: day("ngày họp"),
  place: requiredText("địa điểm", 300),
  chairName: requiredText("người chủ trì", 200),
  secretaryName: requiredText("thư ký", 200),
  agenda: lines("nội dung chương trình", 30, 500),
  notes: optionalText(4000),
});
export type SaveConferenceInput = z.infer<typeof SaveConferenceInputSchema>;

export const ATTENDANCE_STATUSES = ["PRESENT", "REPRESENTED", "ABSENT"] as const;
export type AttendanceStatusValue = (typeof ATTENDANCE_STATUSES)[number];

export const AttendanceRowSchema = z.object({
  agencyId: id,
  status: z.enum(ATTENDANCE_STATUSES, { error: "Vui lòng chọn tình trạng tham dự." }),
  representativeName: optionalText(200),
  absenceReason: optionalText(500),
});
export type AttendanceRowInput = z.infer<typeof AttendanceRowSchema>;

/**
 * The per-row rules, by agency id: ABSENT needs a reason, REPRESENTED the representative's name.
 * Shared by the schema (form errors) and the use case (which re-checks what it is given).
 */
export function attendanceRowErrors(
  rows: readonly Pick<AttendanceRowInput, "agencyId" | "status" | "representativeName" | "absenceReason">[],
): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  for (const r of rows) {
    if (r.status === "ABSENT" && !r.absenceReason?.trim()) errors[`reason.${r.agencyId}`] = ["Vui lòng nhập lý do vắng."];
    if (r.status === "REPRESENTED" && !r.representativeName?.trim()) errors[`rep.${r.agencyId}`] = ["Vui lòng nhập họ tên người đại diện."];
  }
  return errors;
}

export const SaveAttendanceInputSchema = z
  .object({
    meetingId: id,
    /** Fingerprint of the attendance table the form was filled from. */
    version: text()
      .trim()
      .max(128)
      .optional()
      .transform((v) => (v ? v : null)),
    rows: z.array(AttendanceRowSchema).min(1, "Chưa có cơ quan nào trong bảng điểm danh.").max(500),
  })
  .superRefine((v, ctx) => {
    for (const [key, messages] of Object.entries(attendanceRowErrors(v.rows))) {
      for (const message of messages) ctx.addIssue({ code: "custom", path: [key], message });
    }
  });
export type SaveAttendanceInput = z.infer<typeof SaveAttendanceInputSchema>;

/** Builds the rows from the form's `status.<agencyId>`, `rep.<agencyId>`, `reason.<agencyId>` fields. */
export function attendanceRowsFromForm(formData: FormData): Record<string, unknown>[] {
  const fields = formFields(formData);
  const rows: Record<string, unknown>[] = [];
  for (const [key, value] of Object.entries(fields)) {
    if (!key.startsWith("status.") || typeof value !== "string") continue;
    const agencyId = key.slice("status.".length);
    const text = (name: string) => {
      const v = fields[`${name}.${agencyId}`];
      return typeof v === "string" ? v : undefined;
    };
    rows.push({ agencyId, status: value || undefined, representativeName: text("rep"), absenceReason: text("reason") });
  }
  return rows;
}
