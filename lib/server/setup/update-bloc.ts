import "server-only";
import { canInProvince } from "@/lib/domain/permissions";
import type { UpdateBlocInput } from "@/lib/schemas/setup";
import { writeAudit } from "@/lib/server/audit";
import { requireUser } from "@/lib/server/auth/current-user";
import { authorize } from "@/lib/server/authz/authorize";
import { blocScope } from "@/lib/server/authz/scopes";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { BLOC_MANAGERS_ONLY } from "./bloc-managers";

/**
 * Edits a bloc's name, kind, level, province and organiser (its secretary
 * and chair). The form sends the updatedAt it showed: a save over someone
 * else's newer change is refused (optimistic concurrency on updatedAt).
 */
export async function updateBloc(input: UpdateBlocInput): Promise<void> {
  const user = await requireUser();
  const bloc = await blocScope(input.blocId);
  authorize(user, "bloc:manage", bloc, { forbidden: BLOC_MANAGERS_ONLY });
  if (input.provinceId && !(await db().province.findUnique({ where: { id: input.provinceId }, select: { id: true } }))) {
    throw new AppError("INVALID_INPUT", "Vui lòng kiểm tra lại các trường được đánh dấu.", { provinceId: ["Không tìm thấy tỉnh, thành phố đã chọn."] });
  }
  // Moving a bloc to another province moves it to another council: only a council member covering both may.
  if (input.provinceId !== bloc.provinceId && !(canInProvince(user, "bloc:create", bloc.provinceId) && canInProvince(user, "bloc:create", input.provinceId))) {
    throw new AppError("INVALID_INPUT", "Vui lòng kiểm tra lại các trường được đánh dấu.", {
      provinceId: ["Chỉ cán bộ Hội đồng Thi đua – Khen thưởng phụ trách cả hai nơi được chuyển khối sang tỉnh, thành phố khác."],
    });
  }
  const data = { name: input.name, kind: input.kind, level: input.level, provinceId: input.provinceId, organiser: input.organiser };
  await db().$transaction(async (tx) => {
    const before = await tx.bloc.findUniqueOrThrow({ where: { id: bloc.blocId } });
    const { count } = await tx.bloc.updateMany({ where: { id: bloc.blocId, updatedAt: new Date(input.updatedAt) }, data });
    if (count === 0) {
      throw new AppError(
        "CONFLICT",
        "Thông tin khối đã được người khác cập nhật sau khi bạn mở trang. Trang đang hiển thị dữ liệu mới nhất; vui lòng kiểm tra rồi lưu lại.",
      );
    }
    const after = await tx.bloc.findUniqueOrThrow({ where: { id: bloc.blocId } });
    await writeAudit(tx, { actorId: user.userId, action: "bloc.update", entity: "Bloc", entityId: bloc.blocId, blocId: bloc.blocId, before, after });
  });
}
