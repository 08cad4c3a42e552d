import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { saveUpload } from "@/lib/server/files/save-upload";

export const ROLE_MODEL_NOT_FOUND = "Không tìm thấy điển hình tiên tiến.";
export const STALE_ROLE_MODEL = "Điển hình đã được người khác cập nhật. Trang đã tải lại dữ liệu mới nhất, vui lòng xem lại.";
export const OWN_AGENCY_ONLY = "Chỉ lãnh đạo, cán bộ thi đua của cơ quan và Thư ký, Trưởng khối được cập nhật điển hình của cơ quan.";

export const ROLE_MODEL_SELECT = {
  id: true,
  cycleId: true,
  agencyId: true,
  target: true,
  collectiveName: true,
  personId: true,
  personName: true,
  achievement: true,
  stage: true,
  foundOn: true,
  fosteredOn: true,
  reviewedOn: true,
  replicatedOn: true,
  version: true,
} as const satisfies Prisma.RoleModelSelect;

export type RoleModelRow = Prisma.RoleModelGetPayload<{ select: typeof ROLE_MODEL_SELECT }>;

/** What the audit keeps of a role model: its fields as stored, and the evidence names added. */
export function roleModelSnapshot(row: RoleModelRow, files: string[] = []) {
  const { id: _id, ...rest } = row;
  return files.length > 0 ? { ...rest, files } : rest;
}

/** Stores each evidence file against the role model in the caller's transaction; their names, for the audit. */
export async function saveRoleModelFiles(tx: Prisma.TransactionClient, files: File[], owner: { blocId: string; uploadedById: string; roleModelId: string }) {
  const names: string[] = [];
  for (const file of files) {
    const saved = await saveUpload(tx, file, { blocId: owner.blocId, uploadedById: owner.uploadedById, link: { roleModelId: owner.roleModelId } });
    names.push(saved.originalName);
  }
  return names;
}
