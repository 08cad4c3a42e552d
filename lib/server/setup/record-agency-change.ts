import "server-only";
import { planAgencyChange, type AgencyRef, type ChangeOperation } from "@/lib/domain/agency-change";
import type { Prisma } from "@/lib/generated/prisma/client";
import { isoDay } from "@/lib/format";
import type { AgencyChangeFormInput } from "@/lib/schemas/setup";
import { writeAudit } from "@/lib/server/audit";
import { db } from "@/lib/server/db";
import { isUniqueViolation } from "@/lib/server/db-errors";
import { AppError } from "@/lib/server/errors";
import { insertAgency } from "./insert-agency";
import { requireBlocManager, type ManagedBloc } from "./require-bloc-manager";

const toDate = (iso: string) => new Date(`${iso}T00:00:00Z`);
const orNull = (d: Date | null) => (d ? isoDay(d) : null);

/**
 * Records a merger, split or rename among the year's members (e.g. Ban Tuyên
 * giáo + Ban Dân vận → Ban Tuyên giáo và Dân vận from 01/03/2025). The pure
 * planner decides every effect; this applies them in one transaction, each
 * audited. Nothing is deleted: predecessors keep their rows, with leftOn.
 */
export async function recordAgencyChange(input: AgencyChangeFormInput): Promise<void> {
  const { user, bloc } = await requireBlocManager(input.blocId);
  try {
    await db().$transaction(async (tx) => {
      const members = await tx.membership.findMany({
        where: { blocId: bloc.id, year: input.year },
        select: { joinedOn: true, leftOn: true, agency: { select: { id: true, name: true, type: true, dissolvedOn: true } } },
      });
      const existingIds = input.successors.flatMap((s) => ("existingId" in s ? [s.existingId] : []));
      const known = await tx.agency.findMany({ where: { id: { in: existingIds } }, select: { id: true, name: true, dissolvedOn: true } });
      const plan = planAgencyChange(
        input.year,
        members.map((m) => ({ agencyId: m.agency.id, name: m.agency.name, type: m.agency.type, joinedOn: orNull(m.joinedOn), leftOn: orNull(m.leftOn), dissolvedOn: orNull(m.agency.dissolvedOn) })),
        known.map((k) => ({ agencyId: k.id, name: k.name, dissolvedOn: orNull(k.dissolvedOn) })),
        { ...input, effectiveOn: isoDay(input.effectiveOn) },
      );
      if (!plan.ok) throw new AppError("INVALID_INPUT", "Chưa ghi nhận được thay đổi: vui lòng kiểm tra các trường được đánh dấu.", plan.errors);
      await applyOperations(tx, user.userId, bloc, input.year, plan.operations);
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw new AppError("INVALID_INPUT", "Thay đổi này (hoặc tư cách thành viên của cơ quan kế thừa) đã được ghi nhận trước đó. Vui lòng tải lại trang.");
    throw e;
  }
}

async function applyOperations(tx: Prisma.TransactionClient, actorId: string, bloc: ManagedBloc, year: number, ops: ChangeOperation[]) {
  const audit = (action: string, entity: string, entityId: string, before: unknown, after: unknown) =>
    writeAudit(tx, { actorId, action, entity, entityId, blocId: bloc.id, before, after });
  const created: string[] = [];
  const idOf = (ref: AgencyRef) => ("existingId" in ref ? ref.existingId : created[ref.newIndex]!);
  const membershipOf = (agencyId: string) => tx.membership.findUniqueOrThrow({ where: { blocId_agencyId_year: { blocId: bloc.id, agencyId, year } } });

  for (const op of ops) {
    switch (op.op) {
      case "CREATE_AGENCY":
        created[op.newIndex] = (await insertAgency(tx, actorId, bloc, { name: op.name, shortName: op.shortName, type: op.type, establishedOn: toDate(op.establishedOn) })).id;
        break;
      case "END_MEMBERSHIP":
      case "MOVE_JOINED_ON": {
        const before = await membershipOf(op.agencyId);
        const data = op.op === "END_MEMBERSHIP" ? { leftOn: toDate(op.leftOn) } : { joinedOn: toDate(op.joinedOn) };
        const after = await tx.membership.update({ where: { id: before.id }, data });
        await audit("membership.update", "Membership", after.id, before, after);
        break;
      }
      case "DISSOLVE_AGENCY": {
        const before = await tx.agency.findUniqueOrThrow({ where: { id: op.agencyId } });
        const after = await tx.agency.update({ where: { id: op.agencyId }, data: { dissolvedOn: toDate(op.dissolvedOn) } });
        await audit("agency.dissolve", "Agency", after.id, before, after);
        break;
      }
      case "ADD_MEMBERSHIP": {
        const after = await tx.membership.create({ data: { blocId: bloc.id, agencyId: idOf(op.agency), year, joinedOn: toDate(op.joinedOn) } });
        await audit("membership.add", "Membership", after.id, null, after);
        break;
      }
      case "LINK_LINEAGE": {
        const after = await tx.agencyLineage.create({
          data: { predecessorId: op.predecessorId, successorId: idOf(op.successor), kind: op.kind, effectiveOn: toDate(op.effectiveOn), decisionRef: op.decisionRef, note: op.note },
        });
        await audit("lineage.record", "AgencyLineage", after.id, null, after);
        break;
      }
    }
  }
}
