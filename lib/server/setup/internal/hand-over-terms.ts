import "server-only";
import { planHandover, type GoneAgency } from "@/lib/domain/officer-handover";
import type { Prisma, SelectionMethod } from "@/lib/generated/prisma/client";
import { isoDay } from "@/lib/format";
import { writeAudit } from "@/lib/server/audit";

const toDate = (iso: string) => new Date(`${iso}T00:00:00Z`);

/**
 * The Trưởng khối / Phó khối terms of agencies that cease to exist on `effectiveOn`, handed over
 * inside the agency change's transaction (lib/domain/officer-handover.ts): their terms end the day
 * before; a renamed agency's terms continue under its new record; where the head's agency went,
 * the deputy's agency acts as head. Each row written is audited in its bloc's log with the
 * reason. Two queries to read, whatever the number of blocs.
 */
export async function handOverTerms(tx: Prisma.TransactionClient, actorId: string, goneAgencies: readonly GoneAgency[], effectiveOn: string): Promise<void> {
  const goneAgencyIds = goneAgencies.map((g) => g.agencyId);
  if (goneAgencyIds.length === 0) return;
  const day = toDate(effectiveOn);
  const held = await tx.officerTerm.findMany({
    where: { agencyId: { in: [...goneAgencyIds] }, endsOn: { gte: day } },
    select: { blocId: true },
  });
  if (held.length === 0) return;
  const rows = await tx.officerTerm.findMany({
    where: { blocId: { in: [...new Set(held.map((h) => h.blocId))] }, endsOn: { gte: toDate(`${Number(effectiveOn.slice(0, 4)) - 1}-01-01`) } },
    select: {
      id: true,
      blocId: true,
      agencyId: true,
      role: true,
      startsOn: true,
      endsOn: true,
      method: true,
      personName: true,
      agency: { select: { name: true } },
    },
  });
  const names = new Map(rows.map((r) => [r.agencyId, r.agency.name]));
  const ops = planHandover(
    rows.map((r) => ({ ...r, startsOn: isoDay(r.startsOn), endsOn: isoDay(r.endsOn) })),
    goneAgencies,
    effectiveOn,
  );
  for (const op of ops) {
    if (op.op === "END_TERM") {
      const before = await tx.officerTerm.findUniqueOrThrow({ where: { id: op.termId } });
      const after = await tx.officerTerm.update({ where: { id: op.termId }, data: { endsOn: toDate(op.endsOn) } });
      await writeAudit(tx, {
        actorId,
        action: "officer-term.end",
        entity: "OfficerTerm",
        entityId: after.id,
        blocId: after.blocId,
        before,
        after,
        reason: `Cơ quan ${names.get(after.agencyId) ?? ""} thôi tồn tại từ ngày hiệu lực của thay đổi (sáp nhập, chia tách hoặc giải thể).`,
      });
    } else {
      const after = await tx.officerTerm.create({
        data: {
          blocId: op.blocId,
          agencyId: op.agencyId,
          role: op.role,
          startsOn: toDate(op.startsOn),
          endsOn: toDate(op.endsOn),
          method: op.method as SelectionMethod,
          personName: op.personName,
          handoverOn: toDate(op.startsOn),
        },
      });
      const replaced = rows.find((r) => r.id === op.replacesTermId);
      const acting = op.method === "ACTING";
      await writeAudit(tx, {
        actorId,
        action: acting ? "officer-term.acting-head" : "officer-term.continue",
        entity: "OfficerTerm",
        entityId: after.id,
        blocId: after.blocId,
        before: null,
        after,
        reason: acting
          ? `Phó khối điều hành thay Trưởng khối (${replaced?.agency.name ?? ""}) từ ngày bàn giao đến khi khối bầu hoặc cấp trên chỉ định Trưởng khối mới.`
          : `${replaced?.agency.name ?? ""} đổi tên: nhiệm kỳ tiếp tục dưới tên mới.`,
      });
    }
  }
}
