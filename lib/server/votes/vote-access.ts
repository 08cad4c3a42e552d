import "server-only";
import { can, type Action } from "@/lib/domain/permissions";
import type { CurrentUser } from "@/lib/server/auth/load-principal";
import { AppError } from "@/lib/server/errors";

export const VOTE_NOT_FOUND = "Không tìm thấy cuộc biểu quyết này.";

/** NOT_FOUND when the bloc is out of reach, FORBIDDEN when it is seen but `action` is not allowed. */
export function requireVoteAction(user: CurrentUser, blocId: string | undefined, action: Action, forbidden: string): asserts blocId is string {
  if (!blocId || !can(user, "bloc:read", { blocId })) throw new AppError("NOT_FOUND", VOTE_NOT_FOUND);
  if (!can(user, action, { blocId })) throw new AppError("FORBIDDEN", forbidden);
}

export const CHAIR_ONLY = "Chỉ Trưởng khối (chủ trì hội nghị) được điều hành cuộc biểu quyết.";
