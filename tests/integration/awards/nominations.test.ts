import { beforeEach, describe, expect, it, vi } from "vitest";
import { ProposeNominationInputSchema, ReviewNominationInputSchema, SetPrioritiesInputSchema } from "@/lib/schemas/awards";
import { proposeNomination } from "@/lib/server/awards/propose-nomination";
import { reviewNomination } from "@/lib/server/awards/review-nomination";
import { saveNomination } from "@/lib/server/awards/save-nomination";
import { setPriorities } from "@/lib/server/awards/set-priorities";
import { signInAs } from "../setup/current-user-stub";
import { auditOf, expectRefused, nominationIn, nominationInput, nominationPhase, world, type Who } from "./world";

vi.mock("@/lib/server/auth/current-user", () => import("../setup/current-user-stub"));

const REASON = "Thành tích chưa nêu rõ số liệu, đề nghị bổ sung.";
const review = (nominationId: string, decision: "send" | "return" | "reject", version = 1, reason = REASON) =>
  ReviewNominationInputSchema.parse({ nominationId, version: String(version), decision, reason });
const propose = (nominationId: string, version: number) => ProposeNominationInputSchema.parse({ nominationId, version: String(version) });

describe("saveNomination", () => {
  beforeEach(() => signInAs(null));

  // Drafting BTG's nomination: BTG's leader and officer only.
  const OUTCOMES: [Who, "ok" | "FORBIDDEN" | "NOT_FOUND"][] = [
    ["AGENCY_LEADER", "ok"],
    ["AGENCY_OFFICER", "ok"],
    ["CHAIR", "FORBIDDEN"],
    ["SECRETARY", "FORBIDDEN"],
    ["ADMIN", "FORBIDDEN"],
    ["OBSERVER", "NOT_FOUND"],
    ["OTHER_AGENCY_LEADER", "NOT_FOUND"],
    ["OTHER_CHAIR", "NOT_FOUND"],
    ["OTHER_OFFICER", "NOT_FOUND"],
  ];
  it.each(OUTCOMES)("%s → %s", async (who, outcome) => {
    const w = await world();
    signInAs(w.users[who]);
    if (outcome === "ok") {
      const { id, version } = await saveNomination(nominationInput(w));
      expect(version).toBe(1);
      const n = await w.db.nomination.findUniqueOrThrow({ where: { id } });
      expect(n).toMatchObject({ status: "DRAFT", agencyId: w.btg.id, target: "COLLECTIVE", cycleId: w.cycleA.id });
      expect((await auditOf("Nomination", id)).map((a) => a.action)).toEqual(["nomination.create"]);
    } else {
      await expectRefused(saveNomination(nominationInput(w)), outcome);
      expect(await w.db.nomination.count()).toBe(0);
    }
  });

  it("an individual needs the person's name; the collective fields are cleared for it", async () => {
    const w = await world();
    signInAs(w.users.AGENCY_OFFICER);
    const e = await expectRefused(saveNomination(nominationInput(w, { awardFormId: w.forms.cstd.id })), "INVALID_INPUT");
    expect(e.fieldErrors?.personName).toBeDefined();
    const { id } = await saveNomination(
      nominationInput(w, { awardFormId: w.forms.cstd.id, personName: "Lê Văn Cường", personPosition: "Phó Trưởng ban", collectiveName: "Chi đoàn" }),
    );
    expect(await w.db.nomination.findUniqueOrThrow({ where: { id } })).toMatchObject({
      target: "INDIVIDUAL",
      personName: "Lê Văn Cường",
      personPosition: "Phó Trưởng ban",
      collectiveName: null,
    });
  });

  it("refuses a form of another bloc's catalogue", async () => {
    const w = await world();
    signInAs(w.users.AGENCY_OFFICER);
    const e = await expectRefused(saveNomination(nominationInput(w, { awardFormId: w.forms.otherBloc.id })), "INVALID_INPUT");
    expect(e.fieldErrors?.awardFormId).toBeDefined();
  });

  it("edits by version: a stale version is a conflict; a proposed one cannot be edited", async () => {
    const w = await world();
    signInAs(w.users.AGENCY_OFFICER);
    const { id } = await saveNomination(nominationInput(w));
    const edited = await saveNomination(nominationInput(w, { nominationId: id, version: "1", collectiveName: "Chi bộ Ban Tuyên giáo" }));
    expect(edited.version).toBe(2);
    await expectRefused(saveNomination(nominationInput(w, { nominationId: id, version: "1" })), "CONFLICT");
    await proposeNomination(propose(id, 2));
    await expectRefused(saveNomination(nominationInput(w, { nominationId: id, version: "3" })), "CONFLICT");
    expect((await auditOf("Nomination", id)).map((a) => a.action)).toEqual(["nomination.create", "nomination.update", "nomination.propose"]);
  });

  it("an edit keeps the stored agency whatever the form says", async () => {
    const w = await world();
    signInAs(w.users.AGENCY_OFFICER);
    const { id } = await saveNomination(nominationInput(w));
    await saveNomination(nominationInput(w, { nominationId: id, version: "1", agencyId: w.bnc.id }));
    expect((await w.db.nomination.findUniqueOrThrow({ where: { id } })).agencyId).toBe(w.btg.id);
  });

  it("is refused when the NOMINATION phase is closed", async () => {
    const w = await world();
    await nominationPhase(w.cycleA.id, false);
    signInAs(w.users.AGENCY_LEADER);
    await expectRefused(saveNomination(nominationInput(w)), "PHASE_CLOSED");
    expect(await w.db.nomination.count()).toBe(0);
  });
});

describe("proposeNomination", () => {
  beforeEach(() => signInAs(null));

  const OUTCOMES: [Who, "ok" | "FORBIDDEN" | "NOT_FOUND"][] = [
    ["AGENCY_LEADER", "ok"],
    ["AGENCY_OFFICER", "ok"],
    ["CHAIR", "FORBIDDEN"],
    ["SECRETARY", "FORBIDDEN"],
    ["OBSERVER", "NOT_FOUND"],
    ["OTHER_AGENCY_LEADER", "NOT_FOUND"],
    ["OTHER_CHAIR", "NOT_FOUND"],
  ];
  it.each(OUTCOMES)("%s → %s", async (who, outcome) => {
    const w = await world();
    const n = await nominationIn(w, "DRAFT");
    signInAs(w.users[who]);
    if (outcome === "ok") await proposeNomination(propose(n.id, 1));
    else await expectRefused(proposeNomination(propose(n.id, 1)), outcome);
    expect((await w.db.nomination.findUniqueOrThrow({ where: { id: n.id } })).status).toBe(outcome === "ok" ? "PROPOSED" : "DRAFT");
  });

  it("a gated (vetoed) agency cannot be nominated for a collective form; the message gives the reasons", async () => {
    const w = await world();
    const n = await nominationIn(w, "DRAFT", { agencyId: w.bdv.id });
    signInAs(w.users.OTHER_AGENCY_LEADER);
    const e = await expectRefused(proposeNomination(propose(n.id, 1)), "INVALID_INPUT");
    expect(e.message).toContain("Chưa đủ điều kiện");
    expect(e.message).toContain("điều kiện loại trừ");
    expect((await w.db.nomination.findUniqueOrThrow({ where: { id: n.id } })).status).toBe("DRAFT");
    // The veto does not stop an individual of the same agency.
    const person = await nominationIn(w, "DRAFT", { agencyId: w.bdv.id, awardFormId: w.forms.cstd.id });
    await proposeNomination(propose(person.id, 1));
  });

  it("an individual disciplined at cảnh cáo or above cannot be proposed or sent; a reprimand does not stop them", async () => {
    const w = await world();
    signInAs(w.users.AGENCY_LEADER);
    const warned = await saveNomination(nominationInput(w, { awardFormId: w.forms.cstd.id, personName: "Phạm Văn Dũng", personDiscipline: "CANH_CAO" }));
    expect(await w.db.nomination.findUniqueOrThrow({ where: { id: warned.id } })).toMatchObject({ personDiscipline: "CANH_CAO" });
    const e = await expectRefused(proposeNomination(propose(warned.id, warned.version)), "INVALID_INPUT");
    expect(e.message).toContain("cảnh cáo");
    expect((await w.db.nomination.findUniqueOrThrow({ where: { id: warned.id } })).status).toBe("DRAFT");

    const reprimanded = await saveNomination(nominationInput(w, { awardFormId: w.forms.cstd.id, personName: "Đỗ Thị Lan", personDiscipline: "KHIEN_TRACH" }));
    await proposeNomination(propose(reprimanded.id, reprimanded.version));
    // A discipline recorded after the proposal still stops the chair's send.
    await w.db.nomination.update({ where: { id: reprimanded.id }, data: { personDiscipline: "CACH_CHUC" } });
    signInAs(w.users.CHAIR);
    const sent = await expectRefused(reviewNomination(review(reprimanded.id, "send", reprimanded.version + 1)), "INVALID_INPUT");
    expect(sent.message).toContain("cách chức");
  });

  it("refuses an unknown discipline level, and any level on a collective nomination at the database", async () => {
    const w = await world();
    signInAs(w.users.AGENCY_LEADER);
    expect(() => nominationInput(w, { awardFormId: w.forms.cstd.id, personName: "Phạm Văn Dũng", personDiscipline: "NHAC_NHO" })).toThrow();
    const collective = await nominationIn(w, "DRAFT");
    await expect(w.db.nomination.update({ where: { id: collective.id }, data: { personDiscipline: "CANH_CAO" } })).rejects.toThrow();
  });

  it("the flag needs the band and the prerequisite: BNC (TOT, no TTLĐXS) is refused with both reasons", async () => {
    const w = await world();
    const n = await nominationIn(w, "DRAFT", { agencyId: w.bnc.id, awardFormId: w.forms.flag.id });
    await w.db.roleAssignment.create({ data: { userId: w.users.OTHER_AGENCY_LEADER, role: "AGENCY_LEADER", agencyId: w.bnc.id } });
    signInAs(w.users.OTHER_AGENCY_LEADER);
    const e = await expectRefused(proposeNomination(propose(n.id, 1)), "INVALID_INPUT");
    expect(e.message).toContain("Chưa đạt mức xếp loại");
    expect(e.message).toContain("Tập thể lao động xuất sắc");
  });

  it("without any published result the collective gates fail with 'chưa được công bố'", async () => {
    const w = await world();
    await w.db.resultPublication.deleteMany({ where: { cycleId: w.cycleA.id } });
    const n = await nominationIn(w, "DRAFT");
    signInAs(w.users.AGENCY_LEADER);
    const e = await expectRefused(proposeNomination(propose(n.id, 1)), "INVALID_INPUT");
    expect(e.message).toContain("chưa được công bố");
  });

  it("is refused when the NOMINATION phase is closed", async () => {
    const w = await world();
    const n = await nominationIn(w, "DRAFT");
    await nominationPhase(w.cycleA.id, false);
    signInAs(w.users.AGENCY_LEADER);
    await expectRefused(proposeNomination(propose(n.id, 1)), "PHASE_CLOSED");
  });
});

describe("reviewNomination", () => {
  beforeEach(() => signInAs(null));

  const OUTCOMES: [Who, "ok" | "FORBIDDEN" | "NOT_FOUND"][] = [
    ["CHAIR", "ok"],
    ["SECRETARY", "FORBIDDEN"],
    ["ADMIN", "FORBIDDEN"],
    ["AGENCY_LEADER", "FORBIDDEN"],
    ["AGENCY_OFFICER", "FORBIDDEN"],
    ["OBSERVER", "NOT_FOUND"],
    ["OTHER_AGENCY_LEADER", "NOT_FOUND"],
    ["OTHER_CHAIR", "NOT_FOUND"],
    ["OTHER_OFFICER", "NOT_FOUND"],
  ];
  it.each(OUTCOMES.flatMap(([who, o]) => (["send", "return", "reject"] as const).map((d) => [who, d, o] as const)))(
    "%s, %s → %s",
    async (who, decision, outcome) => {
      const w = await world();
      const n = await nominationIn(w, "PROPOSED");
      signInAs(w.users[who]);
      if (outcome === "ok") await reviewNomination(review(n.id, decision));
      else await expectRefused(reviewNomination(review(n.id, decision)), outcome);
      const expected = outcome !== "ok" ? "PROPOSED" : { send: "SENT", return: "RETURNED", reject: "REJECTED" }[decision];
      expect((await w.db.nomination.findUniqueOrThrow({ where: { id: n.id } })).status).toBe(expected);
    },
  );

  it("enforces the quota when sending, with the form's rounding (50% of 3: FLOOR 1, HALF_UP 2)", async () => {
    const w = await world();
    const a = await nominationIn(w, "PROPOSED", { agencyId: w.btg.id });
    const b = await nominationIn(w, "PROPOSED", { agencyId: w.bnc.id });
    signInAs(w.users.CHAIR);
    await reviewNomination(review(a.id, "send"));
    const e = await expectRefused(reviewNomination(review(b.id, "send")), "CONFLICT");
    expect(e.message).toContain("Vượt chỉ tiêu");
    expect((await w.db.nomination.findUniqueOrThrow({ where: { id: b.id } })).status).toBe("PROPOSED");
    await w.db.awardForm.update({ where: { id: w.forms.ttldxs.id }, data: { quotaRounding: "HALF_UP" } });
    await reviewNomination(review(b.id, "send"));
    expect(await w.db.nomination.count({ where: { awardFormId: w.forms.ttldxs.id, status: "SENT" } })).toBe(2);
  });

  it("rechecks eligibility when sending: a vetoed agency's proposal is not sent", async () => {
    const w = await world();
    const n = await nominationIn(w, "PROPOSED", { agencyId: w.bdv.id });
    signInAs(w.users.CHAIR);
    const e = await expectRefused(reviewNomination(review(n.id, "send")), "INVALID_INPUT");
    expect(e.message).toContain("điều kiện loại trừ");
  });

  it("a return needs a reason; returned, edited and proposed again, then sent — audited before/after", async () => {
    const w = await world();
    signInAs(w.users.AGENCY_LEADER);
    const { id } = await saveNomination(nominationInput(w));
    await proposeNomination(propose(id, 1));
    signInAs(w.users.CHAIR);
    const short = await expectRefused(reviewNomination(review(id, "return", 2, "ngắn")), "INVALID_INPUT");
    expect(short.fieldErrors?.reason).toBeDefined();
    await reviewNomination(review(id, "return", 2));
    expect(await w.db.nomination.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "RETURNED", statusReason: REASON, version: 3 });

    signInAs(w.users.AGENCY_OFFICER);
    await saveNomination(nominationInput(w, { nominationId: id, version: "3", achievements: "Bổ sung số liệu: 100% chỉ tiêu, 12 sáng kiến." }));
    expect((await w.db.nomination.findUniqueOrThrow({ where: { id } })).status).toBe("RETURNED");
    await proposeNomination(propose(id, 4));
    expect(await w.db.nomination.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "PROPOSED", statusReason: null });

    signInAs(w.users.CHAIR);
    await reviewNomination(review(id, "send", 5));
    const audit = await auditOf("Nomination", id);
    expect(audit.map((a) => a.action)).toEqual([
      "nomination.create",
      "nomination.propose",
      "nomination.return",
      "nomination.update",
      "nomination.propose",
      "nomination.send",
    ]);
    const ret = audit[2]!;
    expect(ret.actorId).toBe(w.users.CHAIR);
    expect(ret.reason).toBe(REASON);
    expect(ret.before).toMatchObject({ status: "PROPOSED" });
    expect(ret.after).toMatchObject({ status: "RETURNED", statusReason: REASON });
  });

  it("a stale version and a second answer are conflicts", async () => {
    const w = await world();
    const n = await nominationIn(w, "PROPOSED");
    signInAs(w.users.CHAIR);
    await expectRefused(reviewNomination(review(n.id, "send", 7)), "CONFLICT");
    await reviewNomination(review(n.id, "reject"));
    await expectRefused(reviewNomination(review(n.id, "send", 2)), "CONFLICT");
  });

  it("is refused when the NOMINATION phase is closed", async () => {
    const w = await world();
    const n = await nominationIn(w, "PROPOSED");
    await nominationPhase(w.cycleA.id, false);
    signInAs(w.users.CHAIR);
    await expectRefused(reviewNomination(review(n.id, "send")), "PHASE_CLOSED");
    expect(await auditOf("Nomination", n.id)).toEqual([]);
  });
});

describe("setPriorities", () => {
  beforeEach(() => signInAs(null));
  const input = (awardFormId: string, items: [string, number][]) =>
    SetPrioritiesInputSchema.parse({ awardFormId, items: items.map(([nominationId, priority]) => ({ nominationId, priority: String(priority) })) });

  it.each([
    ["CHAIR", "ok"],
    ["SECRETARY", "FORBIDDEN"],
    ["AGENCY_LEADER", "NOT_FOUND"],
    ["OBSERVER", "NOT_FOUND"],
    ["OTHER_CHAIR", "NOT_FOUND"],
  ] as [Who, string][])("%s → %s", async (who, outcome) => {
    const w = await world();
    const a = await nominationIn(w, "PROPOSED", { agencyId: w.btg.id });
    const b = await nominationIn(w, "SENT", { agencyId: w.bnc.id });
    signInAs(w.users[who]);
    const run = setPriorities(
      input(w.forms.ttldxs.id, [
        [a.id, 2],
        [b.id, 1],
      ]),
    );
    if (outcome === "ok") {
      await run;
      expect((await w.db.nomination.findUniqueOrThrow({ where: { id: a.id } })).priority).toBe(2);
      expect((await w.db.nomination.findUniqueOrThrow({ where: { id: b.id } })).priority).toBe(1);
      const [row] = await auditOf("AwardForm", w.forms.ttldxs.id);
      expect(row).toMatchObject({ action: "nomination.prioritise", actorId: w.users.CHAIR });
    } else {
      await expectRefused(run, outcome);
      expect((await w.db.nomination.findUniqueOrThrow({ where: { id: a.id } })).priority).toBe(0);
    }
  });

  it("only PROPOSED or SENT nominations of that form", async () => {
    const w = await world();
    const draft = await nominationIn(w, "DRAFT");
    const other = await nominationIn(w, "PROPOSED", { awardFormId: w.forms.flag.id });
    signInAs(w.users.CHAIR);
    await expectRefused(setPriorities(input(w.forms.ttldxs.id, [[draft.id, 1]])), "CONFLICT");
    await expectRefused(setPriorities(input(w.forms.ttldxs.id, [[other.id, 1]])), "INVALID_INPUT");
  });
});
