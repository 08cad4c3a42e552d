import { beforeEach, describe, expect, it, vi } from "vitest";
import { RecordDecisionInputSchema, decisionFormFields, type RecordDecisionInput } from "@/lib/schemas/decisions";
import { cancelDecision } from "@/lib/server/decisions/cancel-decision";
import { findAwardHistory } from "@/lib/server/decisions/find-award-history";
import { findDecidableNominations } from "@/lib/server/decisions/find-decidable-nominations";
import { recordDecision } from "@/lib/server/decisions/record-decision";
import { signInAs } from "../setup/current-user-stub";
import { expectRefused, world, YEAR, type Who, type World } from "./world";

vi.mock("@/lib/server/auth/current-user", () => import("../setup/current-user-stub"));

function input(w: World, items: RecordDecisionInput["items"], extra: Partial<RecordDecisionInput> = {}): RecordDecisionInput {
  return {
    blocId: w.blocA.id,
    year: YEAR,
    number: "123/QĐ-UBND",
    issuedOn: new Date("2027-03-14T00:00:00Z"),
    signer: "Nguyễn Văn Bình",
    authorityKind: "PROVINCE_CHAIR",
    authorityName: "Chủ tịch UBND tỉnh",
    items,
    ...extra,
  };
}

const approveAll = (w: World): RecordDecisionInput["items"] => [
  { nominationId: w.nBtgFlag.id, outcome: "APPROVED", changedToFormId: null, reason: null },
  { nominationId: w.nPerson.id, outcome: "APPROVED", changedToFormId: null, reason: null },
  { nominationId: w.nBdvMerit.id, outcome: "REJECTED", changedToFormId: null, reason: "Hồ sơ chưa đủ thành tích tiêu biểu." },
];

beforeEach(() => signInAs(null));

describe("recordDecision", () => {
  const OUTCOMES: [Who, string | null][] = [
    ["ADMIN", null],
    ["CHAIR", "FORBIDDEN"],
    ["SECRETARY", "FORBIDDEN"],
    ["OBSERVER", "FORBIDDEN"],
    ["AGENCY_LEADER", "FORBIDDEN"],
    ["AGENCY_OFFICER", "FORBIDDEN"],
    ["OTHER_SECRETARY", "NOT_FOUND"],
    ["OTHER_OFFICER", "NOT_FOUND"],
  ];
  it.each(OUTCOMES)("%s → %s", async (who, refusal) => {
    const w = await world();
    signInAs(w.users[who]);
    const p = recordDecision(input(w, approveAll(w)));
    if (refusal) {
      await expectRefused(p, refusal);
      expect(await w.db.decision.count({ where: { cycleId: w.cycle.id } })).toBe(0);
      return;
    }
    const { id } = await p;
    const d = await w.db.decision.findUniqueOrThrow({ where: { id }, include: { items: true } });
    expect(d).toMatchObject({ number: "123/QĐ-UBND", signer: "Nguyễn Văn Bình", authorityKind: "PROVINCE_CHAIR", cancelledAt: null });
    expect(d.items.map((i) => [i.nominationId, i.outcome, i.agencyId]).sort()).toEqual(
      [
        [w.nBtgFlag.id, "APPROVED", w.btg.id],
        [w.nPerson.id, "APPROVED", w.btg.id],
        [w.nBdvMerit.id, "REJECTED", w.bdv.id],
      ].sort(),
    );
    expect(d.items.find((i) => i.nominationId === w.nPerson.id)?.personName).toBe("Nguyễn Thị Hoa");
    const audit = await w.db.auditLog.findMany({ where: { entity: "Decision", entityId: id } });
    expect(audit.map((a) => [a.action, a.actorId, a.blocId])).toEqual([["decision.record", w.users.ADMIN, w.blocA.id]]);
  });

  it.each<[string, (w: World) => RecordDecisionInput["items"], string]>([
    ["a rejection without a reason", (w) => [{ nominationId: w.nBdvMerit.id, outcome: "REJECTED", changedToFormId: null, reason: "ngắn" }], "reason"],
    ["a change without the new form", (w) => [{ nominationId: w.nBdvMerit.id, outcome: "CHANGED", changedToFormId: null, reason: null }], "changedTo"],
    ["a change to the same form", (w) => [{ nominationId: w.nBdvMerit.id, outcome: "CHANGED", changedToFormId: w.merit.id, reason: null }], "changedTo"],
    [
      "a change to another year's form",
      (w) => [{ nominationId: w.nBdvMerit.id, outcome: "CHANGED", changedToFormId: w.lastMerit.id, reason: null }],
      "changedTo",
    ],
    ["a nomination not sent", (w) => [{ nominationId: w.nBdvProposed.id, outcome: "APPROVED", changedToFormId: null, reason: null }], "outcome"],
    ["another year's nomination", (w) => [{ nominationId: w.nLast.id, outcome: "APPROVED", changedToFormId: null, reason: null }], "outcome"],
  ])("refuses %s and writes nothing, even for the valid items", async (_name, items, field) => {
    const w = await world();
    signInAs(w.users.ADMIN);
    const bad = items(w);
    const e = await expectRefused(
      recordDecision(input(w, [{ nominationId: w.nBtgFlag.id, outcome: "APPROVED", changedToFormId: null, reason: null }, ...bad])),
      "INVALID_INPUT",
    );
    expect(Object.keys(e.fieldErrors ?? {})).toContain(`${field}.${bad[0]!.nominationId}`);
    expect(await w.db.decision.count()).toBe(0);
    expect(await w.db.decisionItem.count()).toBe(0);
    expect(await w.db.auditLog.count({ where: { entity: "Decision" } })).toBe(0);
  });

  it("records a change of form, and refuses to decide a nomination twice until the first decision is cancelled", async () => {
    const w = await world();
    signInAs(w.users.ADMIN);
    const first = await recordDecision(input(w, [{ nominationId: w.nBdvMerit.id, outcome: "CHANGED", changedToFormId: w.flag.id, reason: null }]));
    const e = await expectRefused(
      recordDecision(input(w, [{ nominationId: w.nBdvMerit.id, outcome: "APPROVED", changedToFormId: null, reason: null }], { number: "200/QĐ-UBND" })),
      "INVALID_INPUT",
    );
    expect(e.message).toContain("123/QĐ-UBND");
    expect((await findDecidableNominations(w.blocA.id, YEAR))!.nominations.map((n) => n.id)).not.toContain(w.nBdvMerit.id);
    await cancelDecision({ decisionId: first.id, reason: "Quyết định ban hành nhầm đối tượng.", reference: "QĐ 150/QĐ-UBND" });
    expect((await findDecidableNominations(w.blocA.id, YEAR))!.nominations.map((n) => n.id)).toContain(w.nBdvMerit.id);
    await recordDecision(input(w, [{ nominationId: w.nBdvMerit.id, outcome: "APPROVED", changedToFormId: null, reason: null }], { number: "200/QĐ-UBND" }));
    expect(await w.db.decision.count({ where: { cycleId: w.cycle.id } })).toBe(2);
  });

  it("refuses a number already recorded for the year", async () => {
    const w = await world();
    signInAs(w.users.ADMIN);
    await recordDecision(input(w, [{ nominationId: w.nBtgFlag.id, outcome: "APPROVED", changedToFormId: null, reason: null }]));
    const e = await expectRefused(
      recordDecision(input(w, [{ nominationId: w.nPerson.id, outcome: "APPROVED", changedToFormId: null, reason: null }])),
      "INVALID_INPUT",
    );
    expect(e.fieldErrors?.number).toBeDefined();
  });

  it("the form offers the SENT nominations to council staff only", async () => {
    const w = await world();
    signInAs(w.users.ADMIN);
    const data = await findDecidableNominations(w.blocA.id, YEAR);
    expect(data!.nominations.map((n) => n.name)).toEqual(["Ban Tuyên giáo Tỉnh ủy", "Ban Dân vận Tỉnh ủy", "Nguyễn Thị Hoa (Ban Tuyên giáo Tỉnh ủy)"]);
    expect(data!.forms.map((f) => f.name)).toEqual(["Cờ thi đua của UBND tỉnh", "Bằng khen của Chủ tịch UBND tỉnh", "Bằng khen cá nhân"]);
    signInAs(w.users.CHAIR);
    expect(await findDecidableNominations(w.blocA.id, YEAR)).toBeNull();
  });
});

describe("decision form fields", () => {
  it("keeps the rows with an outcome and the new form only for a change", () => {
    const f = new FormData();
    for (const [k, v] of Object.entries({
      blocId: "b",
      year: "2026",
      number: " 12/QĐ ",
      issuedOn: "2027-03-14",
      signer: "A",
      authorityKind: "PROVINCE_CHAIR",
      authorityName: "UBND tỉnh",
      "outcome.n1": "APPROVED",
      "changedTo.n1": "f9",
      "outcome.n2": "",
      "outcome.n3": "CHANGED",
      "changedTo.n3": "f2",
      "reason.n3": "",
    }))
      f.append(k, v);
    const parsed = RecordDecisionInputSchema.safeParse(decisionFormFields(f));
    expect(parsed.success && parsed.data.items).toEqual([
      { nominationId: "n1", outcome: "APPROVED", changedToFormId: null, reason: null },
      { nominationId: "n3", outcome: "CHANGED", changedToFormId: "f2", reason: null },
    ]);
    expect(parsed.success && parsed.data.number).toBe("12/QĐ");
  });

  it("refuses a decision without any outcome", () => {
    const f = new FormData();
    for (const [k, v] of Object.entries({
      blocId: "b",
      year: "2026",
      number: "1",
      issuedOn: "2027-03-14",
      signer: "A",
      authorityKind: "PROVINCE_CHAIR",
      authorityName: "UBND tỉnh",
    }))
      f.append(k, v);
    const parsed = RecordDecisionInputSchema.safeParse(decisionFormFields(f));
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.path[0])).toContain("items");
  });
});

describe("cancelDecision", () => {
  const OUTCOMES: [Who, string | null][] = [
    ["ADMIN", null],
    ["CHAIR", "FORBIDDEN"],
    ["SECRETARY", "FORBIDDEN"],
    ["OBSERVER", "FORBIDDEN"],
    ["AGENCY_LEADER", "FORBIDDEN"],
    ["OTHER_SECRETARY", "NOT_FOUND"],
    ["OTHER_OFFICER", "NOT_FOUND"],
  ];
  it.each(OUTCOMES)("%s → %s", async (who, refusal) => {
    const w = await world();
    signInAs(w.users.ADMIN);
    const { id } = await recordDecision(input(w, approveAll(w)));
    signInAs(w.users[who]);
    const p = cancelDecision({ decisionId: id, reason: "Quyết định ban hành nhầm đối tượng.", reference: null });
    if (refusal) {
      await expectRefused(p, refusal);
      expect((await w.db.decision.findUniqueOrThrow({ where: { id } })).cancelledAt).toBeNull();
      return;
    }
    await p;
    const d = await w.db.decision.findUniqueOrThrow({ where: { id } });
    expect(d.cancelledAt).not.toBeNull();
    expect(d.cancelReason).toBe("Quyết định ban hành nhầm đối tượng.");
    const audit = await w.db.auditLog.findFirstOrThrow({ where: { entity: "Decision", entityId: id, action: "decision.cancel" } });
    expect(audit.reason).toBe("Quyết định ban hành nhầm đối tượng.");
  });

  it("needs a reason and happens once", async () => {
    const w = await world();
    signInAs(w.users.ADMIN);
    const { id } = await recordDecision(input(w, approveAll(w)));
    await expectRefused(cancelDecision({ decisionId: id, reason: "nhầm", reference: null }), "INVALID_INPUT");
    await cancelDecision({ decisionId: id, reason: "Quyết định ban hành nhầm đối tượng.", reference: "QĐ 9" });
    await expectRefused(cancelDecision({ decisionId: id, reason: "Hủy thêm một lần nữa cho chắc.", reference: null }), "CONFLICT");
    expect(await w.db.auditLog.count({ where: { entityId: id, action: "decision.cancel" } })).toBe(1);
  });
});

describe("findAwardHistory", () => {
  it("shows awards across years, without rejections and cancelled decisions", async () => {
    const w = await world();
    signInAs(w.users.ADMIN);
    await recordDecision(
      input(w, [{ nominationId: w.nLast.id, outcome: "APPROVED", changedToFormId: null, reason: null }], {
        year: YEAR - 1,
        number: "50/QĐ-UBND",
        issuedOn: new Date("2026-03-01T00:00:00Z"),
      }),
    );
    const d2026 = await recordDecision(input(w, approveAll(w)));

    signInAs(w.users.AGENCY_OFFICER);
    let h = await findAwardHistory(w.blocA.id, w.btg.code);
    expect(
      h.years.map((y) => [y.year, y.awards.map((a) => `${a.name} · ${a.recipient.kind === "PERSON" ? a.recipient.name : "cơ quan"} · ${a.decisionNumber}`)]),
    ).toEqual([
      [YEAR, ["Cờ thi đua của UBND tỉnh · cơ quan · 123/QĐ-UBND", "Bằng khen cá nhân · Nguyễn Thị Hoa · 123/QĐ-UBND"]],
      [YEAR - 1, ["Bằng khen của Chủ tịch UBND tỉnh · cơ quan · 50/QĐ-UBND"]],
    ]);
    signInAs(w.users.CHAIR);
    expect((await findAwardHistory(w.blocA.id, w.bdv.code)).years).toEqual([]); // rejected only

    signInAs(w.users.ADMIN);
    await cancelDecision({ decisionId: d2026.id, reason: "Quyết định ban hành nhầm đối tượng.", reference: null });
    signInAs(w.users.AGENCY_LEADER);
    h = await findAwardHistory(w.blocA.id, w.btg.code);
    expect(h.years.map((y) => y.year)).toEqual([YEAR - 1]);
  });

  const READERS: [Who, "btg" | "bdv", string | null][] = [
    ["AGENCY_OFFICER", "btg", null],
    ["AGENCY_OFFICER", "bdv", "FORBIDDEN"],
    ["OTHER_AGENCY_LEADER", "btg", "FORBIDDEN"],
    ["OBSERVER", "btg", "FORBIDDEN"],
    ["SECRETARY", "bdv", null],
    ["CHAIR", "btg", null],
    ["ADMIN", "bdv", null],
    ["OTHER_SECRETARY", "btg", "NOT_FOUND"],
    ["OTHER_OFFICER", "btg", "NOT_FOUND"],
  ];
  it.each(READERS)("%s reading %s → %s", async (who, agency, refusal) => {
    const w = await world();
    signInAs(w.users[who]);
    const p = findAwardHistory(w.blocA.id, w[agency].code);
    if (refusal) await expectRefused(p, refusal);
    else expect((await p).agency.id).toBe(w[agency].id);
  });

  it("is NOT_FOUND for an agency that never was a member", async () => {
    const w = await world();
    signInAs(w.users.ADMIN);
    await expectRefused(findAwardHistory(w.blocA.id, w.outsider.code), "NOT_FOUND");
  });
});

describe("recording the same nomination twice at once", () => {
  it("leaves exactly one standing decision", async () => {
    const w = await world();
    signInAs(w.users.ADMIN);
    const item = [{ nominationId: w.nBtgFlag.id, outcome: "APPROVED" as const, changedToFormId: null, reason: null }];
    const results = await Promise.allSettled([
      recordDecision(input(w, item, { number: "1/QĐ" })),
      recordDecision(input(w, item, { number: "2/QĐ" })),
      recordDecision(input(w, item, { number: "3/QĐ" })),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const r of results) if (r.status === "rejected") expect((r.reason as { code?: string }).code).toBe("INVALID_INPUT");
    expect(await w.db.decisionItem.count({ where: { nominationId: w.nBtgFlag.id } })).toBe(1);
  });
});

describe("findDecisions (the year's outcome is public to the bloc)", () => {
  it.each<[Who, string | null]>([
    ["OBSERVER", null],
    ["AGENCY_OFFICER", null],
    ["OTHER_AGENCY_LEADER", null],
    ["CHAIR", null],
    ["OTHER_SECRETARY", "NOT_FOUND"],
  ])("%s → %s", async (who, refusal) => {
    const { findDecisions } = await import("@/lib/server/awards/find-decisions");
    const w = await world();
    signInAs(w.users.ADMIN);
    const { id } = await recordDecision(input(w, approveAll(w)));
    await cancelDecision({ decisionId: id, reason: "Quyết định ban hành nhầm đối tượng.", reference: "QĐ 9/QĐ-UBND" });
    await recordDecision(input(w, [{ nominationId: w.nBtgFlag.id, outcome: "CHANGED", changedToFormId: w.merit.id, reason: null }], { number: "124/QĐ-UBND" }));
    signInAs(w.users[who]);
    const p = findDecisions(w.blocA.id, YEAR);
    if (refusal) return void (await expectRefused(p, refusal));
    const rows = await p;
    expect(rows.map((d) => [d.number, d.cancelled?.ref ?? null])).toEqual([
      ["123/QĐ-UBND", "QĐ 9/QĐ-UBND"],
      ["124/QĐ-UBND", null],
    ]);
    expect(rows[1]!.items).toMatchObject([
      { agencyId: w.btg.id, agencyCode: w.btg.code, outcome: "CHANGED", changedToFormName: "Bằng khen của Chủ tịch UBND tỉnh" },
    ]);
  });
});
