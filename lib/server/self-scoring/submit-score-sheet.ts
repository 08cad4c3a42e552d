import "server-only";
import { describeGaps, submissionGaps } from "@/lib/domain/self-scoring";
import type { SubmitScoreSheetInput } from "@/lib/schemas/self-scoring";
import { writeAudit } from "@/lib/server/audit";
import { requireUser } from "@/lib/server/auth/current-user";
import { authorize } from "@/lib/server/authz/authorize";
import { recordLateSubmission, requireSubmissionWindow } from "@/lib/server/deadlines/internal/submission-window";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { findLockedTable, scoreAlone } from "./locked-table";
import { requireEditableSheet, staleSheet } from "./sheet-guards";
import type { Step } from "@/lib/forms/step";
import { stopIfChecking } from "@/lib/server/check-step";

const num = (d: { toNumber(): number } | null) => (d === null ? null : d.toNumber());

/**
 * The agency's leader submits its self-scoring sheet, while SELF_SCORING is open for the agency
 * (its extension, or late within the year's grace: recorded for the results' deduction,
 * docs/decisions/0042-late-submission.md). Refused until
 * every required entry is scored and every evidence-required criterion has a file; the refusal
 * lists what is missing. After it the sheet is SUBMITTED and read-only.
 */
export async function submitScoreSheet(input: SubmitScoreSheetInput, step: Step = "write"): Promise<void> {
  const user = await requireUser();
  const sheet = await db().scoreSheet.findUnique({
    where: { id: input.sheetId },
    select: { id: true, agencyId: true, tableId: true, cycleId: true, cycle: { select: { blocId: true } } },
  });
  const blocId = sheet?.cycle.blocId;
  if (!sheet || !blocId) throw new AppError("NOT_FOUND", "Không tìm thấy bảng tự chấm này.");
  const place = { blocId, agencyId: sheet.agencyId };
  authorize(user, ["score:read-all", "score:edit:own"], place, { notFound: "Không tìm thấy bảng tự chấm này.", hidden: true });
  authorize(user, "score:submit:own", place, { forbidden: "Chỉ thủ trưởng cơ quan được nộp bảng tự chấm của cơ quan mình." });

  await db().$transaction(async (tx) => {
    const verdict = await requireSubmissionWindow(tx, sheet.cycleId, sheet.agencyId, "SELF_SCORING");
    const current = await tx.scoreSheet.findUniqueOrThrow({
      where: { id: sheet.id },
      include: { entries: { include: { _count: { select: { files: true } } } } },
    });
    requireEditableSheet(current);
    if (current.version !== input.version) throw staleSheet();
    const table = await findLockedTable(tx, sheet.cycleId);
    if (!table || table.id !== sheet.tableId) throw new AppError("CONFLICT", "Bảng tiêu chí đã có phiên bản mới. Vui lòng tải lại trang.");

    const entries = current.entries.map((e) => ({
      criterionId: e.criterionId,
      isNA: e.isNA,
      selfInput: num(e.selfInput),
      actual: num(e.actual),
      target: num(e.target),
      fileCount: e._count.files,
    }));
    const gaps = submissionGaps(table.criteria, entries);
    if (gaps.length > 0) {
      const lines = describeGaps(gaps);
      throw new AppError("INVALID_INPUT", `Chưa thể nộp bảng tự chấm, còn thiếu: ${lines.join("; ")}.`, { missing: lines });
    }

    stopIfChecking(step);
    const { count } = await tx.scoreSheet.updateMany({
      where: { id: sheet.id, version: input.version },
      // A resubmission after the verifiers returned the sheet clears their reason.
      data: { status: "SUBMITTED", submittedAt: new Date(), submittedById: user.userId, returnReason: null, version: { increment: 1 } },
    });
    if (count === 0) throw staleSheet();
    const { totals } = scoreAlone(table, entries);
    const points = { base: totals.base, bonus: totals.bonus, penalty: totals.penalty, total: totals.total };
    const firstSubmission = current.status === "DRAFT";
    const late = await recordLateSubmission(tx, { cycleId: sheet.cycleId, agencyId: sheet.agencyId, step: "SELF_SCORING", firstSubmission }, verdict);
    await writeAudit(tx, {
      actorId: user.userId,
      action: "score-sheet.submit",
      entity: "ScoreSheet",
      entityId: sheet.id,
      blocId,
      before: { status: current.status, version: current.version, ...(current.returnReason ? { returnReason: current.returnReason } : {}), ...points },
      after: { status: "SUBMITTED", version: current.version + 1, ...points, ...late },
    });
  });
}
