import { beforeEach, describe, expect, it, vi } from "vitest";
import { CreateVoteInputSchema } from "@/lib/schemas/votes";
import { castBallot } from "@/lib/server/votes/cast-ballot";
import { closeVote } from "@/lib/server/votes/close-vote";
import { createVote } from "@/lib/server/votes/create-vote";
import { findVotes } from "@/lib/server/votes/find-votes";
import { getVote } from "@/lib/server/votes/get-vote";
import { openVote } from "@/lib/server/votes/open-vote";
import { openEnvelope } from "@/lib/votes/ballot-envelope";
import { signInAs } from "../setup/current-user-stub";
import { candidatesOf, draftVote, expectRefused, world, YEAR, type Who, type World } from "./world";

vi.mock("@/lib/server/auth/current-user", () => import("../setup/current-user-stub"));

type Outcome = "ok" | "FORBIDDEN" | "NOT_FOUND";
const CHAIR_ONLY: [Who, Outcome][] = [
  ["CHAIR", "ok"],
  ["SECRETARY", "FORBIDDEN"],
  ["LEADER", "FORBIDDEN"],
  ["ABSENT_LEADER", "FORBIDDEN"],
  ["OFFICER", "FORBIDDEN"],
  ["OBSERVER", "FORBIDDEN"],
  ["ADMIN", "FORBIDDEN"],
  ["OTHER_CHAIR", "NOT_FOUND"],
  ["OTHER_LEADER", "NOT_FOUND"],
];

async function settle(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return "ok";
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (!code) throw e;
    return code;
  }
}

function input(w: World) {
  return CreateVoteInputSchema.parse({
    meetingId: w.meeting.id,
    kind: "ACCLAIM_LEADER",
    method: "ELECTRONIC",
    title: "Suy tôn",
    candidateAgencyIds: [w.agencies[0]!.id],
  });
}

describe("createVote", () => {
  beforeEach(() => signInAs(null));

  it.each(CHAIR_ONLY)("%s → %s", async (who, expected) => {
    const w = await world();
    signInAs(w.users[who]);
    expect(await settle(createVote(input(w)))).toBe(expected);
    expect(await w.db.vote.count()).toBe(expected === "ok" ? 1 : 0);
  });

  it("takes the defaults of the year's rules, else 0008's, and audits the creation", async () => {
    const w = await world();
    const first = await draftVote(w);
    const v1 = await w.db.vote.findUniqueOrThrow({ where: { id: first }, include: { candidates: { orderBy: { order: "asc" } } } });
    expect([Number(v1.quorumPct), Number(v1.thresholdPct), v1.thresholdBase, v1.candidateMayVote, v1.maxChoices, v1.tieRule, v1.status]).toEqual([
      66.67,
      50,
      "ALL_MEMBERS",
      true,
      1,
      "RUNOFF",
      "DRAFT",
    ]);
    expect(v1.candidates.map((c) => c.agencyId)).toEqual([w.agencies[0]!.id, w.agencies[1]!.id]);
    expect(v1.committee).toEqual(["Lê Văn A", "Phạm Thị B"]);
    expect(await w.db.auditLog.count({ where: { action: "vote.create", entityId: first } })).toBe(1);

    await w.db.cycle.update({
      where: { id: w.cycle.id },
      data: { rules: { votes: { quorumPct: 50, thresholdPct: 60, thresholdBase: "VALID_BALLOTS", tieRule: "NONE" } } },
    });
    const second = await draftVote(w, { kind: "AWARD_PROPOSAL", candidateAgencyIds: [], candidatePersons: "Nguyễn Văn X\nTrần Thị Y", maxChoices: "2" });
    const v2 = await w.db.vote.findUniqueOrThrow({ where: { id: second }, include: { candidates: { orderBy: { order: "asc" } } } });
    expect([Number(v2.quorumPct), Number(v2.thresholdPct), v2.thresholdBase, v2.maxChoices, v2.tieRule]).toEqual([50, 60, "VALID_BALLOTS", 2, "NONE"]);
    expect(v2.candidates.map((c) => c.personName)).toEqual(["Nguyễn Văn X", "Trần Thị Y"]);
  });

  it("refuses candidates that are not members, a meeting that is not the year-end conference, and no candidate", async () => {
    const w = await world();
    signInAs(w.users.CHAIR);
    const e = await expectRefused(createVote({ ...input(w), candidateAgencyIds: [w.outsider.id] }), "INVALID_INPUT");
    expect(e.message).toContain("thành viên");
    const mid = await w.db.meeting.create({
      data: { cycleId: w.cycle.id, kind: "MID_YEAR_REVIEW", heldOn: new Date(Date.UTC(YEAR, 6, 1)), place: "X", chairName: "Y" },
    });
    await expectRefused(createVote({ ...input(w), meetingId: mid.id }), "INVALID_INPUT");
    expect(CreateVoteInputSchema.safeParse({ meetingId: w.meeting.id, kind: "ACCLAIM_LEADER", method: "ELECTRONIC", title: "X" }).success).toBe(false);
    expect(await w.db.vote.count()).toBe(0);
  });
});

describe("openVote", () => {
  beforeEach(() => signInAs(null));

  it.each(CHAIR_ONLY)("%s → %s", async (who, expected) => {
    const w = await world();
    const voteId = await draftVote(w);
    signInAs(w.users[who]);
    expect(await settle(openVote({ voteId }))).toBe(expected);
    expect((await w.db.vote.findUniqueOrThrow({ where: { id: voteId } })).status).toBe(expected === "ok" ? "OPEN" : "DRAFT");
  });

  it("refuses without quorum (3 of 6 present < 66.67%) and opens only once", async () => {
    const w = await world(["PRESENT", "PRESENT", "PRESENT", "ABSENT", "ABSENT", "ABSENT"]);
    const voteId = await draftVote(w);
    signInAs(w.users.CHAIR);
    const e = await expectRefused(openVote({ voteId }), "INVALID_INPUT");
    expect(e.message).toContain("Không đủ số đơn vị tham dự: có mặt 3/6");
    await w.db.attendance.updateMany({ where: { agencyId: w.agencies[3]!.id }, data: { status: "REPRESENTED" } });
    await openVote({ voteId });
    await expectRefused(openVote({ voteId }), "CONFLICT");
    expect(await w.db.auditLog.count({ where: { action: "vote.open" } })).toBe(1);
  });
});

describe("castBallot", () => {
  beforeEach(() => signInAs(null));

  const CAST: [Who, Outcome][] = [
    ["LEADER", "ok"],
    ["ABSENT_LEADER", "FORBIDDEN"],
    ["OFFICER", "FORBIDDEN"],
    ["CHAIR", "FORBIDDEN"],
    ["SECRETARY", "FORBIDDEN"],
    ["OBSERVER", "FORBIDDEN"],
    ["ADMIN", "FORBIDDEN"],
    ["OTHER_LEADER", "NOT_FOUND"],
    ["OTHER_CHAIR", "NOT_FOUND"],
  ];
  it.each(CAST)("%s → %s", async (who, expected) => {
    const w = await world();
    const voteId = await draftVote(w);
    signInAs(w.users.CHAIR);
    await openVote({ voteId });
    const [c1] = await candidatesOf(voteId);
    signInAs(w.users[who]);
    expect(await settle(castBallot({ voteId, agencyId: null, choices: [c1!.id] }))).toBe(expected);
    expect(await w.db.sealedBallot.count()).toBe(expected === "ok" ? 1 : 0);
    expect(await w.db.voterRollEntry.count()).toBe(expected === "ok" ? 1 : 0);
  });

  it("a leader votes only for their own agency, only while open, with a valid ballot", async () => {
    const w = await world();
    const voteId = await draftVote(w);
    const [c1, c2] = await candidatesOf(voteId);
    signInAs(w.users.LEADER);
    await expectRefused(castBallot({ voteId, agencyId: null, choices: [c1!.id] }), "CONFLICT"); // DRAFT
    signInAs(w.users.CHAIR);
    await openVote({ voteId });
    signInAs(w.users.LEADER);
    await expectRefused(castBallot({ voteId, agencyId: w.agencies[1]!.id, choices: [c1!.id] }), "FORBIDDEN");
    const tooMany = await expectRefused(castBallot({ voteId, agencyId: null, choices: [c1!.id, c2!.id] }), "INVALID_INPUT");
    expect(tooMany.message).toContain("vượt quá số được chọn tối đa (1)");
    await expectRefused(castBallot({ voteId, agencyId: null, choices: ["not-a-candidate"] }), "INVALID_INPUT");
    expect(await w.db.sealedBallot.count()).toBe(0);
    expect(await w.db.voterRollEntry.count()).toBe(0);
    await castBallot({ voteId, agencyId: null, choices: [] }); // a blank ballot is an abstention
    const again = await expectRefused(castBallot({ voteId, agencyId: null, choices: [c1!.id] }), "CONFLICT");
    expect(again.message).toContain("đã bỏ phiếu");
    const me = await getVote(w.blocA.id, YEAR, voteId);
    expect(me.myAgencies).toEqual([{ agencyId: w.agencies[0]!.id, name: w.agencies[0]!.name, hasVoted: true, mayCast: false, refusal: expect.any(String) }]);
    // The envelope holds the blank ballot (opened here with the app's secret, as closing does).
    const { envelope } = await w.db.sealedBallot.findFirstOrThrow();
    expect(openEnvelope(process.env.NEXTAUTH_SECRET!, voteId, envelope)).toEqual({ isBlank: true, choices: [] });
  });

  it("candidate agencies are off the voter list when candidateMayVote is false", async () => {
    const w = await world();
    const voteId = await draftVote(w, { candidateMayVote: "no" });
    signInAs(w.users.CHAIR);
    await openVote({ voteId });
    const [c1] = await candidatesOf(voteId);
    signInAs(w.users.LEADER); // agency 1 is a candidate
    await expectRefused(castBallot({ voteId, agencyId: null, choices: [c1!.id] }), "FORBIDDEN");
    signInAs(w.leaders[2]!);
    await castBallot({ voteId, agencyId: null, choices: [c1!.id] });
    expect((await getVote(w.blocA.id, YEAR, voteId)).progress).toEqual({ voted: 1, eligible: 3 });
  });
});

describe("closeVote", () => {
  beforeEach(() => signInAs(null));

  it.each(CHAIR_ONLY)("%s → %s", async (who, expected) => {
    const w = await world();
    const voteId = await draftVote(w);
    signInAs(w.users.CHAIR);
    await openVote({ voteId });
    signInAs(w.users[who]);
    expect(await settle(closeVote({ voteId }))).toBe(expected);
    expect((await w.db.vote.findUniqueOrThrow({ where: { id: voteId } })).status).toBe(expected === "ok" ? "CLOSED" : "OPEN");
  });

  it("five representatives vote, the chair closes: the tally, the audit of the result and the minutes", async () => {
    const w = await world();
    const voteId = await draftVote(w);
    signInAs(w.users.CHAIR);
    await openVote({ voteId });
    const [c1, c2] = await candidatesOf(voteId);
    const picks = [c1, c1, c1, c1, c2];
    for (const [i, leader] of w.leaders.slice(0, 5).entries()) {
      signInAs(leader);
      await castBallot({ voteId, agencyId: null, choices: [picks[i]!.id] });
    }
    signInAs(w.users.SECRETARY);
    expect((await findVotes(w.blocA.id, YEAR)).votes[0]).toMatchObject({ status: "OPEN", progress: { voted: 5, eligible: 5 }, result: null });
    signInAs(w.users.CHAIR);
    await closeVote({ voteId });
    await expectRefused(closeVote({ voteId }), "CONFLICT");
    const v = await getVote(w.blocA.id, YEAR, voteId);
    // 4 of 6 members > 50% of all members: selected; 1 of 6 is not.
    expect(v.result).toMatchObject({ outcome: "DECIDED", ballots: { issued: 5, returned: 5, valid: 5, invalid: 0, blank: 0 } });
    expect(v.result!.candidates.map((c) => [c.votes, c.status])).toEqual([
      [4, "SELECTED"],
      [1, "NOT_SELECTED"],
    ]);
    expect(v.minutes!.outcomeText).toBe(`${w.agencies[0]!.name} được suy tôn.`);
    expect(v.minutes!.members).toMatchObject({ summoned: 6, present: 5, absent: 1 });
    const audit = await w.db.auditLog.findFirstOrThrow({ where: { action: "vote.close", entityId: voteId } });
    expect(audit.after).toMatchObject({ status: "CLOSED", outcome: "DECIDED" });
    const row = await w.db.vote.findUniqueOrThrow({ where: { id: voteId } });
    expect([row.ballotsIssued, row.ballotsReturned, row.ballotsValid, row.ballotsInvalid]).toEqual([5, 5, 5, 0]);
    signInAs(w.users.OBSERVER);
    expect((await findVotes(w.blocA.id, YEAR)).votes[0]!.result).toEqual({ outcome: "DECIDED", winners: [w.agencies[0]!.name] });
    signInAs(w.leaders[4]!);
    await expectRefused(castBallot({ voteId, agencyId: null, choices: [c1!.id] }), "CONFLICT");
  });

  it("readers of another bloc get NOT_FOUND", async () => {
    const w = await world();
    const voteId = await draftVote(w);
    signInAs(w.users.OTHER_CHAIR);
    await expectRefused(getVote(w.blocA.id, YEAR, voteId), "NOT_FOUND");
    await expectRefused(getVote(w.blocB.id, YEAR, voteId), "NOT_FOUND");
    await expectRefused(findVotes(w.blocA.id, YEAR), "NOT_FOUND");
  });
});
