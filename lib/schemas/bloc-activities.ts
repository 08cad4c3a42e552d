import { z } from "zod";
import { formFields } from "@/lib/forms/form-fields";
import { day, id, optionalDay, optionalText, requiredText, text, version } from "./common";
import { chosenFiles } from "./files";

/** Inputs of the bloc's activities and contests (docs/decisions/0038). */
const optionalId = text()
  .trim()
  .max(64)
  .optional()
  .transform((v) => (v ? v : null));

export const SaveBlocActivityInputSchema = z.object({
  cycleId: id,
  /** Empty: a new activity. */
  activityId: optionalId,
  version: z.preprocess((v) => (v === "" || v === undefined ? undefined : v), version.optional()),
  kind: z.enum(["CONTEST", "JOINT"], { error: "Vui lòng chọn loại hoạt động." }),
  title: requiredText("tên hoạt động", 300),
  organiserId: text({ error: "Vui lòng chọn cơ quan tổ chức." }).trim().min(1, "Vui lòng chọn cơ quan tổ chức.").max(64),
  startsOn: day("ngày bắt đầu"),
  endsOn: optionalDay("ngày kết thúc"),
  description: optionalText(4000),
  criterionCode: optionalText(40),
});
export type SaveBlocActivityInput = z.infer<typeof SaveBlocActivityInputSchema>;

const points = z.preprocess(
  (v) => (typeof v === "string" ? v.trim().replace(",", ".") : v),
  z.union([z.literal("").transform(() => null), z.coerce.number({ error: "Điểm không hợp lệ." }).min(0, "Điểm không được âm.").max(1000, "Điểm quá lớn.")]),
);

export const AddActivityParticipantInputSchema = z.object({
  activityId: id,
  agencyId: text({ error: "Vui lòng chọn cơ quan tham gia." }).trim().min(1, "Vui lòng chọn cơ quan tham gia.").max(64),
  personName: optionalText(200),
  result: optionalText(500),
  prize: optionalText(200),
  points: points.optional().transform((v) => v ?? null),
});
export type AddActivityParticipantInput = z.infer<typeof AddActivityParticipantInputSchema>;

export const RemoveActivityParticipantInputSchema = z.object({ participantId: id });
export type RemoveActivityParticipantInput = z.infer<typeof RemoveActivityParticipantInputSchema>;

export const MAX_ACTIVITY_FILES = 5;

/** Plans, result notice scans and photos of an activity (docs/decisions/0040): at least one, at most five a time. */
export const AttachActivityFilesInputSchema = z.object({
  activityId: id,
  files: z.array(z.instanceof(File)).min(1, "Vui lòng chọn tệp cần đính kèm.").max(MAX_ACTIVITY_FILES, `Gửi tối đa ${MAX_ACTIVITY_FILES} tệp mỗi lần.`),
});
export type AttachActivityFilesInput = z.infer<typeof AttachActivityFilesInputSchema>;

export function activityFilesFormFields(formData: FormData): Record<string, unknown> {
  return { ...formFields(formData), files: chosenFiles(formData, "files") };
}

export const RemoveActivityFileInputSchema = z.object({ fileId: id });
export type RemoveActivityFileInput = z.infer<typeof RemoveActivityFileInputSchema>;
