import { beforeEach, describe, expect, it, vi } from "vitest";
import { findNominationBoard } from "@/lib/server/awards/find-nomination-board";
import { getEligibility } from "@/lib/server/awards/get-eligibility";
import { makeCycle } from "../../factories";
import { signInAs } from "../setup/current-user-stub";
import { expectRefused, nominationIn, nominationPhase, world } from "./world";

vi.mock("@/lib/server/auth/current-user", () => import("../setup/current-user-stub"));

describe("getEligibility", () => {
  beforeEach(() => signInAs(null));

  it("every member × every form, in ranking order, with reasons; a gated agency stays listed", async () => {
    const w = await world();
    signInAs(w.users.SECRETARY);
    const view = (await getEligibility(w.blocA.id, 2026))!;
    expect(view.publishedVersion).toBe(1);
    expect(view.forms.map((f) => f.code)).toEqual(["CO_TINH", "TTLDXS", "CSTD"]);
    expect(view.matrix.rows.map((r) => r.name)).toEqual([w.btg.name, w.bdv.name, w.bnc.name]);
    const [btg, bdv, bnc] = view.matrix.rows;
    expect(btg!.byForm[w.forms.ttldxs.id]!.eligible).toBe(true);
    // The flag needs TTLĐXS: held or proposed this year.
    expect(btg!.byForm[w.forms.flag.id]!.eligible).toBe(false);
    expect(bdv!.byForm[w.forms.ttldxs.id]!.failedGates).toEqual(["VETO"]);
    expect(bdv!.byForm[w.forms.cstd.id]!.eligible).toBe(true);
    expect(bnc!.byForm[w.forms.flag.id]!.failedGates).toEqual(["BAND", "PREREQUISITE"]);
    expect(view.matrix.eligibleCount[w.forms.ttldxs.id]).toBe(2);
  });

  it("nothing published: the collective forms fail with 'chưa được công bố', individuals without a band stay open", async () => {
    const w = await world();
    await w.db.resultPublication.deleteMany({ where: { cycleId: w.cycleA.id } });
    signInAs(w.users.CHAIR);
    const view = (await getEligibility(w.blocA.id, 2026))!;
    expect(view.publishedVersion).toBeNull();
    const btg = view.matrix.rows.find((r) => r.agencyId === w.btg.id)!;
    expect(btg.byForm[w.forms.ttldxs.id]!.eligible).toBe(false);
    expect(btg.byForm[w.forms.ttldxs.id]!.reasons[0]).toContain("chưa được công bố");
    expect(btg.byForm[w.forms.cstd.id]!.eligible).toBe(true);
    expect(view.matrix.eligibleCount[w.forms.ttldxs.id]).toBe(0);
  });

  it("a title held from a decision (not cancelled) counts as the prerequisite", async () => {
    const w = await world();
    const decision = await w.db.decision.create({
      data: {
        cycleId: w.cycleA.id,
        number: "123/QĐ-UBND",
        issuedOn: new Date("2026-12-20T00:00:00Z"),
        signer: "Chủ tịch",
        authorityKind: "PROVINCE_CHAIR",
        authorityName: "UBND tỉnh",
      },
    });
    await w.db.decisionItem.create({ data: { decisionId: decision.id, agencyId: w.btg.id, awardFormId: w.forms.ttldxs.id, outcome: "APPROVED" } });
    signInAs(w.users.CHAIR);
    let btg = (await getEligibility(w.blocA.id, 2026))!.matrix.rows[0]!;
    expect(btg.byForm[w.forms.flag.id]!).toMatchObject({ eligible: true, notes: [] });
    await w.db.decision.update({ where: { id: decision.id }, data: { cancelledAt: new Date(), cancelReason: "Ban hành nhầm đối tượng" } });
    btg = (await getEligibility(w.blocA.id, 2026))!.matrix.rows[0]!;
    expect(btg.byForm[w.forms.flag.id]!.failedGates).toEqual(["PREREQUISITE"]);
  });

  it("a prerequisite held years ago counts in any year, but not outside the form's window of recent years", async () => {
    const w = await world();
    const cycle2023 = await makeCycle(w.db, { blocId: w.blocA.id, year: 2023 });
    const ttldxs2023 = await w.db.awardForm.create({
      data: {
        cycleId: cycle2023.id,
        code: "TTLDXS",
        name: "Tập thể lao động xuất sắc",
        target: "COLLECTIVE",
        authorityKind: "PROVINCE_CHAIR",
        authorityName: "UBND tỉnh",
      },
    });
    const decision = await w.db.decision.create({
      data: {
        cycleId: cycle2023.id,
        number: "45/QĐ-UBND",
        issuedOn: new Date("2024-01-20T00:00:00Z"),
        signer: "Chủ tịch",
        authorityKind: "PROVINCE_CHAIR",
        authorityName: "UBND tỉnh",
      },
    });
    await w.db.decisionItem.create({ data: { decisionId: decision.id, agencyId: w.btg.id, awardFormId: ttldxs2023.id, outcome: "APPROVED" } });
    signInAs(w.users.CHAIR);
    const flagOfBtg = async () => (await getEligibility(w.blocA.id, 2026))!.matrix.rows.find((r) => r.agencyId === w.btg.id)!.byForm[w.forms.flag.id]!;
    expect(await flagOfBtg()).toMatchObject({ eligible: true, notes: [] });
    await w.db.awardForm.update({ where: { id: w.forms.flag.id }, data: { prerequisiteWithinYears: 2 } });
    expect(await flagOfBtg()).toMatchObject({
      eligible: false,
      failedGates: ["PREREQUISITE"],
      reasons: ["Chưa có danh hiệu, hình thức là điều kiện trong 2 năm gần nhất (2025–2026): “Tập thể lao động xuất sắc” (chỉ có năm 2023)."],
    });
    await w.db.awardForm.update({ where: { id: w.forms.flag.id }, data: { prerequisiteWithinYears: 4 } });
    expect(await flagOfBtg()).toMatchObject({ eligible: true });
  });

  it("a prerequisite proposed this year counts, with a note", async () => {
    const w = await world();
    await nominationIn(w, "PROPOSED");
    signInAs(w.users.CHAIR);
    const btg = (await getEligibility(w.blocA.id, 2026))!.matrix.rows[0]!;
    expect(btg.byForm[w.forms.flag.id]!.eligible).toBe(true);
    expect(btg.byForm[w.forms.flag.id]!.notes[0]).toContain("đang được đề nghị");
  });

  it("an agency that joined the bloc after 1 July is flagged on every form, not refused", async () => {
    const w = await world();
    await w.db.membership.updateMany({ where: { blocId: w.blocA.id, agencyId: w.bdv.id, year: 2026 }, data: { joinedOn: new Date("2026-08-15T00:00:00Z") } });
    signInAs(w.users.CHAIR);
    const rows = (await getEligibility(w.blocA.id, 2026))!.matrix.rows;
    const bdv = rows.find((r) => r.agencyId === w.bdv.id)!;
    expect(bdv.byForm[w.forms.cstd.id]).toMatchObject({ eligible: true });
    expect(bdv.byForm[w.forms.cstd.id]!.notes).toContain(
      `${w.bdv.name} tham gia khối từ ngày 15/08/2026 (sau 01/07): chưa đủ một năm thi đua trong khối năm 2026.`,
    );
    expect(rows.find((r) => r.agencyId === w.btg.id)!.byForm[w.forms.cstd.id]!.notes).toEqual([]);
  });

  it("an agency user sees only its own row; another bloc is NOT_FOUND", async () => {
    const w = await world();
    signInAs(w.users.AGENCY_OFFICER);
    expect((await getEligibility(w.blocA.id, 2026))!.matrix.rows.map((r) => r.agencyId)).toEqual([w.btg.id]);
    signInAs(w.users.OTHER_CHAIR);
    await expectRefused(getEligibility(w.blocA.id, 2026), "NOT_FOUND");
  });
});

describe("findNominationBoard", () => {
  beforeEach(() => signInAs(null));

  it("the chair sees every agency, by form, with quota, actions and duplicate warnings", async () => {
    const w = await world();
    await nominationIn(w, "PROPOSED", { agencyId: w.btg.id });
    await nominationIn(w, "SENT", { agencyId: w.bnc.id });
    await nominationIn(w, "PROPOSED", { agencyId: w.btg.id, awardFormId: w.forms.cstd.id, personName: "Trần Văn Bình" });
    await nominationIn(w, "PROPOSED", { agencyId: w.btg.id, awardFormId: w.forms.cstd.id, personName: "trần văn bình" });
    signInAs(w.users.CHAIR);
    const board = (await findNominationBoard(w.blocA.id, 2026))!;
    expect(board.scope).toBe("ALL");
    expect(board.canReview).toBe(true);
    const ttldxs = board.forms.find((f) => f.code === "TTLDXS")!;
    expect(ttldxs).toMatchObject({ sent: 1, quotaMax: 1 });
    expect(ttldxs.nominations.find((n) => n.status === "PROPOSED")!.actions).toEqual(["send", "return", "reject", "prioritise"]);
    expect(board.warnings).toHaveLength(1);
    expect(board.warnings[0]!.kind).toBe("SAME_RECIPIENT");
  });

  it("an agency sees only its own nominations, yet the quota counts every sent one", async () => {
    const w = await world();
    await nominationIn(w, "DRAFT", { agencyId: w.btg.id });
    await nominationIn(w, "SENT", { agencyId: w.bnc.id });
    signInAs(w.users.AGENCY_LEADER);
    const board = (await findNominationBoard(w.blocA.id, 2026))!;
    expect(board.scope).toBe("OWN");
    expect(board.ownAgencies.map((a) => a.id)).toEqual([w.btg.id]);
    const ttldxs = board.forms.find((f) => f.code === "TTLDXS")!;
    expect(ttldxs.nominations.map((n) => n.agencyId)).toEqual([w.btg.id]);
    expect(ttldxs.nominations[0]!.actions).toEqual(["save", "propose"]);
    expect(ttldxs.sent).toBe(1);
  });

  it("outside the NOMINATION phase the board is read-only and says why", async () => {
    const w = await world();
    await nominationIn(w, "PROPOSED", { agencyId: w.btg.id });
    await nominationPhase(w.cycleA.id, false);
    signInAs(w.users.CHAIR);
    const board = (await findNominationBoard(w.blocA.id, 2026))!;
    expect(board.phase).toMatchObject({ open: false, reason: expect.stringMatching(/^Giai đoạn “.*” đã kết thúc ngày .*Trưởng khối có thể mở lại/) });
    expect(board.forms.flatMap((f) => f.nominations.map((n) => n.actions))).toEqual([[]]);
  });

  it("an observer sees none; another bloc's user is NOT_FOUND", async () => {
    const w = await world();
    await nominationIn(w, "DRAFT");
    signInAs(w.users.OBSERVER);
    expect((await findNominationBoard(w.blocA.id, 2026))!).toMatchObject({ scope: "NONE", forms: [] });
    signInAs(w.users.OTHER_OFFICER);
    await expectRefused(findNominationBoard(w.blocA.id, 2026), "NOT_FOUND");
  });
});
