import { z } from "zod";
import { formFields } from "@/lib/forms/form-fields";
import { id, year } from "./common";
import { chosenFile } from "./files";

/** "Nhập từ tệp .xlsx": people's past years for the bloc's member agencies (docs/decisions/0037). */
export const ImportPeopleInputSchema = z.object({
  blocId: id,
  year,
  file: z.instanceof(File, { error: "Vui lòng chọn tệp lịch sử khen thưởng cá nhân (.xlsx)." }).nullable(),
});
export type ImportPeopleInput = z.infer<typeof ImportPeopleInputSchema>;

export function importPeopleFormFields(formData: FormData): Record<string, unknown> {
  return { ...formFields(formData), file: chosenFile(formData, "file") };
}
