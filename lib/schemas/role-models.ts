import { z } from "zod";
import { formFields } from "@/lib/forms/form-fields";
import { ROLE_MODEL_STAGES } from "@/lib/domain/role-models/stages";
import { day, id, optionalDay, optionalText, requiredText, text, version } from "./common";
import { chosenFiles } from "./files";
import { chosenPersonId } from "./people";

export const MAX_ROLE_MODEL_FILES = 5;

const files = z.array(z.instanceof(File)).max(MAX_ROLE_MODEL_FILES, `Gửi tối đa ${MAX_ROLE_MODEL_FILES} tệp minh chứng mỗi lần.`).default([]);

/** What an entry is: whose, which collective or person, what they achieved, found on which day. */
const entryFields = {
  agencyId: text({ error: "Vui lòng chọn cơ quan." }).trim().min(1, "Vui lòng chọn cơ quan.").max(64),
  target: z.enum(["COLLECTIVE", "INDIVIDUAL"], { error: "Vui lòng chọn tập thể hay cá nhân." }),
  collectiveName: optionalText(300),
  /** INDIVIDUAL: a person of the agency's list; "" = the name typed below (docs/decisions/0036). */
  personId: chosenPersonId,
  personName: optionalText(200),
  achievement: requiredText("tóm tắt thành tích", 5000),
  foundOn: day("ngày phát hiện"),
};

/** Names stored in one Unicode form (NFC), whichever form the browser sent. */
const normalizedNames = <T extends { collectiveName?: string | null; personName?: string | null }>(v: T) => ({
  ...v,
  collectiveName: v.collectiveName?.normalize("NFC") ?? null,
  personName: v.personName?.normalize("NFC") ?? null,
});

/** "Thêm điển hình": a collective or a person of a member agency, found on a day. */
export const CreateRoleModelInputSchema = z.object({ cycleId: id, ...entryFields, files }).transform(normalizedNames);
export type CreateRoleModelInput = z.infer<typeof CreateRoleModelInputSchema>;

/** "Chuyển khâu": the next stage, its day and its evidence. */
export const AdvanceRoleModelInputSchema = z.object({
  roleModelId: id,
  version,
  to: z.enum(ROLE_MODEL_STAGES, { error: "Khâu không hợp lệ." }),
  on: day("ngày đạt khâu"),
  files,
});
export type AdvanceRoleModelInput = z.infer<typeof AdvanceRoleModelInputSchema>;

/** "Sửa điển hình": what was entered at creation, and the days of the stages already reached. */
export const EditRoleModelInputSchema = z
  .object({
    roleModelId: id,
    version,
    ...entryFields,
    fosteredOn: optionalDay("ngày bồi dưỡng").transform((v) => v ?? null),
    reviewedOn: optionalDay("ngày tổng kết").transform((v) => v ?? null),
    replicatedOn: optionalDay("ngày nhân rộng").transform((v) => v ?? null),
  })
  .transform(normalizedNames);
export type EditRoleModelInput = z.infer<typeof EditRoleModelInputSchema>;

/** "Xóa điển hình" (confirmed). */
export const RemoveRoleModelInputSchema = z.object({ roleModelId: id, version });
export type RemoveRoleModelInput = z.infer<typeof RemoveRoleModelInputSchema>;

export function roleModelFormFields(formData: FormData): Record<string, unknown> {
  return { ...formFields(formData), files: chosenFiles(formData, "files") };
}
