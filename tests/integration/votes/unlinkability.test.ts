import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { castBallot } from "@/lib/server/votes/cast-ballot";
import { closeVote } from "@/lib/server/votes/close-vote";
import { openVote } from "@/lib/server/votes/open-vote";
import { signInAs } from "../setup/current-user-stub";
import { candidatesOf, draftVote, world, type World } from "./world";

vi.mock("@/lib/server/auth/current-user", () => import("../setup/current-user-stub"));

/**
 * The attacker of docs/decisions/0006-ballot-secrecy.md: a database reader with plain SELECT
 * rights (no superuser, no file access, not the app's secret) who knows the voter roll and
 * tries every join between the roll and the ballot box. Sixteen agencies each cast a DIFFERENT
 * ballot (the 16 subsets of four candidates), so each strategy's guess "agency → ballot" can be
 * scored exactly. Chance gets one right on average; more than 7 of 16 by chance has odds of
 * about 1 in 100,000, so the bound below cannot fail by bad luck, and it fails outright for a
 * box that keeps any of the links (the same transaction id links all 16).
 */
const VOTERS = 16;
const CHANCE_BOUND = 7;

type RollRow = { agencyId: string; xmin: string; ctid: string };
type BallotRow = { id: string; xmin: string; ctid: string; isBlank: boolean };
type ChoiceRow = { ballotId: string; candidateId: string; xmin: string; ctid: string };

/** "(page,item)" → a sortable number, the physical order of rows in the table. */
function physical(ctid: string): number {
  const [page, item] = ctid.replace(/[()]/g, "").split(",").map(Number);
  return page! * 10_000 + item!;
}

async function castSixteen(w: World) {
  const voteId = await draftVote(w, {
    candidateAgencyIds: w.agencies.slice(0, 4).map((a) => a.id),
    candidateMayVote: "yes",
    maxChoices: 4,
  });
  signInAs(w.users.CHAIR);
  await openVote({ voteId });
  const candidates = (await candidatesOf(voteId)).map((c) => c.id);
  // What each agency chose, as the attacker's answer key: agency i marks the subset with bits i.
  const cast = new Map<string, string>();
  for (let i = 0; i < VOTERS; i++) {
    const choices = candidates.filter((_, bit) => (i >> bit) & 1);
    signInAs(w.leaders[i]!);
    await castBallot({ voteId, agencyId: null, choices });
    cast.set(w.agencies[i]!.id, [...choices].sort().join("+") || "blank");
  }
  return { voteId, candidates, cast };
}

async function readAsAttacker(w: World, voteId: string) {
  const roll = await w.db.$queryRaw<RollRow[]>`
    SELECT "agencyId", xmin::text AS xmin, ctid::text AS ctid FROM "VoterRollEntry" WHERE "voteId" = ${voteId}`;
  const ballots = await w.db.$queryRaw<BallotRow[]>`
    SELECT id::text AS id, xmin::text AS xmin, ctid::text AS ctid, "isBlank" FROM "Ballot" WHERE "voteId" = ${voteId}`;
  const choices = await w.db.$queryRaw<ChoiceRow[]>`
    SELECT "ballotId"::text AS "ballotId", "candidateId", xmin::text AS xmin, ctid::text AS ctid FROM "BallotChoice"
    WHERE "ballotId"::text IN (SELECT id::text FROM "Ballot" WHERE "voteId" = ${voteId})`;
  // The heap order a plain scan returns (what "SELECT *" without ORDER BY shows).
  const scan = await w.db.$queryRaw<{ id: string }[]>`SELECT id::text AS id FROM "Ballot" WHERE "voteId" = ${voteId}`;
  const content = new Map<string, string>();
  for (const b of ballots) {
    const mine = choices
      .filter((c) => c.ballotId === b.id)
      .map((c) => c.candidateId)
      .sort();
    content.set(b.id, mine.join("+") || "blank");
  }
  return { roll, ballots, choices, scan, content };
}

/** How many agencies a guessed pairing (agency → ballot id) gets right. */
function correct(guess: Map<string, string | undefined>, cast: Map<string, string>, content: Map<string, string>): number {
  let n = 0;
  for (const [agencyId, ballotId] of guess) if (ballotId && content.get(ballotId) === cast.get(agencyId)) n++;
  return n;
}

function zip(rollOrder: RollRow[], ballotOrder: string[]): Map<string, string | undefined> {
  return new Map(rollOrder.map((r, i) => [r.agencyId, ballotOrder[i]]));
}

const byNumber =
  <T>(key: (row: T) => number) =>
  (a: T, b: T) =>
    key(a) - key(b);

describe("a database reader cannot link a ballot to its voter (docs/decisions/0006)", () => {
  const logged: string[] = [];
  beforeEach(() => {
    signInAs(null);
    logged.length = 0;
    for (const level of ["log", "info", "warn", "error", "debug"] as const) {
      vi.spyOn(console, level).mockImplementation((...args: unknown[]) => void logged.push(args.map(String).join(" ")));
    }
  });
  afterEach(() => vi.restoreAllMocks());

  it("after closing: transaction ids, physical order, scan order, ids and choice rows do no better than chance", async () => {
    const w = await world(Array.from({ length: VOTERS }, () => "PRESENT" as const));
    const { voteId, cast } = await castSixteen(w);
    signInAs(w.users.CHAIR);
    await closeVote({ voteId });
    const box = await readAsAttacker(w, voteId);
    expect(box.ballots).toHaveLength(VOTERS);
    // Sanity: the answer key covers 16 distinct ballots, all present in the box.
    expect(new Set(box.content.values())).toEqual(new Set(cast.values()));

    const rollByXmin = [...box.roll].sort(byNumber((r) => Number(r.xmin)));
    const rollByCtid = [...box.roll].sort(byNumber((r) => physical(r.ctid)));
    const ballotsBy = (key: (b: BallotRow) => number) => [...box.ballots].sort(byNumber(key)).map((b) => b.id);
    const choiceOrder = [...new Set([...box.choices].sort(byNumber((c) => physical(c.ctid))).map((c) => c.ballotId))];
    const strategies: Record<string, Map<string, string | undefined>> = {
      "same transaction id (xmin)": new Map(box.roll.map((r) => [r.agencyId, box.ballots.find((b) => b.xmin === r.xmin)?.id])),
      "transaction id order": zip(
        rollByXmin,
        ballotsBy((b) => Number(b.xmin)),
      ),
      "physical order (ctid)": zip(
        rollByCtid,
        ballotsBy((b) => physical(b.ctid)),
      ),
      "roll xmin order × ballot ctid order": zip(
        rollByXmin,
        ballotsBy((b) => physical(b.ctid)),
      ),
      "plain scan order": zip(
        rollByCtid,
        box.scan.map((b) => b.id),
      ),
      "ballot id order": zip(rollByXmin, [...box.ballots].map((b) => b.id).sort()),
      "choice rows' physical order": zip(rollByXmin, choiceOrder),
      "choice rows' transaction id order": zip(rollByXmin, [
        ...new Set([...box.choices].sort(byNumber((c) => Number(c.xmin) * 10_000 + physical(c.ctid))).map((c) => c.ballotId)),
      ]),
    };
    const scores = Object.fromEntries(Object.entries(strategies).map(([name, guess]) => [name, correct(guess, cast, box.content)]));
    // Listed whole so a failure shows every strategy that beats chance and by how much.
    expect(Object.entries(scores).filter(([, score]) => score > CHANCE_BOUND)).toEqual([]);

    // Every ballot was written by one transaction (the closing), shared by no roll entry.
    const ballotXmins = new Set([...box.ballots.map((b) => b.xmin), ...box.choices.map((c) => c.xmin)]);
    expect(ballotXmins.size).toBe(1);
    for (const r of box.roll) expect(ballotXmins.has(r.xmin)).toBe(false);

    // No audit row names a ballot, and none written after the casts names a voter.
    const audit = JSON.stringify(await w.db.auditLog.findMany({ where: { entityId: voteId } }));
    for (const b of box.ballots) expect(audit).not.toContain(b.id);
    for (const leader of w.leaders) expect(audit).not.toContain(leader);
    // Casting and closing wrote no log line.
    expect(logged).toEqual([]);
    // No commit timestamps to join on (a server setting; if an operator turns it on, the ballots
    // still carry only the closing's time).
    const track = await w.db.$queryRaw<{ on: string }[]>`SELECT current_setting('track_commit_timestamp') AS on`;
    if (track[0]!.on === "on") {
      const stamps = await w.db.$queryRaw<{ t: Date }[]>`SELECT DISTINCT pg_xact_commit_timestamp(xmin) AS t FROM "Ballot" WHERE "voteId" = ${voteId}`;
      expect(stamps).toHaveLength(1);
    }
  });

  it("while the vote is open the box holds only sealed envelopes of one size, which name no choice", async () => {
    const w = await world(Array.from({ length: VOTERS }, () => "PRESENT" as const));
    const { voteId, candidates } = await castSixteen(w);
    // Nothing readable in the ballot box itself until closing.
    expect(await w.db.ballot.count({ where: { voteId } })).toBe(0);
    const sealed = await w.db.$queryRaw<{ envelope: Uint8Array }[]>`SELECT envelope FROM "SealedBallot" WHERE "voteId" = ${voteId}`;
    expect(sealed).toHaveLength(VOTERS);
    // Same length whatever was chosen (blank, one mark or four), and no candidate id inside.
    expect(new Set(sealed.map((s) => s.envelope.length)).size).toBe(1);
    for (const s of sealed) {
      const bytes = Buffer.from(s.envelope).toString("latin1");
      for (const c of candidates) expect(bytes).not.toContain(c);
      expect(bytes).not.toMatch(/"c":|blank|true|false/);
    }
    expect(logged).toEqual([]);
  });
});
