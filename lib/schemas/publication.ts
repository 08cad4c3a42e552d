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
