import "server-only";
import { can } from "@/lib/domain/permissions";
import { requireUser } from "@/lib/server/auth/current-user";
import type { CurrentUser } from "@/lib/server/auth/load-principal";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";

export interface ManagedBloc {
  id: string;
  code: string;
  provinceId: string | null;
  provinceCode: string | null;
}

/**
 * The signed-in user and the bloc they set up (its members, officers and
 * details: "bloc:manage", the bloc's secretary and chair). A bloc the user
 * cannot read is NOT_FOUND; one they read but may not change is FORBIDDEN.
 */
export async function requireBlocManager(blocId: string): Promise<{ user: CurrentUser; bloc: ManagedBloc }> {
  const user = await requireUser();
  const row = await db().bloc.findUnique({ where: { id: blocId }, select: { id: true, code: true, provinceId: true, province: { select: { code: true } } } });
  if (!row || !can(user, "bloc:read", { blocId: row.id })) throw new AppError("NOT_FOUND");
  if (!can(user, "bloc:manage", { blocId: row.id })) throw new AppError("FORBIDDEN", "Chỉ Thư ký khối và Trưởng khối được thay đổi thiết lập của khối.");
  return { user, bloc: { id: row.id, code: row.code, provinceId: row.provinceId, provinceCode: row.province?.code ?? null } };
}
