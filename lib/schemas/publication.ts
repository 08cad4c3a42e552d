import { z } from "zod";
import { id, optionalText, year } from "./common";

/**
 * "Công bố kết quả". `expectedVersion` is the latest version the page showed (0: none), so a
 * chair who did not see another publication is told instead of publishing over it.
 */
export const PublishResultsInputSchema = z.object({
  blocId: id,
  year,
  expectedVersion: z.coerce.number({ error: "Thiếu phiên bản dữ liệu." }).int().min(0, "Thiếu phiên bản dữ liệu."),
  reason: optionalText(2000),
});
export type PublishResultsInput = z.infer<typeof PublishResultsInputSchema>;

/** "Công khai kết quả" / "Thôi công khai": one published version of the bloc's year. */
export const SetResultPublicityInputSchema = z.object({
  blocId: id,
  year,
  version: z.coerce.number({ error: "Thiếu phiên bản công bố." }).int().min(1, "Thiếu phiên bản công bố."),
  makePublic: z.enum(["true", "false"], { error: "Thiếu thao tác." }).transform((v) => v === "true"),
  reason: optionalText(2000),
});
export type SetResultPublicityInput = z.infer<typeof SetResultPublicityInputSchema>;
