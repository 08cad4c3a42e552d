import "server-only";
import { canInProvince } from "@/lib/domain/permissions";
import { requireUser } from "@/lib/server/auth/current-user";
import type { CurrentUser } from "@/lib/server/auth/load-principal";
import { AppError } from "@/lib/server/errors";

/**
 * The signed-in system administrator: adding, renaming and merging provinces
 * is "province:manage", held by ADMIN alone (council staff keep their own
 * province's agencies and accounts, not the list of provinces).
 */
export async function requireProvinceAdmin(provinceId: string | null = null): Promise<CurrentUser> {
  const user = await requireUser();
  if (!canInProvince(user, "province:manage", provinceId)) {
    throw new AppError("FORBIDDEN", "Chỉ quản trị hệ thống được thêm, đổi tên và hợp nhất tỉnh, thành phố.");
  }
  return user;
}
