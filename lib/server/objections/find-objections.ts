import "server-only";
import type { ObjectionStatus } from "@/lib/domain/objection";
import { can } from "@/lib/domain/permissions";
import { requireUser } from "@/lib/server/auth/current-user";
import { authorize } from "@/lib/server/authz/authorize";
import { db } from "@/lib/server/db";

/** At most this many objections per page: a bloc has about a dozen members. */
export const OBJECTION_LIST_LIMIT = 500;

export interface ObjectionRow {
  id: string;
  status: ObjectionStatus;
  reason: string;
  decisionReason: string | null;
  decidedByName: string | null;
  createdAt: Date;
  decidedAt: Date | null;
  agencyId: string;
  agencyName: string;
  entryId: string;
  criterionCode: string;
  criterionName: string;
  criterionType: string;
  minPoints: number;
  maxPoints: number;
  selfPoints: number | null;
  verifiedPoints: number | null;
  finalPoints: number | null;
  actual: number | null;
  target: number | null;
  verifiedActual: number | null;
  verifiedTarget: number | null;
  files: { id: string; originalName: string }[];
}

const num = (d: { toNumber(): number } | null) => (d === null ? null : d.toNumber());

/**
 * The cycle's objections: all of them for those who read every score (chair, secretary,
 * council staff), the caller's own agencies' for agency users; null for anyone else who reaches
 * the bloc (observers). Open ones first, then newest first. One query.
 */
export async function findObjections(blocId: string, year: number): Promise<{ scope: "ALL" | "OWN"; rows: ObjectionRow[] } | null> {
  const user = await requireUser();
  authorize(user, "bloc:read", { blocId });
  const all = can(user, "score:read-all", { blocId });
  const own = [
    ...new Set(user.grants.filter((g) => g.agencyId && can(user, "objection:create:own", { blocId, agencyId: g.agencyId })).map((g) => g.agencyId!)),
  ];
  if (!all && own.length === 0) return null;

  const rows = await db().objection.findMany({
    where: { entry: { sheet: { cycle: { blocId, year } } }, ...(all ? {} : { agencyId: { in: own } }) },
    orderBy: [{ createdAt: "desc" }],
    take: OBJECTION_LIST_LIMIT,
    select: {
      id: true,
      status: true,
      reason: true,
      decisionReason: true,
      createdAt: true,
      decidedAt: true,
      decidedById: true,
      agency: { select: { id: true, name: true } },
      files: { select: { id: true, originalName: true }, orderBy: { createdAt: "asc" } },
      entry: {
        select: {
          id: true,
          minPoints: true,
          maxPoints: true,
          selfPoints: true,
          verifiedPoints: true,
          finalPoints: true,
          actual: true,
          target: true,
          verifiedActual: true,
          verifiedTarget: true,
          criterion: { select: { code: true, name: true, type: true } },
        },
      },
    },
  });
  const deciderIds = [...new Set(rows.map((r) => r.decidedById).filter((v): v is string => v !== null))];
  const deciders = deciderIds.length ? await db().user.findMany({ where: { id: { in: deciderIds } }, select: { id: true, name: true } }) : [];
  const names = new Map(deciders.map((u) => [u.id, u.name]));
  const order = { OPEN: 0, ACCEPTED: 1, REJECTED: 1 } as const;
  return {
    scope: all ? "ALL" : "OWN",
    rows: rows
      .map((r) => ({
        id: r.id,
        status: r.status,
        reason: r.reason,
        decisionReason: r.decisionReason,
        decidedByName: r.decidedById ? (names.get(r.decidedById) ?? null) : null,
        createdAt: r.createdAt,
        decidedAt: r.decidedAt,
        agencyId: r.agency.id,
        agencyName: r.agency.name,
        entryId: r.entry.id,
        criterionCode: r.entry.criterion.code,
        criterionName: r.entry.criterion.name,
        criterionType: r.entry.criterion.type,
        minPoints: r.entry.minPoints.toNumber(),
        maxPoints: r.entry.maxPoints.toNumber(),
        selfPoints: num(r.entry.selfPoints),
        verifiedPoints: num(r.entry.verifiedPoints),
        finalPoints: num(r.entry.finalPoints),
        actual: num(r.entry.actual),
        target: num(r.entry.target),
        verifiedActual: num(r.entry.verifiedActual),
        verifiedTarget: num(r.entry.verifiedTarget),
        files: r.files,
      }))
      .sort((a, b) => order[a.status] - order[b.status]),
  };
}
