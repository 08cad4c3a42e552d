import "server-only";
import { mayVerify, verifierOf, verificationStep, type VerifierKind } from "@/lib/domain/verification";
import { requireUser } from "@/lib/server/auth/current-user";
import { authorize } from "@/lib/server/authz/authorize";
import { requireOpenPhase } from "@/lib/server/cycles/require-open-phase";
import { db } from "@/lib/server/db";
import { AppError, isAppError } from "@/lib/server/errors";
import { findLockedTable, needsBloc, scoreAlone, type SheetCriterionRow } from "@/lib/server/self-scoring/locked-table";
import { loadYearOfficers, NOT_VERIFICATION_MODE } from "./verification-context";

const num = (d: { toNumber(): number } | null) => (d === null ? null : d.toNumber());

export interface VerificationRow extends SheetCriterionRow {
  depth: number;
  entry: {
    isNA: boolean;
    selfInput: number | null;
    actual: number | null;
    target: number | null;
    selfPoints: number | null;
    explanation: string | null;
    files: { id: string; name: string }[];
    verifiedPoints: number | null;
    verifiedActual: number | null;
    verifiedTarget: number | null;
    verifyReason: string | null;
    verifiedAt: Date | null;
  } | null;
  /** Unrounded engine points of the self values; null for groups and criteria computed with the whole bloc. */
  points: number | null;
  needsBloc: boolean;
  vetoed: boolean;
}

/**
 * One member agency's sheet for its verifier (or, read-only, for anyone who reads every sheet):
 * the criteria in table order with the self inputs, points, explanation and evidence beside the
 * verified values and reasons. `table` is null while no table of the year is locked; `sheet` is
 * null when the agency has not saved anything. A constant number of queries.
 */
export async function getVerificationSheet(blocId: string, year: number, agencyId: string) {
  const user = await requireUser();
  const [member, cycle, officers] = await Promise.all([
    db().membership.findUnique({
      where: { blocId_agencyId_year: { blocId, agencyId, year } },
      select: { agency: { select: { id: true, code: true, name: true } } },
    }),
    db().cycle.findUnique({ where: { blocId_year: { blocId, year } }, select: { id: true, scoringMode: true } }),
    loadYearOfficers(db(), blocId, year),
  ]);
  const verifies = mayVerify(user, blocId, agencyId, officers);
  if (!verifies) authorize(user, "score:read-all", { blocId }, { hidden: true });
  if (!member || !cycle) throw new AppError("NOT_FOUND");

  const assignment = verifierOf(agencyId, officers);
  const verifierAgency = assignment.agencyId ? await db().agency.findUnique({ where: { id: assignment.agencyId }, select: { name: true } }) : null;
  const verifier: { kind: VerifierKind; agencyName: string | null } = { kind: assignment.kind, agencyName: verifierAgency?.name ?? null };

  const table = await findLockedTable(db(), cycle.id);
  if (!table) return { agency: member.agency, verifier, table: null } as const;
  const sheet = await db().scoreSheet.findUnique({
    where: { tableId_agencyId: { tableId: table.id, agencyId } },
    include: { entries: { include: { files: { select: { id: true, originalName: true }, orderBy: { createdAt: "asc" } } } } },
  });
  const entries = (sheet?.entries ?? []).map((e) => ({
    criterionId: e.criterionId,
    isNA: e.isNA,
    selfInput: num(e.selfInput),
    actual: num(e.actual),
    target: num(e.target),
    selfPoints: num(e.selfPoints),
    explanation: e.explanation,
    files: e.files.map((f) => ({ id: f.id, name: f.originalName })),
    verifiedPoints: num(e.verifiedPoints),
    verifiedActual: num(e.verifiedActual),
    verifiedTarget: num(e.verifiedTarget),
    verifyReason: e.verifyReason,
    verifiedAt: e.verifiedAt,
  }));
  const byCriterion = new Map(entries.map((e) => [e.criterionId, e]));
  const { points, totals } = scoreAlone(table, entries);

  const depth = new Map<string, number>();
  const rows: VerificationRow[] = table.criteria.map((c) => {
    depth.set(c.id, c.parentId ? (depth.get(c.parentId) ?? 0) + 1 : 0);
    const p = points.get(c.id);
    const e = byCriterion.get(c.id);
    return {
      ...c,
      depth: depth.get(c.id)!,
      entry: e ? (({ criterionId: _, ...rest }) => rest)(e) : null,
      points: p && !needsBloc(p) ? p.points : null,
      needsBloc: needsBloc(p),
      vetoed: p?.vetoed ?? false,
    };
  });

  const phase = await requireOpenPhase(db(), cycle.id, "VERIFICATION").then(
    () => ({ open: true, reason: null }),
    (e: unknown) => {
      if (isAppError(e) && e.code === "PHASE_CLOSED") return { open: false, reason: e.message };
      throw e;
    },
  );
  const leaves = rows.filter((r) => r.type !== "GROUP");
  const modeRefusal = cycle.scoringMode === "VERIFICATION" ? null : NOT_VERIFICATION_MODE;
  return {
    agency: member.agency,
    verifier,
    table: { id: table.id, version: table.version, title: table.title, scale: table.scale },
    sheet: sheet && {
      id: sheet.id,
      status: sheet.status,
      version: sheet.version,
      submittedAt: sheet.submittedAt,
      returnReason: sheet.returnReason,
      verifiedAt: sheet.verifiedAt,
    },
    rows,
    totals: { base: totals.base, bonus: totals.bonus, penalty: totals.penalty, total: totals.total, vetoed: totals.vetoed },
    progress: { verified: leaves.filter((r) => r.entry?.verifiedAt || r.entry?.isNA).length, total: leaves.length },
    phase,
    modeRefusal,
    /** The user verifies this agency, now: its verifier, a SUBMITTED sheet, the phase open, the year scored by verification. */
    canVerify: verifies && !!sheet && verificationStep(sheet.status, "VERIFY_ENTRY").ok && phase.open && !modeRefusal,
  };
}

export type VerificationSheetView = Awaited<ReturnType<typeof getVerificationSheet>>;
