import { beforeEach, describe, expect, it, vi } from "vitest";
import { DecideObjectionInputSchema } from "@/lib/schemas/objections";
import { ReviewNominationInputSchema } from "@/lib/schemas/awards";
import { reviewNomination } from "@/lib/server/awards/review-nomination";
import { recordDecision } from "@/lib/server/decisions/record-decision";
import { decideObjection } from "@/lib/server/objections/decide-objection";
import { openVote } from "@/lib/server/votes/open-vote";
import { nominationIn, world as awardsWorld } from "../awards/world";
import { world as decisionsWorld, YEAR } from "../decisions/world";
import { entryOf, world as objectionsWorld } from "../objections/world";
import { expectRefused } from "../setup/bloc-world";
import { signInAs } from "../setup/current-user-stub";
import { testDb } from "../setup/db";
import { draftVote, world as votesWorld } from "../votes/world";

vi.mock("@/lib/server/auth/current-user", () => import("../setup/current-user-stub"));

/**
 * The events of the year's end: an objection decided, a vote opened, a nomination answered by the
 * chair, a decision recorded — each tells the agencies concerned, in the same transaction, and a
 * refused action tells nobody. (Registration, sheet and criteria-table events: the tests of
 * those areas and sheet-events.test.ts.)
 */
const db = testDb();
const recipients = async (kind: string) => (await db.notification.findMany({ where: { kind: kind as never } })).map((n) => n.userId).sort();

describe("events that notify", () => {
  beforeEach(() => signInAs(null));

  it("an objection decided: the objecting agency and the agency whose score it is are told the outcome", async () => {
    const w = await objectionsWorld();
    const o = await db.objection.create({ data: { entryId: entryOf(w, "btg", "II.1").id, agencyId: w.bdv.id, reason: "Điểm của BTG chưa đúng" } });
    const decide = () =>
      decideObjection(
        DecideObjectionInputSchema.parse({
          objectionId: o.id,
          decision: "ACCEPT",
          points: "30",
          decisionReason: "Biên bản kiểm tra cho thấy chưa đạt mức tối đa",
        }),
      );
    signInAs(w.users.SECRETARY);
    await expectRefused(decide(), "FORBIDDEN");
    expect(await db.notification.count()).toBe(0);
    signInAs(w.users.CHAIR);
    await decide();
    expect(await recipients("OBJECTION_DECIDED")).toEqual([w.users.AGENCY_LEADER, w.users.AGENCY_OFFICER, w.users.OTHER_AGENCY_LEADER].sort());
    const note = await db.notification.findFirstOrThrow();
    expect(note.message).toBe(
      `Kiến nghị về tiêu chí II.1 trong bảng điểm năm 2026 của ${w.btg.name} được chấp nhận, điểm đã được điều chỉnh. Lý do: Biên bản kiểm tra cho thấy chưa đạt mức tối đa`,
    );
    expect(note.link).toBe(`/khoi/${w.blocA.code}/2026/cham-diem/khieu-nai`);
  });

  it("an electronic vote opened: the leaders of the agencies present are told, not the absent one's", async () => {
    const w = await votesWorld();
    const voteId = await draftVote(w);
    signInAs(w.users.SECRETARY);
    await expectRefused(openVote({ voteId }), "FORBIDDEN");
    expect(await db.notification.count()).toBe(0);
    signInAs(w.users.CHAIR);
    await openVote({ voteId });
    const present = w.leaders.filter((id) => id !== w.users.ABSENT_LEADER);
    expect(await recipients("VOTE_OPENED")).toEqual([...present].sort());
    expect((await db.notification.findFirstOrThrow()).link).toBe(`/khoi/${w.blocA.code}/2026/tong-ket/bo-phieu/${voteId}`);
  });

  it("a paper vote opened tells nobody (it is cast in the room)", async () => {
    const w = await votesWorld();
    const voteId = await draftVote(w, { method: "PAPER" });
    signInAs(w.users.CHAIR);
    await openVote({ voteId });
    expect(await db.notification.count()).toBe(0);
  });

  it.each(["send", "return", "reject"] as const)("a nomination answered (%s): the agency's leader and officer are told", async (decision) => {
    const w = await awardsWorld();
    const n = await nominationIn(w, "PROPOSED");
    const input = ReviewNominationInputSchema.parse({ nominationId: n.id, version: "1", decision, reason: "Thành tích chưa nêu rõ số liệu, đề nghị bổ sung." });
    signInAs(w.users.AGENCY_LEADER);
    await expectRefused(reviewNomination(input), "FORBIDDEN");
    expect(await db.notification.count()).toBe(0);
    signInAs(w.users.CHAIR);
    await reviewNomination(input);
    expect(await recipients("NOMINATION_REVIEWED")).toEqual([w.users.AGENCY_LEADER, w.users.AGENCY_OFFICER].sort());
    const { message } = await db.notification.findFirstOrThrow();
    expect(message).toMatch(
      {
        send: /đã được Trưởng khối gửi lên cấp có thẩm quyền\.$/,
        return: /đã bị trả lại để sửa\. Lý do: /,
        reject: /không được Trưởng khối đề nghị\. Lý do: /,
      }[decision],
    );
  });

  it("a decision recorded: each agency answered is told how many of its nominations were approved", async () => {
    const w = await decisionsWorld();
    const items = [
      { nominationId: w.nBtgFlag.id, outcome: "APPROVED" as const, changedToFormId: null, reason: null },
      { nominationId: w.nPerson.id, outcome: "APPROVED" as const, changedToFormId: null, reason: null },
      { nominationId: w.nBdvMerit.id, outcome: "REJECTED" as const, changedToFormId: null, reason: "Hồ sơ chưa đủ thành tích tiêu biểu." },
    ];
    const input = {
      blocId: w.blocA.id,
      year: YEAR,
      number: "123/QĐ-UBND",
      issuedOn: new Date("2027-03-14T00:00:00Z"),
      signer: "Nguyễn Văn Bình",
      authorityKind: "PROVINCE_CHAIR" as const,
      authorityName: "Chủ tịch UBND tỉnh",
      items,
    };
    signInAs(w.users.CHAIR);
    await expectRefused(recordDecision(input), "FORBIDDEN");
    expect(await db.notification.count()).toBe(0);
    signInAs(w.users.ADMIN);
    await recordDecision(input);
    const notes = await db.notification.findMany({ where: { kind: "DECISION_RECORDED" } });
    const byUser = new Map(notes.map((n) => [n.userId, n.message]));
    expect([...byUser.keys()].sort()).toEqual([w.users.AGENCY_LEADER, w.users.AGENCY_OFFICER, w.users.OTHER_AGENCY_LEADER].sort());
    expect(byUser.get(w.users.AGENCY_LEADER)).toBe(
      "Quyết định khen thưởng số 123/QĐ-UBND ngày 14/03/2027 của Chủ tịch UBND tỉnh đã được ghi nhận: 2/2 đề nghị của cơ quan được khen thưởng.",
    );
    expect(byUser.get(w.users.OTHER_AGENCY_LEADER)).toMatch(/: 0\/1 đề nghị của cơ quan được khen thưởng\.$/);
  });
});
