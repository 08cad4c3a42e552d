import { beforeEach, describe, expect, it, vi } from "vitest";
import { castBallot } from "@/lib/server/votes/cast-ballot";
import { closeVote } from "@/lib/server/votes/close-vote";
import { getVote } from "@/lib/server/votes/get-vote";
import { openVote } from "@/lib/server/votes/open-vote";
import { recordPaperCount } from "@/lib/server/votes/record-paper-count";
import { startRunoff } from "@/lib/server/votes/start-runoff";
import { signInAs } from "../setup/current-user-stub";
import { candidatesOf, draftVote, expectRefused, world, YEAR, type Who } from "./world";

vi.mock("@/lib/server/auth/current-user", () => import("../setup/current-user-stub"));

async function openPaper(w: Awaited<ReturnType<typeof world>>) {
  const voteId = await draftVote(w, { method: "PAPER" });
  signInAs(w.users.CHAIR);
  await openVote({ voteId });
  const [c1, c2] = await candidatesOf(voteId);
  return { voteId, c1: c1!, c2: c2! };
}

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

describe("recordPaperCount", () => {
  beforeEach(() => signInAs(null));

  it.each<[Who, string]>([
    ["SECRETARY", "ok"],
    ["CHAIR", "ok"],
    ["LEADER", "FORBIDDEN"],
    ["OBSERVER", "FORBIDDEN"],
    ["ADMIN", "FORBIDDEN"],
    ["OTHER_SECRETARY", "NOT_FOUND"],
    ["OTHER_LEADER", "NOT_FOUND"],
  ])("%s → %s", async (who, expected) => {
    const w = await world();
    const { voteId, c1, c2 } = await openPaper(w);
    signInAs(w.users[who]);
    const counts = { voteId, ballotsIssued: 5, ballotsReturned: 5, ballotsValid: 4, ballotsInvalid: 1, votes: { [c1.id]: 4, [c2.id]: 0 } };
    expect(await settle(recordPaperCount(counts))).toBe(expected);
    expect((await w.db.vote.findUniqueOrThrow({ where: { id: voteId } })).status).toBe(expected === "ok" ? "CLOSED" : "OPEN");
  });

  it("refuses inconsistent counts with the field named, and writes nothing", async () => {
    const w = await world();
    const { voteId, c1, c2 } = await openPaper(w);
    signInAs(w.users.SECRETARY);
    const auditBefore = await w.db.auditLog.count();
    const e = await expectRefused(
      recordPaperCount({ voteId, ballotsIssued: 5, ballotsReturned: 5, ballotsValid: 3, ballotsInvalid: 1, votes: { [c1.id]: 4, [c2.id]: null } }),
      "INVALID_INPUT",
    );
    expect(e.fieldErrors?.ballotsInvalid?.[0]).toContain("phải bằng số phiếu thu về (5)");
    expect(e.fieldErrors?.[`votes.${c2.id}`]?.[0]).toContain("chưa nhập");
    const tooMany = await expectRefused(
      recordPaperCount({ voteId, ballotsIssued: 6, ballotsReturned: 5, ballotsValid: 5, ballotsInvalid: 0, votes: { [c1.id]: 4, [c2.id]: 1 } }),
      "INVALID_INPUT",
    );
    expect(tooMany.fieldErrors?.ballotsIssued?.[0]).toContain("không được nhiều hơn số đơn vị có mặt");
    const row = await w.db.vote.findUniqueOrThrow({ where: { id: voteId }, include: { candidates: true } });
    expect([row.status, row.ballotsIssued, row.ballotsValid, row.result]).toEqual(["OPEN", null, null, null]);
    expect(row.candidates.map((c) => c.paperVotes)).toEqual([null, null]);
    expect(await w.db.auditLog.count()).toBe(auditBefore);
  });

  it("accepted counts close the vote with the tally; electronic actions are refused for paper votes", async () => {
    const w = await world();
    const { voteId, c1, c2 } = await openPaper(w);
    signInAs(w.users.LEADER);
    await expectRefused(castBallot({ voteId, agencyId: null, choices: [c1.id] }), "INVALID_INPUT");
    signInAs(w.users.CHAIR);
    await expectRefused(closeVote({ voteId }), "INVALID_INPUT");
    signInAs(w.users.SECRETARY);
    await recordPaperCount({ voteId, ballotsIssued: 5, ballotsReturned: 5, ballotsValid: 4, ballotsInvalid: 1, votes: { [c1.id]: 3, [c2.id]: 1 } });
    const v = await getVote(w.blocA.id, YEAR, voteId);
    // 3 of 6 members is not more than half: the vote fails.
    expect(v.result).toMatchObject({ outcome: "FAILED", ballots: { issued: 5, returned: 5, valid: 4, invalid: 1, blank: null } });
    expect(v.minutes!.rows.map((r) => [r.votes, r.pctOfAllMembers])).toEqual([
      [3, "50%"],
      [1, "16,67%"],
    ]);
    expect((await w.db.voteCandidate.findMany({ where: { voteId }, orderBy: { order: "asc" } })).map((c) => c.paperVotes)).toEqual([3, 1]);
    await expectRefused(
      recordPaperCount({ voteId, ballotsIssued: 5, ballotsReturned: 5, ballotsValid: 4, ballotsInvalid: 1, votes: { [c1.id]: 4, [c2.id]: 0 } }),
      "CONFLICT",
    );
  });
});

describe("elections and run-offs", () => {
  beforeEach(() => signInAs(null));

  async function elect(w: Awaited<ReturnType<typeof world>>, kind: "ELECT_HEAD" | "ELECT_DEPUTY", picks: number[]) {
    const voteId = await draftVote(w, { kind, title: kind === "ELECT_HEAD" ? "Bầu Trưởng khối năm 2027" : "Bầu Phó khối năm 2027" });
    signInAs(w.users.CHAIR);
    await openVote({ voteId });
    const cands = await candidatesOf(voteId);
    for (const [i, pick] of picks.entries()) {
      signInAs(w.leaders[i]!);
      await castBallot({ voteId, agencyId: null, choices: [cands[pick]!.id] });
    }
    signInAs(w.users.CHAIR);
    return voteId;
  }

  it("a decided head election creates next year's HEAD term for the winner, in the closing transaction", async () => {
    const w = await world();
    const voteId = await elect(w, "ELECT_HEAD", [1, 1, 1, 1, 0]);
    await closeVote({ voteId });
    const terms = await w.db.officerTerm.findMany({ where: { blocId: w.blocA.id } });
    expect(terms).toHaveLength(1);
    expect(terms[0]).toMatchObject({ role: "HEAD", agencyId: w.agencies[1]!.id, method: "ELECTED" });
    expect(terms[0]!.startsOn.toISOString().slice(0, 10)).toBe(`${YEAR + 1}-01-01`);
    expect(terms[0]!.endsOn.toISOString().slice(0, 10)).toBe(`${YEAR + 1}-12-31`);
    expect(terms[0]!.decisionRef).toContain("Bầu Trưởng khối năm 2027");
    expect(await w.db.auditLog.count({ where: { action: "officer-term.create" } })).toBe(1);
  });

  it("an overlapping term refuses the closing with a Vietnamese message, and nothing changes", async () => {
    const w = await world();
    await w.db.officerTerm.create({
      data: {
        blocId: w.blocA.id,
        agencyId: w.agencies[2]!.id,
        role: "DEPUTY",
        startsOn: new Date(Date.UTC(YEAR + 1, 0, 1)),
        endsOn: new Date(Date.UTC(YEAR + 1, 11, 31)),
        method: "APPOINTED",
      },
    });
    const voteId = await elect(w, "ELECT_DEPUTY", [0, 0, 0, 0, 1]);
    const e = await expectRefused(closeVote({ voteId }), "CONFLICT");
    expect(e.message).toContain("Nhiệm kỳ Phó khối bị trùng với nhiệm kỳ của");
    expect((await w.db.vote.findUniqueOrThrow({ where: { id: voteId } })).status).toBe("OPEN");
    expect(await w.db.officerTerm.count()).toBe(1);
  });

  it("a failed election creates no term; a tie plans a run-off that the chair starts once", async () => {
    const w = await world();
    const failed = await elect(w, "ELECT_HEAD", [0, 0, 1, 1, 1]); // 3 of 6: not more than half
    await closeVote({ voteId: failed });
    expect(await w.db.officerTerm.count()).toBe(0);
    await expectRefused(startRunoff({ voteId: failed }), "INVALID_INPUT");

    const w2 = await world(["PRESENT", "PRESENT", "PRESENT", "PRESENT", "ABSENT", "ABSENT"]);
    const voteId = await draftVote(w2, { thresholdBase: "VALID_BALLOTS", thresholdPct: "40", quorumPct: "50" });
    signInAs(w2.users.CHAIR);
    await openVote({ voteId });
    const cands = await candidatesOf(voteId);
    for (const [i, pick] of [0, 0, 1, 1].entries()) {
      signInAs(w2.leaders[i]!);
      await castBallot({ voteId, agencyId: null, choices: [cands[pick]!.id] });
    }
    signInAs(w2.users.CHAIR);
    await closeVote({ voteId });
    const closed = await getVote(w2.blocA.id, YEAR, voteId);
    expect(closed.result!.outcome).toBe("TIE");
    expect(closed.runoff).toMatchObject({ plan: { round: 2 }, voteId: null });
    signInAs(w2.users.SECRETARY);
    await expectRefused(startRunoff({ voteId }), "FORBIDDEN");
    signInAs(w2.users.CHAIR);
    const { id } = await startRunoff({ voteId });
    await expectRefused(startRunoff({ voteId }), "CONFLICT");
    const runoff = await w2.db.vote.findUniqueOrThrow({ where: { id }, include: { candidates: { orderBy: { order: "asc" } } } });
    expect(runoff).toMatchObject({ round: 2, parentVoteId: voteId, status: "DRAFT", thresholdBase: "VALID_BALLOTS" });
    expect(runoff.candidates.map((c) => c.agencyId)).toEqual([w2.agencies[0]!.id, w2.agencies[1]!.id]);
    expect((await getVote(w2.blocA.id, YEAR, voteId)).runoff?.voteId).toBe(id);
  });
});

describe("closing with counts that no longer match the attendance", () => {
  beforeEach(() => signInAs(null));

  it("is refused (an agency marked absent after it voted) and the vote stays open", async () => {
    const w = await world();
    const voteId = await draftVote(w);
    signInAs(w.users.CHAIR);
    await openVote({ voteId });
    const [c1] = await candidatesOf(voteId);
    for (const leader of w.leaders.slice(0, 5)) {
      signInAs(leader);
      await castBallot({ voteId, agencyId: null, choices: [c1!.id] });
    }
    await w.db.attendance.updateMany({ where: { agencyId: w.agencies[4]!.id }, data: { status: "ABSENT" } });
    signInAs(w.users.CHAIR);
    const e = await expectRefused(closeVote({ voteId }), "CONFLICT");
    expect(e.message).toContain("Số phiếu thu về (5) không được nhiều hơn số phiếu phát ra (4)");
    expect((await w.db.vote.findUniqueOrThrow({ where: { id: voteId } })).status).toBe("OPEN");
  });
});
