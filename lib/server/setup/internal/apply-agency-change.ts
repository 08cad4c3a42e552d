import "server-only";
import type { AgencyRef, ChangeOperation } from "@/lib/domain/agency-change-types";
import type { Prisma } from "@/lib/generated/prisma/client";
import { writeAudit } from "@/lib/server/audit";
import { handOverTerms } from "./hand-over-terms";
import { insertAgency, type AgencyOwner } from "./insert-agency";

const toDate = (iso: string) => new Date(`${iso}T00:00:00Z`);

export interface ChangeWriter {
  tx: Prisma.TransactionClient;
  actorId: string;
  /** Where new successors go, and whose log records the agency rows. */
  owner: AgencyOwner;
  /** Ids of the agencies the plan created so far, by newIndex (shared across calls of one change). */
  created: string[];
}

/**
 * Applies a planned agency change (lib/domain/agency-change.ts) inside the
 * caller's transaction, auditing every row it touches: the one writer behind
 * a bloc's set-up page and the council's agency register. Membership
 * operations need `bloc`: the bloc and year they change, whose log records them.
 * The Trưởng khối / Phó khối terms of the agencies it dissolves are handed over once, after every
 * operation of the call (hand-over-terms.ts): a merger's predecessors go together.
 */
export async function applyAgencyChange(w: ChangeWriter, ops: readonly ChangeOperation[], bloc: { blocId: string; year: number } | null = null): Promise<void> {
  const { tx, actorId } = w;
  const audit = (action: string, entity: string, entityId: string, blocId: string | null, before: unknown, after: unknown) =>
    writeAudit(tx, { actorId, action, entity, entityId, blocId, before, after });
  const idOf = (ref: AgencyRef) => ("existingId" in ref ? ref.existingId : w.created[ref.newIndex]!);
  const inBloc = () => {
    if (!bloc) throw new Error("applyAgencyChange: a membership operation needs its bloc and year");
    return bloc;
  };
  const membershipOf = (agencyId: string) => {
    const { blocId, year } = inBloc();
    return tx.membership.findUniqueOrThrow({ where: { blocId_agencyId_year: { blocId, agencyId, year } } });
  };

  for (const op of ops) {
    switch (op.op) {
      case "CREATE_AGENCY":
        w.created[op.newIndex] = (
          await insertAgency(tx, actorId, w.owner, { name: op.name, shortName: op.shortName, type: op.type, establishedOn: toDate(op.establishedOn) })
        ).id;
        break;
      case "END_MEMBERSHIP":
      case "MOVE_JOINED_ON": {
        const before = await membershipOf(op.agencyId);
        const data = op.op === "END_MEMBERSHIP" ? { leftOn: toDate(op.leftOn) } : { joinedOn: toDate(op.joinedOn) };
        const after = await tx.membership.update({ where: { id: before.id }, data });
        await audit("membership.update", "Membership", after.id, after.blocId, before, after);
        break;
      }
      case "DISSOLVE_AGENCY": {
        const before = await tx.agency.findUniqueOrThrow({ where: { id: op.agencyId } });
        const after = await tx.agency.update({ where: { id: op.agencyId }, data: { dissolvedOn: toDate(op.dissolvedOn) } });
        await audit("agency.dissolve", "Agency", after.id, w.owner.auditBlocId, before, after);
        break;
      }
      case "ADD_MEMBERSHIP": {
        const { blocId, year } = inBloc();
        const after = await tx.membership.create({ data: { blocId, agencyId: idOf(op.agency), year, joinedOn: toDate(op.joinedOn) } });
        await audit("membership.add", "Membership", after.id, blocId, null, after);
        break;
      }
      case "LINK_LINEAGE": {
        const after = await tx.agencyLineage.create({
          data: {
            predecessorId: op.predecessorId,
            successorId: op.successor ? idOf(op.successor) : null,
            kind: op.kind,
            effectiveOn: toDate(op.effectiveOn),
            decisionRef: op.decisionRef,
            note: op.note,
          },
        });
        await audit("lineage.record", "AgencyLineage", after.id, w.owner.auditBlocId, null, after);
        break;
      }
    }
  }
  const dissolved = ops.flatMap((op) => (op.op === "DISSOLVE_AGENCY" ? [op] : []));
  if (dissolved.length > 0) {
    const renamedTo = new Map(
      ops.flatMap((op) => (op.op === "LINK_LINEAGE" && op.kind === "RENAME" && op.successor ? [[op.predecessorId, idOf(op.successor)]] : [])),
    );
    const gone = [...new Set(dissolved.map((d) => d.agencyId))].map((agencyId) => ({ agencyId, renamedTo: renamedTo.get(agencyId) ?? null }));
    await handOverTerms(tx, actorId, gone, dissolved[0]!.dissolvedOn);
  }
}
