import "server-only";
import { countErrorRows } from "@/lib/forms/sheet-fields";
import { AppError } from "./errors";

/**
 * The refusal of a whole-sheet save (docs/decisions/0018): nothing is written, and each message
 * is named after its row (entries.<rowId>.<field>) so the form shows it there.
 */
export function sheetRefusal(errors: Record<string, string[]>): AppError {
  return new AppError("INVALID_INPUT", `Chưa lưu: ${countErrorRows(errors)} tiêu chí cần sửa (xem thông báo ở từng tiêu chí).`, errors);
}
