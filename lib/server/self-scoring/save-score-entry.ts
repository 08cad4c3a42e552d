import "server-only";
import { criterionPoints } from "@/lib/domain/scoring";
import { checkEntryValues, toEngineEntry } from "@/lib/domain/self-scoring";
import type { SaveScoreEntryInput } from "@/lib/schemas/self-scoring";
import { writeAudit } from "@/lib/server/audit";
import { requireUser } from "@/lib/server/auth/current-user";
import { authorize } from "@/lib/server/authz/authorize";
import { requireOpenPhase } from "@/lib/server/cycles/require-open-phase";
import { db } from "@/lib/server/db";
import { isUniqueViolation } from "@/lib/server/db-errors";
import { AppError } from "@/lib/server/errors";
import { discardStoredBytes } from "@/lib/server/files/save-upload";
import { checkEvidence, storeEvidence } from "@/lib/server/files/internal/save-evidence";
import { findLockedTable, storablePoints } from "./locked-table";
import { requireEditableSheet, staleSheet } from "./sheet-guards";

/**
 * The agency's officer or leader saves one criterion row of its self-scoring sheet (a draft).
 * The bloc, year and table come from the criterion; the sheet is the agency's sheet on the
 * cycle's latest LOCKED table (created on the first save). Points are computed here with the
 * engine, never taken from the form. The save names the sheet version it edited.
 */
export async function saveScoreEntry(input: SaveScoreEntryInput): Promise<{ version: number; selfPoints: number | null }> {
  const user = await requireUser();
  const criterion = await db().criterion.findUnique({
    where: { id: input.criterionId },
    select: { id: true, code: true, tableId: true, table: { select: { cycleId: true, cycle: { select: { blocId: true, year: true } } } } },
  });
  if (!criterion) throw new AppError("NOT_FOUND", "Không tìm thấy tiêu chí này.");
  authorize(user, "bloc:read", { blocId: criterion.table.cycle.blocId }, { notFound: "Không tìm thấy tiêu chí này." });
  const { blocId, year } = criterion.table.cycle;
  authorize(
    user,
    "score:edit:own",
    { blocId, agencyId: input.agencyId },
    { forbidden: "Chỉ lãnh đạo, cán bộ thi đua của cơ quan được tự chấm bảng điểm của cơ quan mình." },
  );
  const member = await db().membership.findUnique({ where: { blocId_agencyId_year: { blocId, agencyId: input.agencyId, year } }, select: { id: true } });
  if (!member) throw new AppError("FORBIDDEN", `Cơ quan không phải thành viên của khối năm ${year}.`);

  const stored: string[] = [];
  try {
    return await db().$transaction(async (tx) => {
      await requireOpenPhase(tx, criterion.table.cycleId, "SELF_SCORING");
      const table = await findLockedTable(tx, criterion.table.cycleId);
      if (!table || table.id !== criterion.tableId) throw new AppError("CONFLICT", "Bảng tiêu chí này không còn là bảng đang áp dụng. Vui lòng tải lại trang.");
      const def = table.criteria.find((c) => c.id === criterion.id)!;
      if (def.type === "GROUP") throw new AppError("INVALID_INPUT", "Điểm của nhóm là tổng điểm các tiêu chí con, không nhập trực tiếp.");

      const values = { isNA: input.isNA, value: input.value, actual: input.actual, target: input.target };
      const errors = checkEntryValues(def, values);
      if (errors) throw new AppError("INVALID_INPUT", "Vui lòng kiểm tra lại các trường được đánh dấu.", errors);
      await checkEvidence(input.files);

      const sheet = await tx.scoreSheet.findUnique({ where: { tableId_agencyId: { tableId: table.id, agencyId: input.agencyId } } });
      if (sheet) requireEditableSheet(sheet);
      if ((sheet?.version ?? 0) !== input.version) throw staleSheet();
      let sheetId: string;
      if (sheet) {
        const { count } = await tx.scoreSheet.updateMany({ where: { id: sheet.id, version: input.version }, data: { version: { increment: 1 } } });
        if (count === 0) throw staleSheet();
        sheetId = sheet.id;
      } else {
        sheetId = (
          await tx.scoreSheet.create({ data: { cycleId: criterion.table.cycleId, tableId: table.id, agencyId: input.agencyId }, select: { id: true } })
        ).id;
      }

      const stored_ = {
        isNA: input.isNA,
        selfInput: def.type === "QUANTITATIVE" ? null : input.value,
        actual: def.type === "QUANTITATIVE" ? input.actual : null,
        target: def.type === "QUANTITATIVE" ? input.target : null,
      };
      const selfPoints = storablePoints(criterionPoints(def, toEngineEntry(def.type, def.id, stored_)), def);
      const key = { sheetId_criterionId: { sheetId, criterionId: def.id } };
      const before = await tx.scoreEntry.findUnique({ where: key, include: { files: { select: { originalName: true } } } });
      const data = { ...stored_, explanation: input.explanation, selfPoints, minPoints: def.minPoints, maxPoints: def.maxPoints };
      const entry = await tx.scoreEntry.upsert({ where: key, create: { sheetId, criterionId: def.id, ...data }, update: data, select: { id: true } });
      const added = await storeEvidence(tx, input.files, { blocId, uploadedById: user.userId, link: { scoreEntryId: entry.id } }, stored);
      const fileNames = before?.files.map((f) => f.originalName) ?? [];
      const version = input.version + 1;
      await writeAudit(tx, {
        actorId: user.userId,
        action: before ? "score-entry.update" : "score-entry.create",
        entity: "ScoreEntry",
        entityId: entry.id,
        blocId,
        before: before && {
          isNA: before.isNA,
          selfInput: before.selfInput,
          actual: before.actual,
          target: before.target,
          selfPoints: before.selfPoints,
          explanation: before.explanation,
          files: fileNames,
        },
        after: { criterionCode: def.code, agencyId: input.agencyId, ...data, sheetVersion: version, files: [...fileNames, ...added] },
      });
      return { version, selfPoints };
    });
  } catch (e) {
    await Promise.all(stored.map(discardStoredBytes));
    // Two first saves of the same sheet at once: the second is stale.
    if (isUniqueViolation(e)) throw staleSheet();
    throw e;
  }
}
