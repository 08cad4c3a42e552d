import "server-only";
import { addDays } from "@/lib/domain/membership";
import { planRegisterChange } from "@/lib/domain/agency-change";
import type { BlocYearMembers, MemberSnapshot } from "@/lib/domain/agency-change-types";
import { provinceInForceOn } from "@/lib/domain/provinces";
import { isoDay } from "@/lib/format";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AgencyChangeFields } from "@/lib/schemas/agency-change";
import { requireUser } from "@/lib/server/auth/current-user";
import { authorize } from "@/lib/server/authz/authorize";
import { db } from "@/lib/server/db";
import { isUniqueViolation } from "@/lib/server/db-errors";
import { AppError } from "@/lib/server/errors";
import { provinceNodes } from "@/lib/server/provinces/province-nodes";
import { applyAgencyChange } from "@/lib/server/setup/internal/apply-agency-change";
import { AGENCIES_IN_SCOPE_ONLY, AGENCY_NOT_FOUND, managedAgenciesWhere } from "./register-scope";
import { stopIfChecking } from "@/lib/server/check-step";
import type { Step } from "@/lib/forms/step";

const CHECK_FIELDS = "Chưa ghi nhận được thay đổi: vui lòng kiểm tra các trường được đánh dấu.";
const orNull = (d: Date | null) => (d ? isoDay(d) : null);

/**
 * Records a merger, split, rename or dissolution in the council's register:
 * the agencies change once (successors created in the province in force on
 * the effective day, predecessors dissolved, lineage linked), and every bloc
 * a predecessor belonged to in the year of the day before gets the same
 * membership effects a bloc's own set-up page would record (one planner, one
 * writer: lib/domain/agency-change.ts, lib/server/setup/internal/apply-agency-change.ts).
 * Agencies out of the caller's scope are NOT_FOUND.
 */
export async function recordRegisterChange(input: AgencyChangeFields, step: Step = "write"): Promise<void> {
  const user = await requireUser();
  const effectiveOn = isoDay(input.effectiveOn);
  const predIds = [...new Set(input.predecessorIds)];
  const successorIds = input.successors.flatMap((s) => ("existingId" in s ? [s.existingId] : []));
  try {
    await db().$transaction(async (tx) => {
      const agencies = await tx.agency.findMany({
        where: { AND: [{ id: { in: [...predIds, ...successorIds] } }, managedAgenciesWhere(user)] },
        select: { id: true, name: true, type: true, provinceId: true, establishedOn: true, dissolvedOn: true },
      });
      const preds = agencies.filter((a) => predIds.includes(a.id));
      if (preds.length !== predIds.length) throw new AppError("NOT_FOUND", AGENCY_NOT_FOUND);

      // New successors belong where the predecessors are on the effective day (after a province merger: the absorbing one).
      const nodes = await provinceNodes(tx);
      const owners = new Set(preds.map((p) => (p.provinceId === null ? null : provinceInForceOn(nodes, p.provinceId, effectiveOn))));
      if (owners.size > 1) {
        throw new AppError("INVALID_INPUT", CHECK_FIELDS, {
          predecessorIds: ["Các cơ quan phải cùng thuộc một tỉnh, thành phố (hoặc cùng cấp Trung ương) vào ngày hiệu lực."],
        });
      }
      const ownerId = [...owners][0] ?? null;
      if (preds.length > 0) authorize(user, "agency:manage", { provinceId: ownerId }, { forbidden: AGENCIES_IN_SCOPE_ONLY });

      const plan = planRegisterChange(
        agencies.map((a) => ({ agencyId: a.id, name: a.name, type: a.type, establishedOn: orNull(a.establishedOn), dissolvedOn: orNull(a.dissolvedOn) })),
        await blocYearsOf(tx, predIds, Number(addDays(effectiveOn, -1).slice(0, 4))),
        { ...input, effectiveOn },
      );
      if (!plan.ok) throw new AppError("INVALID_INPUT", CHECK_FIELDS, plan.errors);
      stopIfChecking(step);
      const owner = { provinceId: ownerId, provinceCode: nodes.find((n) => n.id === ownerId)?.code ?? null, auditBlocId: null };
      const writer = { tx, actorId: user.userId, owner, created: [] };
      await applyAgencyChange(writer, plan.agencyOperations);
      for (const m of plan.memberships) await applyAgencyChange(writer, m.operations, { blocId: m.blocId, year: m.year });
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw new AppError("INVALID_INPUT", "Thay đổi này đã được ghi nhận trước đó. Vui lòng tải lại trang.");
    throw e;
  }
}

/** The members, in `year`, of every bloc one of the predecessors belonged to that year. One query. */
async function blocYearsOf(tx: Prisma.TransactionClient, predIds: string[], year: number): Promise<BlocYearMembers[]> {
  const rows = await tx.membership.findMany({
    where: { year, bloc: { memberships: { some: { year, agencyId: { in: predIds } } } } },
    select: { blocId: true, joinedOn: true, leftOn: true, agency: { select: { id: true, name: true, type: true, dissolvedOn: true } } },
  });
  const byBloc = new Map<string, { blocId: string; year: number; members: MemberSnapshot[] }>();
  for (const r of rows) {
    const entry = byBloc.get(r.blocId) ?? { blocId: r.blocId, year, members: [] };
    entry.members.push({
      agencyId: r.agency.id,
      name: r.agency.name,
      type: r.agency.type,
      joinedOn: orNull(r.joinedOn),
      leftOn: orNull(r.leftOn),
      dissolvedOn: orNull(r.agency.dissolvedOn),
    });
    byBloc.set(r.blocId, entry);
  }
  return [...byBloc.values()];
}
