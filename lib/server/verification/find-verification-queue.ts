import "server-only";
import { can } from "@/lib/domain/permissions";
import { mayVerify, ownAgencyIds, verifierOf, type VerifierKind } from "@/lib/domain/verification";
import { sortVi } from "@/lib/format";
import { requireUser } from "@/lib/server/auth/current-user";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { loadYearOfficers } from "./verification-context";

export interface VerificationQueueRow {
  agencyId: string;
  agencyCode: string;
  agencyName: string;
  /** null: the agency has not saved anything on the locked table yet. */
  status: "DRAFT" | "SUBMITTED" | "RETURNED" | "VERIFIED" | null;
  submittedAt: Date | null;
  verifier: { kind: VerifierKind; agencyName: string | null };
  /** Entries verified (or N/A) out of the table's scored criteria. */
  progress: { verified: number; total: number };
  /** The signed-in user is this agency's verifier (whatever the sheet's status). */
  mayVerify: boolean;
}

/**
 * The verification queue of a bloc-year: every member's sheet on the latest LOCKED table, with
 * its status, who verifies it and how far. Those who read every sheet (secretary, chair, admin)
 * see every member; the deputy's leader sees the sheets they verify (the head's agency).
 * Five queries whatever the bloc's size.
 */
export async function findVerificationQueue(blocId: string, year: number) {
  const user = await requireUser();
  const readAll = can(user, "score:read-all", { blocId });
  const mayVerifyHead = [...ownAgencyIds(user)].some((agencyId) => can(user, "score:verify-head:own", { blocId, agencyId }));
  if (!readAll && !mayVerifyHead) throw new AppError("NOT_FOUND");

  const [cycle, officers, table, members] = await Promise.all([
    db().cycle.findUnique({ where: { blocId_year: { blocId, year } }, select: { id: true, scoringMode: true } }),
    loadYearOfficers(db(), blocId, year),
    db().criteriaTable.findFirst({
      where: { status: "LOCKED", cycle: { blocId, year } },
      orderBy: { version: "desc" },
      select: { id: true, version: true, _count: { select: { criteria: { where: { type: { not: "GROUP" } } } } } },
    }),
    db().membership.findMany({ where: { blocId, year }, select: { agency: { select: { id: true, code: true, name: true } } } }),
  ]);
  if (!cycle) throw new AppError("NOT_FOUND");
  const sheets = table
    ? await db().scoreSheet.findMany({
        where: { tableId: table.id },
        select: {
          agencyId: true,
          status: true,
          submittedAt: true,
          _count: { select: { entries: { where: { OR: [{ verifiedAt: { not: null } }, { isNA: true }] } } } },
        },
      })
    : [];
  const names = new Map(members.map((m) => [m.agency.id, m.agency.name]));
  const byAgency = new Map(sheets.map((s) => [s.agencyId, s]));
  const total = table?._count.criteria ?? 0;
  const rows = members
    .map(({ agency: a }): VerificationQueueRow => {
      const s = byAgency.get(a.id);
      const v = verifierOf(a.id, officers);
      return {
        agencyId: a.id,
        agencyCode: a.code,
        agencyName: a.name,
        status: s?.status ?? null,
        submittedAt: s?.submittedAt ?? null,
        verifier: { kind: v.kind, agencyName: v.agencyId ? (names.get(v.agencyId) ?? null) : null },
        progress: { verified: s?._count.entries ?? 0, total },
        mayVerify: mayVerify(user, blocId, a.id, officers),
      };
    })
    .filter((r) => readAll || r.mayVerify);
  return { scoringMode: cycle.scoringMode, tableVersion: table?.version ?? null, officers, rows: sortVi(rows, (r) => r.agencyName) };
}

export type VerificationQueue = Awaited<ReturnType<typeof findVerificationQueue>>;
