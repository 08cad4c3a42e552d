import "server-only";
import { decideObjection as decide, type EntryCorrection } from "@/lib/domain/objection";
import type { DecideObjectionInput } from "@/lib/schemas/objections";
import { writeAudit } from "@/lib/server/audit";
import { requireUser } from "@/lib/server/auth/current-user";
import { authorize } from "@/lib/server/authz/authorize";
import { requireOpenPhase } from "@/lib/server/cycles/require-open-phase";
import { db } from "@/lib/server/db";
import { isCheckViolation } from "@/lib/server/db-errors";
import { AppError } from "@/lib/server/errors";
import { stopIfChecking } from "@/lib/server/check-step";
import type { Step } from "@/lib/forms/step";
import { agencyStaff, notify } from "@/lib/notifications/notify";

const decidedAlready = () => new AppError("CONFLICT", "Kiến nghị này đã được quyết định. Trang đang hiển thị quyết định hiện hành.");

/**
 * The chair accepts or rejects an objection with a reason, while the OBJECTION or the CONFERENCE
 * phase is open (the bloc head decides "at or before the conference", docs/domain/score-review.md#objections). Accepting
 * writes the corrected value into the entry in the same transaction (see lib/domain/objection for
 * which column); the audit entry holds the objection and the entry before and after. The objecting
 * agency and the agency whose sheet it is are told the outcome.
 */
export async function decideObjection(input: DecideObjectionInput, step: Step = "write"): Promise<void> {
  const user = await requireUser();
  const objection = await db().objection.findUnique({
    where: { id: input.objectionId },
    select: {
      id: true,
      entry: {
        select: {
          id: true,
          sheet: {
            select: {
              cycleId: true,
              agencyId: true,
              agency: { select: { name: true } },
              cycle: { select: { blocId: true, year: true, bloc: { select: { code: true } } } },
            },
          },
        },
      },
    },
  });
  const blocId = objection?.entry.sheet.cycle.blocId;
  if (!objection || !blocId) throw new AppError("NOT_FOUND", "Không tìm thấy kiến nghị này.");
  authorize(user, "objection:decide", { blocId }, { notFound: "Không tìm thấy kiến nghị này.", forbidden: "Chỉ Trưởng khối được quyết định kiến nghị." });
  const cycleId = objection.entry.sheet.cycleId;

  try {
    await db().$transaction(async (tx) => {
      await requireAnyOpenPhase(tx, cycleId);
      const current = await tx.objection.findUniqueOrThrow({
        where: { id: objection.id },
        select: {
          status: true,
          reason: true,
          agencyId: true,
          entry: {
            select: {
              id: true,
              minPoints: true,
              maxPoints: true,
              verifiedPoints: true,
              verifiedActual: true,
              verifiedTarget: true,
              finalPoints: true,
              criterion: { select: { code: true, type: true } },
            },
          },
        },
      });
      const e = current.entry;
      const result = decide(
        { status: current.status },
        { criterionType: e.criterion.type, minPoints: e.minPoints.toNumber(), maxPoints: e.maxPoints.toNumber() },
        input.decision === "REJECT"
          ? { kind: "REJECT", reason: input.decisionReason }
          : { kind: "ACCEPT", reason: input.decisionReason, points: input.points, actual: input.actual, target: input.target, violation: input.violation },
      );
      if (!result.ok) throw result.code === "CONFLICT" ? decidedAlready() : new AppError(result.code, result.message, result.fieldErrors);

      stopIfChecking(step);
      const decidedAt = new Date();
      const { count } = await tx.objection.updateMany({
        where: { id: objection.id, status: "OPEN" },
        data: { status: result.status, decisionReason: input.decisionReason, decidedById: user.userId, decidedAt },
      });
      if (count === 0) throw decidedAlready();
      const entryBefore = { verifiedPoints: e.verifiedPoints, verifiedActual: e.verifiedActual, verifiedTarget: e.verifiedTarget, finalPoints: e.finalPoints };
      let entryAfter: typeof entryBefore | EntryCorrection = entryBefore;
      if (result.correction) {
        await tx.scoreEntry.update({ where: { id: e.id }, data: result.correction });
        entryAfter = { ...entryBefore, ...result.correction };
      }
      await writeAudit(tx, {
        actorId: user.userId,
        action: result.status === "ACCEPTED" ? "objection.accept" : "objection.reject",
        entity: "Objection",
        entityId: objection.id,
        blocId,
        before: { status: current.status, agencyId: current.agencyId, criterionCode: e.criterion.code, reason: current.reason, entry: entryBefore },
        after: { status: result.status, decisionReason: input.decisionReason, entry: entryAfter },
        reason: input.decisionReason,
      });
      const { sheet } = objection.entry;
      const staff = await agencyStaff(tx, [current.agencyId, sheet.agencyId]);
      const outcome = result.status === "ACCEPTED" ? "được chấp nhận, điểm đã được điều chỉnh" : "không được chấp nhận";
      await notify(tx, {
        kind: "OBJECTION_DECIDED",
        recipients: staff.map((s) => s.userId),
        message: `Kiến nghị về tiêu chí ${e.criterion.code} trong bảng điểm năm ${sheet.cycle.year} của ${sheet.agency.name} ${outcome}. Lý do: ${input.decisionReason}`,
        link: `/khoi/${encodeURIComponent(sheet.cycle.bloc.code)}/${sheet.cycle.year}/cham-diem/khieu-nai`,
      });
    });
  } catch (e) {
    if (isCheckViolation(e))
      throw new AppError("INVALID_INPUT", "Điểm được chấp nhận nằm ngoài khoảng cho phép của tiêu chí.", { points: ["Điểm nằm ngoài khoảng cho phép."] });
    throw e;
  }
}

/** OBJECTION or CONFERENCE open; when neither is, the OBJECTION phase's reason is shown. */
async function requireAnyOpenPhase(tx: Parameters<typeof requireOpenPhase>[0], cycleId: string): Promise<void> {
  try {
    await requireOpenPhase(tx, cycleId, "CONFERENCE");
  } catch {
    await requireOpenPhase(tx, cycleId, "OBJECTION");
  }
}
