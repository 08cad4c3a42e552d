import "server-only";
import type { UpdateAccountInput } from "@/lib/schemas/accounts";
import { writeAudit } from "@/lib/server/audit";
import { requireUser } from "@/lib/server/auth/current-user";
import { authorize } from "@/lib/server/authz/authorize";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { checkAccountAgency, checkManagingProvince } from "./account-references";
import { ACCOUNT_NOT_FOUND, managedAccountScope } from "./account-scope";
import { ACCOUNT_SNAPSHOT_SELECT, snapshotOf } from "./account-snapshot";

/**
 * Edits an account the caller manages: name, title, agency, phone and
 * managing province. A new agency or province must lie in the caller's scope
 * (one kept as it was is not checked again: a dissolved agency stays until
 * changed). The form sends the version it edited; a change made meanwhile by
 * someone else is a CONFLICT and the page shows the current data.
 */
export async function updateAccount(input: UpdateAccountInput): Promise<void> {
  const user = await requireUser();
  const target = await managedAccountScope(user, input.userId);
  authorize(user, "user:manage", target, { notFound: ACCOUNT_NOT_FOUND, hidden: true });
  const client = db();
  const current = await client.user.findUniqueOrThrow({ where: { id: target.id }, select: ACCOUNT_SNAPSHOT_SELECT });
  const province =
    input.provinceId === current.provinceId ? (current.province?.name ?? "Trung ương") : await checkManagingProvince(client, user, input.provinceId);
  const agency = input.agencyId === current.agencyId ? (current.agency?.name ?? null) : await checkAccountAgency(client, user, input.agencyId);

  await client.$transaction(async (tx) => {
    const before = await tx.user.findUniqueOrThrow({ where: { id: target.id }, select: ACCOUNT_SNAPSHOT_SELECT });
    const { count } = await tx.user.updateMany({
      where: { id: target.id, updatedAt: new Date(input.updatedAt) },
      data: { name: input.name, title: input.title, agencyId: input.agencyId, phone: input.phone, provinceId: input.provinceId },
    });
    if (count === 0) throw new AppError("CONFLICT", "Tài khoản vừa được người khác cập nhật; trang đã hiện thông tin mới nhất, vui lòng sửa lại.");
    const after = { ...before, name: input.name, title: input.title, agencyId: input.agencyId, phone: input.phone, provinceId: input.provinceId };
    await writeAudit(tx, {
      actorId: user.userId,
      action: "account.update",
      entity: "User",
      entityId: target.id,
      before: snapshotOf(before),
      after: snapshotOf({ ...after, agency: agency === null ? null : { name: agency }, province: input.provinceId === null ? null : { name: province } }),
    });
  });
}
