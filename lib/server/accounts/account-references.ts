import "server-only";
import { canInProvince } from "@/lib/domain/permissions";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { CurrentUser } from "@/lib/server/auth/load-principal";
import { todayInVietnam } from "@/lib/server/clock";
import { AppError } from "@/lib/server/errors";

export const CHECK_FIELDS = "Vui lòng kiểm tra lại các trường được đánh dấu.";
export const CENTRAL_LABEL = "Trung ương";

type Client = Prisma.TransactionClient;

export function fieldError(field: string, message: string): AppError {
  return new AppError("INVALID_INPUT", CHECK_FIELDS, { [field]: [message] });
}

/**
 * The managing province of an account (null = the central level): it exists
 * and the caller manages it. A province merged into another stays valid: its
 * staff and those of the province that absorbed it both manage its accounts.
 * Returns its name for the audit snapshot.
 */
export async function checkManagingProvince(client: Client, user: CurrentUser, provinceId: string | null, field = "provinceId"): Promise<string> {
  if (provinceId === null) {
    if (!canInProvince(user, "user:manage", null)) throw fieldError(field, "Bạn không quản lý tài khoản cấp Trung ương.");
    return CENTRAL_LABEL;
  }
  const province = await client.province.findUnique({ where: { id: provinceId }, select: { name: true } });
  if (!province) throw fieldError(field, "Không tìm thấy tỉnh, thành phố đã chọn.");
  if (!canInProvince(user, "user:manage", provinceId)) throw fieldError(field, `${province.name} không thuộc phạm vi bạn quản lý.`);
  return province.name;
}

/** The agency an account works at: it exists, still exists today, and lies in the caller's scope. Returns its name. */
export async function checkAccountAgency(client: Client, user: CurrentUser, agencyId: string | null, field = "agencyId"): Promise<string | null> {
  if (agencyId === null) return null;
  const agency = await client.agency.findUnique({ where: { id: agencyId }, select: { name: true, provinceId: true, dissolvedOn: true } });
  if (!agency) throw fieldError(field, "Không tìm thấy cơ quan đã chọn.");
  if (!canInProvince(user, "user:manage", agency.provinceId)) throw fieldError(field, "Cơ quan đã chọn không thuộc phạm vi bạn quản lý.");
  if (agency.dissolvedOn && agency.dissolvedOn.toISOString().slice(0, 10) <= todayInVietnam())
    throw fieldError(field, `${agency.name} đã giải thể hoặc sáp nhập.`);
  return agency.name;
}
