import "server-only";
import type { Principal } from "@/lib/domain/roles";
import { mayVerify, verificationStep, yearOfficers, type YearOfficers } from "@/lib/domain/verification";
import type { Prisma } from "@/lib/generated/prisma/client";
import { isoDay } from "@/lib/format";
import { authorize } from "@/lib/server/authz/authorize";
import { requireOpenPhase } from "@/lib/server/cycles/require-open-phase";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";

/** The year's head and deputy agencies of a bloc (one query). */
export async function loadYearOfficers(client: Prisma.TransactionClient, blocId: string, year: number): Promise<YearOfficers> {
  const terms = await client.officerTerm.findMany({
    where: { blocId, startsOn: { lte: new Date(Date.UTC(year, 11, 31)) }, endsOn: { gte: new Date(Date.UTC(year, 0, 1)) } },
    select: { role: true, agencyId: true, startsOn: true, endsOn: true },
  });
  return yearOfficers(
    terms.map((t) => ({ role: t.role, agencyId: t.agencyId, startsOn: isoDay(t.startsOn), endsOn: isoDay(t.endsOn) })),
    year,
  );
}

export const staleVerification = () =>
  new AppError("CONFLICT", "Bảng điểm đã được người khác cập nhật. Trang đang hiển thị dữ liệu mới nhất; vui lòng xem lại rồi thực hiện lại.");

export const NOT_VERIFICATION_MODE = "Năm thi đua này chấm chéo giữa các cơ quan (không thẩm định): không thể thẩm định bảng điểm.";

/**
 * The sheet behind a verification write, and the refusals every one of them shares: a sheet the
 * user may not see is NOT_FOUND; one they see but do not verify is FORBIDDEN; a year scored by
 * cross-scoring is INVALID_INPUT.
 */
export async function authorizeVerifier(user: Principal, sheetId: string) {
  const sheet = await db().scoreSheet.findUnique({
    where: { id: sheetId },
    select: {
      id: true,
      agencyId: true,
      tableId: true,
      cycleId: true,
      agency: { select: { name: true, code: true } },
      cycle: { select: { blocId: true, year: true, scoringMode: true, bloc: { select: { code: true } } } },
    },
  });
  if (!sheet) throw new AppError("NOT_FOUND", "Không tìm thấy bảng điểm này.");
  authorize(user, "bloc:read", { blocId: sheet.cycle.blocId }, { notFound: "Không tìm thấy bảng điểm này." });
  const { blocId, year } = sheet.cycle;
  const officers = await loadYearOfficers(db(), blocId, year);
  if (!mayVerify(user, blocId, sheet.agencyId, officers)) {
    authorize(user, ["score:read-all", "score:edit:own"], { blocId, agencyId: sheet.agencyId }, { notFound: "Không tìm thấy bảng điểm này.", hidden: true });
    throw new AppError("FORBIDDEN", "Bạn không được phân công thẩm định bảng điểm của cơ quan này (không ai thẩm định cơ quan của chính mình).");
  }
  if (sheet.cycle.scoringMode !== "VERIFICATION") throw new AppError("INVALID_INPUT", NOT_VERIFICATION_MODE);
  return { sheet, blocId, year, officers };
}

/**
 * Inside the save's transaction: the verification phase open and the sheet in a state whose
 * entries may be verified; the sheet's version as stored now.
 */
export async function openForVerifying(tx: Prisma.TransactionClient, sheet: { id: string; cycleId: string }): Promise<number> {
  await requireOpenPhase(tx, sheet.cycleId, "VERIFICATION");
  const current = await tx.scoreSheet.findUniqueOrThrow({ where: { id: sheet.id }, select: { status: true, version: true } });
  const step = verificationStep(current.status, "VERIFY_ENTRY");
  if (!step.ok) throw new AppError("INVALID_INPUT", step.message);
  return current.version;
}

/** Moves the sheet's version from the one the form edited, or refuses a stale form; the new version. */
export async function moveSheetVersion(tx: Prisma.TransactionClient, sheetId: string, edited: number): Promise<number> {
  const { count } = await tx.scoreSheet.updateMany({ where: { id: sheetId, version: edited }, data: { version: { increment: 1 } } });
  if (count === 0) throw staleVerification();
  return edited + 1;
}
