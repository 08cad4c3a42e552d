import { beforeEach, describe, expect, it, vi } from "vitest";
import { isUniqueViolation } from "@/lib/server/db-errors";
import { castBallot } from "@/lib/server/votes/cast-ballot";
import { closeVote } from "@/lib/server/votes/close-vote";
import { findVotes } from "@/lib/server/votes/find-votes";
import { getVote, getVoteMinutes } from "@/lib/server/votes/get-vote";
import { openVote } from "@/lib/server/votes/open-vote";
import { sealBallot } from "@/lib/votes/ballot-envelope";
import { signInAs } from "../setup/current-user-stub";
import { candidatesOf, draftVote, expectRefused, world, YEAR } from "./world";

vi.mock("@/lib/server/auth/current-user", () => import("../setup/current-user-stub"));

async function openElectronic(w: Awaited<ReturnType<typeof world>>) {
  const voteId = await draftVote(w);
  signInAs(w.users.CHAIR);
  await openVote({ voteId });
  return voteId;
}

describe("ballot secrecy: the roll and the ballot box share no column (docs/decisions/0006)", () => {
  beforeEach(() => signInAs(null));

  it("Ballot, BallotChoice and SealedBallot have no column that names a user, an agency or a time", async () => {
    const w = await world();
    const cols = await w.db.$queryRawUnsafe<{ table_name: string; column_name: string; data_type: string }[]>(
      `SELECT table_name::text, column_name::text, data_type::text FROM information_schema.columns
       WHERE table_schema = 'public' AND table_name IN ('Ballot', 'BallotChoice', 'SealedBallot') ORDER BY table_name, ordinal_position`,
    );
    expect(cols.map((c) => `${c.table_name}.${c.column_name}`).sort()).toEqual(
      [
        "Ballot.id",
        "Ballot.isBlank",
        "Ballot.voteId",
        "BallotChoice.ballotId",
        "BallotChoice.candidateId",
        "SealedBallot.envelope",
        "SealedBallot.id",
        "SealedBallot.voteId",
      ].sort(),
    );
    for (const c of cols) {
      expect(c.column_name).not.toMatch(/user|agency|voter|actor|time|At$|On$|^date|Date$|created|updated/i);
      expect(c.data_type).not.toMatch(/time|date/i);
    }
    // The ballot id is a random uuid, not a sequence or a cuid (which embeds a timestamp).
    const def = await w.db.$queryRawUnsafe<{ column_default: string | null; data_type: string }[]>(
      `SELECT column_default::text, data_type::text FROM information_schema.columns WHERE table_schema = 'public' AND table_name = 'Ballot' AND column_name = 'id'`,
    );
    expect(def[0]).toEqual({ column_default: "gen_random_uuid()", data_type: "uuid" });
    // No foreign key from either table to User, Agency or the roll.
    const fks = await w.db.$queryRawUnsafe<{ table_name: string; foreign_table: string }[]>(
      `SELECT tc.table_name::text, ccu.table_name::text AS foreign_table
       FROM information_schema.table_constraints tc
       JOIN information_schema.constraint_column_usage ccu ON ccu.constraint_name = tc.constraint_name AND ccu.table_schema = tc.table_schema
       WHERE tc.constraint_type = 'FOREIGN KEY' AND tc.table_schema = 'public' AND tc.table_name IN ('Ballot', 'BallotChoice', 'SealedBallot')`,
    );
    expect(new Set(fks.map((f) => f.foreign_table))).toEqual(new Set(["Vote", "Ballot", "VoteCandidate"]));
    // And the roll carries no time nor any link to a ballot.
    const roll = await w.db.$queryRawUnsafe<{ column_name: string }[]>(
      `SELECT column_name::text FROM information_schema.columns WHERE table_schema = 'public' AND table_name = 'VoterRollEntry'`,
    );
    expect(roll.map((c) => c.column_name).sort()).toEqual(["agencyId", "userId", "voteId"]);
  });

  it("casting writes a roll entry and a ballot, and no audit row or other table joins a voter to a choice", async () => {
    const w = await world();
    const voteId = await openElectronic(w);
    const [c1, c2] = await candidatesOf(voteId);
    const auditBefore = await w.db.auditLog.count();
    for (const [i, leader] of w.leaders.slice(0, 5).entries()) {
      signInAs(leader);
      await castBallot({ voteId, agencyId: null, choices: [i % 2 === 0 ? c1!.id : c2!.id] });
    }
    // No audit row for a cast at all; and no audit row anywhere names a voter (their user id).
    expect(await w.db.auditLog.count()).toBe(auditBefore);
    for (const row of await w.db.auditLog.findMany()) {
      const text = JSON.stringify(row);
      for (const leader of w.leaders) expect(text).not.toContain(leader);
    }
    // Only the audit of the vote's creation names the candidates (the ballot paper, before any cast).
    const naming = (await w.db.auditLog.findMany()).filter((r) => JSON.stringify(r).includes(c1!.id));
    expect(naming.map((r) => r.action)).toEqual(["vote.create"]);
    expect(await w.db.voterRollEntry.count({ where: { voteId } })).toBe(5);
    // While open, the box holds sealed envelopes only; nothing readable is written before closing.
    expect(await w.db.ballot.count({ where: { voteId } })).toBe(0);
    const sealed = await w.db.sealedBallot.findMany({ where: { voteId } });
    expect(sealed).toHaveLength(5);
    for (const b of sealed) {
      expect(Object.keys(b).sort()).toEqual(["envelope", "id", "voteId"]);
      expect(b.id).toMatch(/^[0-9a-f-]{36}$/);
    }
    // No other column in the schema points at Ballot (so nothing else can hold a voter next to it).
    const refs = await w.db.$queryRawUnsafe<{ table_name: string }[]>(
      `SELECT tc.table_name::text FROM information_schema.table_constraints tc
       JOIN information_schema.constraint_column_usage ccu ON ccu.constraint_name = tc.constraint_name AND ccu.table_schema = tc.table_schema
       WHERE tc.constraint_type = 'FOREIGN KEY' AND tc.table_schema = 'public' AND ccu.table_name IN ('Ballot', 'SealedBallot')`,
    );
    expect(refs.map((r) => r.table_name)).toEqual(["BallotChoice"]);
  });

  it("50 parallel casts by one voter leave exactly one ballot and one roll entry", async () => {
    const w = await world();
    const voteId = await openElectronic(w);
    const [c1] = await candidatesOf(voteId);
    signInAs(w.users.LEADER);
    const outcomes = await Promise.allSettled(Array.from({ length: 50 }, () => castBallot({ voteId, agencyId: null, choices: [c1!.id] })));
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
    for (const o of outcomes) if (o.status === "rejected") expect((o.reason as { code: string }).code).toBe("CONFLICT");
    expect(await w.db.sealedBallot.count({ where: { voteId } })).toBe(1);
    expect(await w.db.voterRollEntry.count({ where: { voteId } })).toBe(1);
  });

  it("the roll's primary key alone refuses a second entry for the same agency (the backstop of parallel casts)", async () => {
    const w = await world();
    const voteId = await openElectronic(w);
    await w.db.voterRollEntry.create({ data: { voteId, agencyId: w.agencies[0]!.id, userId: w.users.LEADER } });
    const error = await w.db.voterRollEntry.create({ data: { voteId, agencyId: w.agencies[0]!.id, userId: w.users.OFFICER } }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(isUniqueViolation(error)).toBe(true); // what cast-ballot turns into "Đơn vị đã bỏ phiếu…"
    expect(await w.db.voterRollEntry.count({ where: { voteId } })).toBe(1);
  });

  it("results stay sealed from the administrator and the chair while the vote is open", async () => {
    const w = await world();
    const voteId = await openElectronic(w);
    const [c1] = await candidatesOf(voteId);
    for (const leader of w.leaders.slice(0, 3)) {
      signInAs(leader);
      await castBallot({ voteId, agencyId: null, choices: [c1!.id] });
    }
    for (const who of ["ADMIN", "CHAIR", "SECRETARY", "OBSERVER"] as const) {
      signInAs(w.users[who]);
      const v = await getVote(w.blocA.id, YEAR, voteId);
      expect(v.result).toBeNull();
      expect(v.minutes).toBeNull();
      expect(v.progress).toEqual({ voted: 3, eligible: 5 });
      expect(JSON.stringify(v)).not.toMatch(/"votes"|ballotsValid|"valid"/);
      const list = await findVotes(w.blocA.id, YEAR);
      expect(list.votes[0]!.result).toBeNull();
      expect(list.votes[0]!.progress).toEqual({ voted: 3, eligible: 5 });
      await expectRefused(getVoteMinutes(w.blocA.id, YEAR, voteId), "CONFLICT");
    }
    const row = await w.db.vote.findUniqueOrThrow({ where: { id: voteId } });
    expect(row.result).toBeNull();
    expect(row.ballotsValid).toBeNull();
    // After closing, everyone who reads the bloc sees the counts and the minutes.
    signInAs(w.users.CHAIR);
    await closeVote({ voteId });
    signInAs(w.users.ADMIN);
    const closed = await getVote(w.blocA.id, YEAR, voteId);
    expect(closed.result?.candidates[0]!.votes).toBe(3);
    expect(closed.minutes?.rows[0]!.votes).toBe(3);
    expect((await getVoteMinutes(w.blocA.id, YEAR, voteId)).title).toBe("BIÊN BẢN KIỂM PHIẾU");
  });

  it("closing is refused when the ballot box and the roll differ (a stray ballot inserted by SQL)", async () => {
    const w = await world();
    const voteId = await openElectronic(w);
    const [c1] = await candidatesOf(voteId);
    signInAs(w.users.LEADER);
    await castBallot({ voteId, agencyId: null, choices: [c1!.id] });
    await w.db.$executeRaw`INSERT INTO "Ballot" ("voteId", "isBlank") VALUES (${voteId}, true)`;
    signInAs(w.users.CHAIR);
    const e = await expectRefused(closeVote({ voteId }), "CONFLICT");
    expect(e.message).toContain("hòm phiếu có 2 phiếu nhưng danh sách đã bỏ phiếu có 1 đơn vị");
    const row = await w.db.vote.findUniqueOrThrow({ where: { id: voteId } });
    expect(row.status).toBe("OPEN");
    expect(row.result).toBeNull();
    expect(await w.db.auditLog.count({ where: { action: "vote.close" } })).toBe(0);
  });

  it("closing refuses, and keeps every envelope, when an envelope does not open with the app's secret", async () => {
    const w = await world();
    const voteId = await openElectronic(w);
    const [c1] = await candidatesOf(voteId);
    signInAs(w.users.LEADER);
    await castBallot({ voteId, agencyId: null, choices: [c1!.id] });
    // A second agency's envelope sealed under another secret (as if NEXTAUTH_SECRET had changed since).
    const foreign = sealBallot("x".repeat(40), voteId, [c1!.id], { isBlank: false, choices: [c1!.id] });
    await w.db.voterRollEntry.create({ data: { voteId, agencyId: w.agencies[1]!.id, userId: w.leaders[1]! } });
    await w.db.sealedBallot.create({ data: { voteId, envelope: foreign } });
    signInAs(w.users.CHAIR);
    const e = await expectRefused(closeVote({ voteId }), "CONFLICT");
    expect(e.message).toContain("Không mở được 1 phiếu đã niêm phong");
    expect((await w.db.vote.findUniqueOrThrow({ where: { id: voteId } })).status).toBe("OPEN");
    expect(await w.db.sealedBallot.count({ where: { voteId } })).toBe(2);
    expect(await w.db.ballot.count({ where: { voteId } })).toBe(0);
  });
});
