import "server-only";
import type { Transition } from "@/lib/domain/registration";
import type { Prisma } from "@/lib/generated/prisma/client";
import { formatMoment } from "@/lib/format";
import { AppError } from "@/lib/server/errors";

export const REGISTRATION_NOT_FOUND = "Không tìm thấy bản đăng ký thi đua này.";

/** A refusal of the state machine as the error the action shows. */
export function refusalError(t: Extract<Transition, { ok: false }>): AppError {
  if (t.code === "FORBIDDEN") return new AppError("FORBIDDEN", t.reason);
  // The registration moved on since the page was drawn (sent, accepted, …).
  if (t.code === "WRONG_STATE") return new AppError("CONFLICT", t.reason);
  return new AppError("INVALID_INPUT", t.reason, t.field ? { [t.field]: [t.reason] } : undefined);
}

/**
 * A save or review that named an old version: say who changed the
 * registration and when (from its last audit entry), so the user knows why
 * the page now shows other data. Optimistic concurrency, CONVENTIONS step 7.
 */
export async function staleRegistration(tx: Prisma.TransactionClient, registrationId: string | null): Promise<AppError> {
  const current = registrationId ? await tx.registration.findUnique({ where: { id: registrationId }, select: { updatedAt: true } }) : null;
  if (!registrationId || !current) {
    return new AppError("CONFLICT", "Bản đăng ký đã thay đổi — dữ liệu hiện tại được hiển thị bên dưới.");
  }
  const last = await tx.auditLog.findFirst({
    where: { entity: "Registration", entityId: registrationId },
    orderBy: { at: "desc" },
    select: { actor: { select: { name: true } } },
  });
  const who = last?.actor?.name ?? "người khác";
  return new AppError("CONFLICT", `Bản đăng ký đã được ${who} cập nhật lúc ${formatMoment(current.updatedAt)} — dữ liệu hiện tại được hiển thị bên dưới.`);
}
