import "server-only";
import type { NominationTransition } from "@/lib/domain/awards";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/server/errors";

export const NOMINATION_NOT_FOUND = "Không tìm thấy đề nghị khen thưởng này.";
export const STALE_NOMINATION = "Đề nghị khen thưởng đã được người khác cập nhật sau khi bạn mở trang — dữ liệu hiện tại được hiển thị, vui lòng kiểm tra lại.";

export const NOMINATION_SELECT = {
  id: true,
  cycleId: true,
  awardFormId: true,
  target: true,
  agencyId: true,
  collectiveName: true,
  personName: true,
  personPosition: true,
  personDiscipline: true,
  personId: true,
  roleModelId: true,
  achievements: true,
  status: true,
  priority: true,
  statusReason: true,
  version: true,
} as const;

export type NominationRecord = Prisma.NominationGetPayload<{ select: typeof NOMINATION_SELECT }>;

/** A refusal of the nomination rules as the error the action shows. */
export function nominationRefusal(t: Extract<NominationTransition, { ok: false }>): AppError {
  if (t.code === "FORBIDDEN") return new AppError("FORBIDDEN", t.reason);
  if (t.code === "WRONG_STATE" || t.code === "QUOTA") return new AppError("CONFLICT", t.reason);
  return new AppError("INVALID_INPUT", t.reason, t.field ? { [t.field]: [t.reason] } : undefined);
}

/** The audit's before/after of a nomination. */
export function nominationSnapshot(n: NominationRecord) {
  const { id: _id, cycleId: _cycleId, ...rest } = n;
  return rest;
}
