import type { PhaseKey } from "@/lib/domain/cycle-phase";
import type { Prisma } from "@/lib/generated/prisma/client";

/** A phase that calls for a reminder today, with its cycle. */
export interface DuePhase {
  id: string;
  key: PhaseKey;
  cycleId: string;
  blocId: string;
  year: number;
  scoringMode: "VERIFICATION" | "CROSS_SCORING";
}

/** Per phase: the member agencies whose part is not done, and whether work waits on the chair. */
export interface PendingWork {
  agencyIds: string[];
  chair: boolean;
}

type Tx = Prisma.TransactionClient;

/**
 * What is still to do in each due phase (docs/decisions/0035), read with a fixed number of
 * queries whatever the number of phases and agencies: the members of every due cycle, then one
 * query per kind of record. An agency's part is done when: REGISTRATION — its registration is
 * submitted or accepted; PLEDGE_SIGNING — it signed the newest version of the pledge;
 * MID_YEAR_REVIEW — it reported progress on a commitment; SELF_SCORING — its sheet is submitted
 * or verified; VERIFICATION by cross-scoring — it sent its scores for every other member;
 * NOMINATION — none of its nominations is a draft or returned. At the CONFERENCE every member
 * attends. Work waits on the chair while a sheet is submitted but not verified (VERIFICATION
 * mode), an objection is open, or a nomination is proposed.
 */
export async function pendingWork(tx: Tx, phases: readonly DuePhase[]): Promise<Map<string, PendingWork>> {
  const result = new Map<string, PendingWork>();
  if (phases.length === 0) return result;
  const cycles = (key: PhaseKey, mode?: DuePhase["scoringMode"]) => [
    ...new Set(phases.filter((p) => p.key === key && (!mode || p.scoringMode === mode)).map((p) => p.cycleId)),
  ];
  const members = await membersOf(tx, phases);
  const done = await doneAgencies(tx, cycles, members);
  const chairWork = await chairCycles(tx, cycles);
  for (const p of phases) {
    const all = members.get(p.cycleId) ?? [];
    const agencyKeys: PhaseKey[] = ["REGISTRATION", "PLEDGE_SIGNING", "MID_YEAR_REVIEW", "SELF_SCORING", "CONFERENCE", "NOMINATION"];
    const agencyWork = agencyKeys.includes(p.key) || (p.key === "VERIFICATION" && p.scoringMode === "CROSS_SCORING");
    const finished = done.get(`${p.key}:${p.cycleId}`) ?? new Set<string>();
    result.set(p.id, {
      agencyIds: agencyWork ? all.filter((a) => !finished.has(a)) : [],
      chair: chairWork.has(`${p.key}:${p.cycleId}`),
    });
  }
  return result;
}

async function membersOf(tx: Tx, phases: readonly DuePhase[]): Promise<Map<string, string[]>> {
  const byBlocYear = new Map(phases.map((p) => [`${p.blocId}:${p.year}`, p.cycleId]));
  const rows = await tx.membership.findMany({
    where: { OR: phases.map((p) => ({ blocId: p.blocId, year: p.year })) },
    select: { blocId: true, year: true, agencyId: true },
  });
  const members = new Map<string, string[]>();
  for (const r of rows) {
    const cycleId = byBlocYear.get(`${r.blocId}:${r.year}`)!;
    members.set(cycleId, [...(members.get(cycleId) ?? []), r.agencyId]);
  }
  return members;
}

/** "<key>:<cycleId>" → the agencies whose part of that phase is done. */
async function doneAgencies(
  tx: Tx,
  cycles: (key: PhaseKey, mode?: DuePhase["scoringMode"]) => string[],
  members: Map<string, string[]>,
): Promise<Map<string, Set<string>>> {
  const done = new Map<string, Set<string>>();
  const add = (key: PhaseKey, cycleId: string, agencyId: string) => {
    const k = `${key}:${cycleId}`;
    if (!done.has(k)) done.set(k, new Set());
    done.get(k)!.add(agencyId);
  };
  const registration = cycles("REGISTRATION");
  if (registration.length) {
    const rows = await tx.registration.findMany({
      where: { cycleId: { in: registration }, status: { in: ["SUBMITTED", "ACCEPTED"] } },
      select: { cycleId: true, agencyId: true },
    });
    for (const r of rows) add("REGISTRATION", r.cycleId, r.agencyId);
  }
  const signing = cycles("PLEDGE_SIGNING");
  if (signing.length) {
    const pledges = await tx.pledge.findMany({
      where: { cycleId: { in: signing }, next: { is: null } },
      select: { cycleId: true, signatures: { select: { agencyId: true } } },
    });
    for (const p of pledges) for (const s of p.signatures) add("PLEDGE_SIGNING", p.cycleId, s.agencyId);
  }
  const review = cycles("MID_YEAR_REVIEW");
  if (review.length) {
    const rows = await tx.commitmentProgress.findMany({
      where: { status: { not: "NOT_STARTED" }, commitment: { pledge: { cycleId: { in: review } } } },
      select: { agencyId: true, commitment: { select: { pledge: { select: { cycleId: true } } } } },
      distinct: ["agencyId", "commitmentId"],
    });
    for (const r of rows) add("MID_YEAR_REVIEW", r.commitment.pledge.cycleId, r.agencyId);
  }
  const scoring = cycles("SELF_SCORING");
  if (scoring.length) {
    const rows = await tx.scoreSheet.findMany({
      where: { cycleId: { in: scoring }, status: { in: ["SUBMITTED", "VERIFIED"] } },
      select: { cycleId: true, agencyId: true },
    });
    for (const r of rows) add("SELF_SCORING", r.cycleId, r.agencyId);
  }
  const cross = cycles("VERIFICATION", "CROSS_SCORING");
  if (cross.length) {
    const rows = await tx.crossScoreSubmission.groupBy({ by: ["cycleId", "scorerAgencyId"], where: { cycleId: { in: cross } }, _count: { _all: true } });
    const sent = new Map(rows.map((r) => [`${r.cycleId}:${r.scorerAgencyId}`, r._count._all]));
    for (const cycleId of cross) {
      const all = members.get(cycleId) ?? [];
      for (const a of all) if ((sent.get(`${cycleId}:${a}`) ?? 0) >= all.length - 1) add("VERIFICATION", cycleId, a);
    }
  }
  const nomination = cycles("NOMINATION");
  if (nomination.length) {
    const open = await tx.nomination.findMany({
      where: { cycleId: { in: nomination }, status: { in: ["DRAFT", "RETURNED"] } },
      select: { cycleId: true, agencyId: true },
      distinct: ["cycleId", "agencyId"],
    });
    const waiting = new Set(open.map((n) => `${n.cycleId}:${n.agencyId}`));
    // Only an agency with a draft or returned nomination has something left to send.
    for (const cycleId of nomination) for (const a of members.get(cycleId) ?? []) if (!waiting.has(`${cycleId}:${a}`)) add("NOMINATION", cycleId, a);
  }
  return done;
}

/** "<key>:<cycleId>" of the phases where work waits on the chair. */
async function chairCycles(tx: Tx, cycles: (key: PhaseKey, mode?: DuePhase["scoringMode"]) => string[]): Promise<Set<string>> {
  const waiting = new Set<string>();
  const verification = cycles("VERIFICATION", "VERIFICATION");
  if (verification.length) {
    const rows = await tx.scoreSheet.findMany({
      where: { cycleId: { in: verification }, status: "SUBMITTED" },
      select: { cycleId: true },
      distinct: ["cycleId"],
    });
    for (const r of rows) waiting.add(`VERIFICATION:${r.cycleId}`);
  }
  const objection = cycles("OBJECTION");
  if (objection.length) {
    const rows = await tx.objection.findMany({
      where: { status: "OPEN", entry: { sheet: { cycleId: { in: objection } } } },
      select: { entry: { select: { sheet: { select: { cycleId: true } } } } },
    });
    for (const r of rows) waiting.add(`OBJECTION:${r.entry.sheet.cycleId}`);
  }
  const nomination = cycles("NOMINATION");
  if (nomination.length) {
    const rows = await tx.nomination.findMany({ where: { cycleId: { in: nomination }, status: "PROPOSED" }, select: { cycleId: true }, distinct: ["cycleId"] });
    for (const r of rows) waiting.add(`NOMINATION:${r.cycleId}`);
  }
  return waiting;
}
