import "server-only";
import { AppError } from "@/lib/server/errors";
import type { CurrentUser } from "./load-principal";

export const MUST_CHANGE_PASSWORD = "Vui lòng đổi mật khẩu tạm thời trước khi tiếp tục.";

/**
 * An account still on a temporary password (new, imported or reset by staff)
 * may do nothing but choose its own: every use case refuses it until then.
 */
export function refuseTemporaryPassword(user: CurrentUser): CurrentUser {
  if (user.mustChangePassword) throw new AppError("FORBIDDEN", MUST_CHANGE_PASSWORD);
  return user;
}
