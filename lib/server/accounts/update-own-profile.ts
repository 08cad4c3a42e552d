import "server-only";
import type { UpdateOwnProfileInput } from "@/lib/schemas/account-self";
import { writeAudit } from "@/lib/server/audit";
import { requireUser } from "@/lib/server/auth/current-user";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";

const PROFILE = { name: true, title: true, phone: true } as const;

/**
 * A user edits their own name, title and phone; the e-mail, agency and roles
 * stay with the council staff. The form sends the version it showed
 * (User.updatedAt): a save over a newer change is refused. Audited with the
 * three fields before and after, nothing else of the account.
 */
export async function updateOwnProfile(input: UpdateOwnProfileInput): Promise<{ changed: boolean }> {
  const user = await requireUser();
  const data = { name: input.name, title: input.title, phone: input.phone };
  return db().$transaction(async (tx) => {
    const before = await tx.user.findUniqueOrThrow({ where: { id: user.userId }, select: { ...PROFILE, updatedAt: true } });
    if (before.updatedAt.getTime() !== new Date(input.updatedAt).getTime()) throw stale();
    if (before.name === data.name && before.title === data.title && before.phone === data.phone) return { changed: false };
    const { count } = await tx.user.updateMany({ where: { id: user.userId, updatedAt: before.updatedAt }, data });
    if (count === 0) throw stale();
    await writeAudit(tx, {
      actorId: user.userId,
      action: "account.profile-update",
      entity: "User",
      entityId: user.userId,
      before: { name: before.name, title: before.title, phone: before.phone },
      after: data,
    });
    return { changed: true };
  });
}

function stale() {
  return new AppError(
    "CONFLICT",
    "Thông tin tài khoản đã được cập nhật ở nơi khác sau khi bạn mở trang. Trang đang hiển thị dữ liệu mới nhất; vui lòng kiểm tra rồi lưu lại.",
  );
}
