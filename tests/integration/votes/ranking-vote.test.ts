import { beforeEach, describe, expect, it, vi } from "vitest";
import { getConferenceMinutes } from "@/lib/server/conference/get-conference-minutes";
import { findVotes } from "@/lib/server/votes/find-votes";
import { getVote } from "@/lib/server/votes/get-vote";
import { openVote } from "@/lib/server/votes/open-vote";
import { recordPaperCount } from "@/lib/server/votes/record-paper-count";
import { saveRankingVoteRule } from "@/lib/server/votes/save-ranking-vote-rule";
import { startNextRankedVote } from "@/lib/server/votes/start-next-ranked-vote";
import { signInAs } from "../setup/current-user-stub";
import { candidatesOf, draftVote, expectRefused, publishRanking, world, YEAR, type Who, type World } from "./world";

vi.mock("@/lib/server/auth/current-user", () => import("../setup/current-user-stub"));

const token = async (w: World) => (await w.db.cycle.findUniqueOrThrow({ where: { id: w.cycle.id }, select: { updatedAt: true } })).updatedAt.toISOString();

async function confirmRule(w: World, onRejection: "NEXT_RANKED" | "NONE" = "NEXT_RANKED") {
  signInAs(w.users.SECRETARY);
  await saveRankingVoteRule({ cycleId: w.cycle.id, updatedAt: await token(w), mode: "CONFIRM_RANKING", onRejection, leaders: 1 });
  signInAs(null);
}

/** Opens a paper leading-unit vote and records `votes[i]` for its i-th candidate (5 ballots). */
async function paperVote(w: World, voteId: string, votes: number[]) {
  signInAs(w.users.CHAIR);
  await openVote({ voteId });
  const cs = await candidatesOf(voteId);
  await recordPaperCount({
    voteId,
    ballotsIssued: 5,
    ballotsReturned: 5,
    ballotsValid: 5,
    ballotsInvalid: 0,
    votes: Object.fromEntries(cs.map((c, i) => [c.id, votes[i] ?? 0])),
  });
}

describe("saveRankingVoteRule", () => {
  beforeEach(() => signInAs(null));

  it.each<[Who, string]>([
    ["SECRETARY", "ok"],
    ["CHAIR", "ok"],
    ["LEADER", "FORBIDDEN"],
    ["OBSERVER", "FORBIDDEN"],
    ["ADMIN", "FORBIDDEN"],
    ["OTHER_SECRETARY", "NOT_FOUND"],
  ])("%s → %s", async (who, expected) => {
    const w = await world();
    signInAs(w.users[who]);
    const save = saveRankingVoteRule({ cycleId: w.cycle.id, updatedAt: await token(w), mode: "CONFIRM_RANKING", onRejection: "NONE", leaders: 2 });
    if (expected === "ok") await save;
    else await expectRefused(save, expected);
    const rules = (await w.db.cycle.findUniqueOrThrow({ where: { id: w.cycle.id } })).rules as Record<string, unknown> | null;
    expect(rules?.rankingVote ?? null).toEqual(expected === "ok" ? { mode: "CONFIRM_RANKING", onRejection: "NONE", leaders: 2 } : null);
  });

  it("audits the change with before and after, keeps the other keys, and refuses a stale page", async () => {
    const w = await world();
    await w.db.cycle.update({ where: { id: w.cycle.id }, data: { rules: { votes: { quorumPct: 50 } } } });
    const stale = await token(w);
    await confirmRule(w);
    const audit = await w.db.auditLog.findFirstOrThrow({ where: { action: "cycle.ranking-vote.update", entityId: w.cycle.id } });
    expect(audit.before).toEqual({ rankingVote: { mode: "FREE", onRejection: "NEXT_RANKED", leaders: 1 } });
    expect(audit.after).toEqual({ rankingVote: { mode: "CONFIRM_RANKING", onRejection: "NEXT_RANKED", leaders: 1 } });
    expect(((await w.db.cycle.findUniqueOrThrow({ where: { id: w.cycle.id } })).rules as Record<string, unknown>).votes).toEqual({ quorumPct: 50 });
    signInAs(w.users.CHAIR);
    await expectRefused(saveRankingVoteRule({ cycleId: w.cycle.id, updatedAt: stale, mode: "FREE", onRejection: "NONE", leaders: 1 }), "CONFLICT");
  });

  it("is locked once a leading-unit vote has been opened", async () => {
    const w = await world();
    const voteId = await draftVote(w);
    signInAs(w.users.CHAIR);
    await openVote({ voteId });
    await expectRefused(
      saveRankingVoteRule({ cycleId: w.cycle.id, updatedAt: await token(w), mode: "CONFIRM_RANKING", onRejection: "NONE", leaders: 1 }),
      "CONFLICT",
    );
  });
});

describe("creating a leading-unit vote under the year's rule", () => {
  beforeEach(() => signInAs(null));

  it("free mode (the default) is unchanged: any members, nothing published", async () => {
    const w = await world();
    const id = await draftVote(w, { candidateAgencyIds: [w.agencies[4]!.id, w.agencies[5]!.id] });
    expect((await candidatesOf(id)).map((c) => c.agencyId)).toEqual([w.agencies[4]!.id, w.agencies[5]!.id]);
  });

  it("confirm mode refuses while no result is published", async () => {
    const w = await world();
    await confirmRule(w);
    const e = await expectRefused(draftVote(w, { candidateAgencyIds: [w.agencies[2]!.id] }), "INVALID_INPUT");
    expect(e.message).toContain("chưa được công bố");
    expect(await w.db.vote.count({ where: { meetingId: w.meeting.id } })).toBe(0);
  });

  it("confirm mode refuses a unit that is not the top one, naming the proposal, and takes the top one", async () => {
    const w = await world();
    await confirmRule(w);
    await publishRanking(w);
    const e = await expectRefused(draftVote(w, { candidateAgencyIds: [w.agencies[0]!.id] }), "INVALID_INPUT");
    expect(e.message).toContain(`${w.agencies[2]!.name} (hạng 1, 95 điểm)`);
    expect(e.message).toContain(`Không thuộc danh sách đề xuất: ${w.agencies[0]!.name}.`);
    signInAs(w.users.CHAIR);
    const overview = await findVotes(w.blocA.id, YEAR);
    expect(overview.rankingVote?.proposal).toMatchObject({ ok: true, candidates: [{ agencyId: w.agencies[2]!.id }] });
    const id = await draftVote(w, { candidateAgencyIds: [w.agencies[2]!.id], maxChoices: "3" });
    expect((await w.db.vote.findUniqueOrThrow({ where: { id } })).maxChoices).toBe(1);
  });
});

describe("a rejection under NEXT_RANKED", () => {
  beforeEach(() => signInAs(null));

  it("offers the next-ranked unit, opens its vote in one step, and shows both in the vote page and the minutes", async () => {
    const w = await world();
    await confirmRule(w);
    await publishRanking(w);
    const first = await draftVote(w, { method: "PAPER", candidateAgencyIds: [w.agencies[2]!.id] });
    await paperVote(w, first, [1]); // 1 of 6 members: rejected

    const page = await getVote(w.blocA.id, YEAR, first);
    expect(page.ranking?.lines[0]).toContain("hạng 1, 95 điểm — 1 phiếu đồng ý — không được suy tôn");
    expect(page.followUp?.proposal).toBe(`${w.agencies[0]!.name} (hạng 2, 90 điểm)`);

    for (const who of ["SECRETARY", "LEADER", "OBSERVER"] as const) {
      signInAs(w.users[who]);
      await expectRefused(startNextRankedVote({ voteId: first }), "FORBIDDEN");
    }
    signInAs(w.users.OTHER_CHAIR);
    await expectRefused(startNextRankedVote({ voteId: first }), "NOT_FOUND");

    signInAs(w.users.CHAIR);
    const { id: next } = await startNextRankedVote({ voteId: first });
    expect((await candidatesOf(next)).map((c) => c.agencyId)).toEqual([w.agencies[0]!.id]);
    const titles = await w.db.vote.findMany({ where: { id: { in: [first, next] } }, select: { id: true, title: true } });
    const titleOf = (id: string) => titles.find((t) => t.id === id)!.title;
    expect(titleOf(next)).toBe(`${titleOf(first)} — đơn vị xếp hạng kế tiếp`);
    expect(await w.db.auditLog.count({ where: { action: "vote.next-ranked", entityId: next } })).toBe(1);
    await expectRefused(startNextRankedVote({ voteId: first }), "CONFLICT");
    expect((await getVote(w.blocA.id, YEAR, first)).followUp).toEqual({ proposal: null, voteId: next, message: null });

    await paperVote(w, next, [5]);
    const confirmed = await getVote(w.blocA.id, YEAR, next);
    expect(confirmed.ranking?.notes).toEqual([
      `${w.agencies[0]!.name} (hạng 2) được suy tôn vì đơn vị xếp hạng cao hơn ${w.agencies[2]!.name} (hạng 1) không được hội nghị tán thành.`,
    ]);
    expect(confirmed.minutes?.sections.map((s) => s.heading)).toContain("III. ĐỐI CHIẾU VỚI KẾT QUẢ CHẤM ĐIỂM");
    const minutes = await getConferenceMinutes(w.blocA.id, YEAR);
    expect(minutes.votes.flatMap((v) => v.ranking)).toContain(confirmed.ranking!.notes[0]);
  });

  it("under NONE the seat stays empty: no follow-up", async () => {
    const w = await world();
    await confirmRule(w, "NONE");
    await publishRanking(w);
    const first = await draftVote(w, { method: "PAPER", candidateAgencyIds: [w.agencies[2]!.id] });
    await paperVote(w, first, [0]);
    expect((await getVote(w.blocA.id, YEAR, first)).followUp?.message).toContain("để trống");
    signInAs(w.users.CHAIR);
    await expectRefused(startNextRankedVote({ voteId: first }), "INVALID_INPUT");
    await expectRefused(draftVote(w, { candidateAgencyIds: [w.agencies[0]!.id] }), "INVALID_INPUT");
  });
});
