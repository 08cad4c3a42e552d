import { describe, expect, test } from "vitest";
import { CAPABILITIES } from "../permissions";
import { ROLES, type RoleName } from "../roles";
import type { Eligibility } from "./eligibility";
import {
  availableActions,
  decideNomination,
  duplicateWarnings,
  NOMINATION_ACTIONS,
  NOMINATION_ROLES,
  NOMINATION_STATUSES,
  type NominationAction,
  type NominationCommand,
  type NominationStatus,
  type NominationSummary,
  normaliseText,
  orderByPriority,
  transition,
} from "./nomination";
import type { QuotaRule } from "./quota";

const ELIGIBLE: Eligibility = { eligible: true, reasons: [], failedGates: [], notes: [] };
const GATED: Eligibility = { eligible: false, reasons: ["Chưa ký giao ước thi đua của khối."], failedGates: ["PLEDGE"], notes: [] };
const CO_TINH: QuotaRule = { name: "Cờ thi đua của UBND tỉnh", quotaKind: "COUNT", quotaValue: 1, quotaRounding: "FLOOR" };

// Written out by hand from the issue ("the chair reviews each nomination"; agencies propose), not derived from the code.
const ROLE_MAY: Record<RoleName, NominationAction[]> = {
  AGENCY_OFFICER: ["save", "propose"],
  AGENCY_LEADER: ["save", "propose"],
  CHAIR: ["send", "return", "reject", "prioritise"],
  SECRETARY: [],
  ADMIN: [],
  COUNCIL_STAFF: [],
  OBSERVER: [],
};

/** state × action → next state, or null when the action does not start there. */
const NEXT: Record<NominationStatus, Record<NominationAction, NominationStatus | null>> = {
  DRAFT: { save: "DRAFT", propose: "PROPOSED", send: null, return: null, reject: null, prioritise: null },
  PROPOSED: { save: null, propose: null, send: "SENT", return: "RETURNED", reject: "REJECTED", prioritise: "PROPOSED" },
  SENT: { save: null, propose: null, send: null, return: null, reject: null, prioritise: "SENT" },
  RETURNED: { save: "RETURNED", propose: "PROPOSED", send: null, return: null, reject: null, prioritise: null },
  REJECTED: { save: null, propose: null, send: null, return: null, reject: null, prioritise: null },
};

function validCommand(action: NominationAction): NominationCommand {
  switch (action) {
    case "save":
      return { action };
    case "propose":
      return { action, eligibility: ELIGIBLE };
    case "send":
      return { action, eligibility: ELIGIBLE, form: CO_TINH, members: 10, alreadySent: 0 };
    case "return":
    case "reject":
      return { action, reason: "Thành tích chưa nêu số liệu cụ thể." };
    case "prioritise":
      return { action, priority: 1 };
  }
}

const cases = ROLES.flatMap((role) => NOMINATION_STATUSES.flatMap((status) => NOMINATION_ACTIONS.map((action) => [role, status, action] as const)));

describe("decideNomination: every role × state × action (own agency)", () => {
  test("covers 7 roles × 5 states × 6 actions", () => expect(cases).toHaveLength(210));

  test.each(cases)("%s, nomination %s, %s", (role, status, action) => {
    const result = decideNomination(status, validCommand(action), { roles: [role], ownAgency: true });
    const next = NEXT[status][action];
    if (!ROLE_MAY[role].includes(action)) expect(result).toMatchObject({ ok: false, code: "FORBIDDEN" });
    else if (next === null) expect(result).toMatchObject({ ok: false, code: "WRONG_STATE" });
    else expect(result).toEqual({ ok: true, to: next });
    if (!result.ok) expect(result.reason).toMatch(/[À-ỹ]/);
  });
});

describe("who may act", () => {
  test.each<[string, RoleName[], boolean, NominationAction, boolean]>([
    ["an officer of another agency may not propose", ["AGENCY_OFFICER"], false, "propose", false],
    ["a leader of another agency may not edit", ["AGENCY_LEADER"], false, "save", false],
    ["the chair reviews any agency's nomination", ["CHAIR"], false, "send", true],
    ["a chair who is also an officer elsewhere still reviews", ["CHAIR", "AGENCY_OFFICER"], false, "reject", true],
    ["… but may not propose for an agency not their own", ["CHAIR", "AGENCY_OFFICER"], false, "propose", false],
    ["nobody (no roles) may do anything", [], true, "save", false],
  ])("%s", (_n, roles, ownAgency, action, allowed) => {
    const r = decideNomination(action === "send" || action === "reject" ? "PROPOSED" : "DRAFT", validCommand(action), { roles, ownAgency });
    expect(r.ok).toBe(allowed);
    if (!allowed) expect(r).toMatchObject({ code: "FORBIDDEN" });
  });

  test("the role table matches the capability map of lib/domain/permissions.ts", () => {
    for (const role of ROLES) {
      const edits = CAPABILITIES[role].includes("nomination:edit:own");
      const reviews = CAPABILITIES[role].includes("nomination:review");
      expect(NOMINATION_ROLES.save.roles.includes(role)).toBe(edits);
      expect(NOMINATION_ROLES.propose.roles.includes(role)).toBe(edits);
      for (const a of ["send", "return", "reject", "prioritise"] as const) expect(NOMINATION_ROLES[a].roles.includes(role)).toBe(reviews);
    }
  });

  test.each<[RoleName, boolean, NominationStatus, NominationAction[]]>([
    ["AGENCY_OFFICER", true, "DRAFT", ["save", "propose"]],
    ["AGENCY_LEADER", true, "RETURNED", ["save", "propose"]],
    ["AGENCY_LEADER", true, "PROPOSED", []],
    ["AGENCY_LEADER", false, "DRAFT", []],
    ["CHAIR", false, "PROPOSED", ["send", "return", "reject", "prioritise"]],
    ["CHAIR", false, "SENT", ["prioritise"]],
    ["CHAIR", false, "DRAFT", []],
    ["CHAIR", false, "REJECTED", []],
    ["SECRETARY", false, "PROPOSED", []],
  ])("availableActions(%s, own %s, %s)", (role, ownAgency, status, expected) => {
    expect(availableActions(status, { roles: [role], ownAgency })).toEqual(expected);
  });
});

describe("transition: content rules", () => {
  test.each<[string, NominationStatus, NominationCommand, string | null]>([
    ["proposing a gated agency is refused with the gates' reasons", "DRAFT", { action: "propose", eligibility: GATED }, "NOT_ELIGIBLE"],
    ["re-proposing after a return needs eligibility too", "RETURNED", { action: "propose", eligibility: GATED }, "NOT_ELIGIBLE"],
    [
      "sending when the agency became gated since is refused",
      "PROPOSED",
      { action: "send", eligibility: GATED, form: CO_TINH, members: 10, alreadySent: 0 },
      "NOT_ELIGIBLE",
    ],
    ["sending within the quota", "PROPOSED", { action: "send", eligibility: ELIGIBLE, form: CO_TINH, members: 10, alreadySent: 0 }, null],
    ["sending beyond the quota is refused", "PROPOSED", { action: "send", eligibility: ELIGIBLE, form: CO_TINH, members: 10, alreadySent: 1 }, "QUOTA"],
    [
      "20% of 15 members: the 4th is refused",
      "PROPOSED",
      {
        action: "send",
        eligibility: ELIGIBLE,
        form: { name: "Cờ", quotaKind: "PERCENT_OF_MEMBERS", quotaValue: "20.00", quotaRounding: "FLOOR" },
        members: 15,
        alreadySent: 3,
      },
      "QUOTA",
    ],
    [
      "20% of 15 members: the 3rd is allowed",
      "PROPOSED",
      {
        action: "send",
        eligibility: ELIGIBLE,
        form: { name: "Cờ", quotaKind: "PERCENT_OF_MEMBERS", quotaValue: "20.00", quotaRounding: "FLOOR" },
        members: 15,
        alreadySent: 2,
      },
      null,
    ],
    ["a return reason of 9 characters is refused", "PROPOSED", { action: "return", reason: "123456789" }, "INVALID"],
    ["a return reason of exactly 10 characters is allowed", "PROPOSED", { action: "return", reason: "1234567890" }, null],
    ["spaces do not count in a rejection reason", "PROPOSED", { action: "reject", reason: "   ngắn    " }, "INVALID"],
    ["an empty rejection reason is refused", "PROPOSED", { action: "reject", reason: "" }, "INVALID"],
    ["priority 0 (not ordered) is allowed", "PROPOSED", { action: "prioritise", priority: 0 }, null],
    ["a negative priority is refused", "PROPOSED", { action: "prioritise", priority: -1 }, "INVALID"],
    ["a fractional priority is refused", "SENT", { action: "prioritise", priority: 1.5 }, "INVALID"],
    ["the state is checked before the quota", "SENT", { action: "send", eligibility: ELIGIBLE, form: CO_TINH, members: 10, alreadySent: 5 }, "WRONG_STATE"],
  ])("%s", (_n, status, command, code) => {
    const r = transition(status, command);
    if (code === null) expect(r.ok).toBe(true);
    else expect(r).toMatchObject({ ok: false, code });
  });

  test("the quota refusal names the form", () => {
    const r = transition("PROPOSED", { action: "send", eligibility: ELIGIBLE, form: CO_TINH, members: 10, alreadySent: 1 });
    expect(!r.ok && r.reason).toContain("Vượt chỉ tiêu của “Cờ thi đua của UBND tỉnh”");
  });

  test("the not-eligible refusal carries the gate reasons", () => {
    const r = transition("DRAFT", { action: "propose", eligibility: GATED });
    expect(!r.ok && r.reason).toBe("Chưa đủ điều kiện để đề nghị: Chưa ký giao ước thi đua của khối.");
  });

  test("a short reason is reported on the reason field", () => {
    expect(transition("PROPOSED", { action: "reject", reason: "x" })).toMatchObject({ field: "reason" });
  });

  test("the role is checked before the state", () => {
    expect(decideNomination("SENT", validCommand("send"), { roles: ["AGENCY_LEADER"], ownAgency: true })).toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("orderByPriority", () => {
  const item = (name: string, priority: number, id = name) => ({ id, name, priority });

  test.each<[string, ReturnType<typeof item>[], string[]]>([
    ["by priority, 1 first", [item("C", 3), item("A", 1), item("B", 2)], ["A", "B", "C"]],
    ["0 (not ordered) comes after every ordered one", [item("A", 0), item("Z", 2)], ["Z", "A"]],
    [
      "ties by Vietnamese name: Ă between A and B, Đ between D and E (code points would put both last)",
      [item("Em", 1), item("Đảng ủy Khối", 1), item("Dân vận", 1), item("Ban", 1), item("Ăn", 1), item("Anh", 1)],
      ["Anh", "Ăn", "Ban", "Dân vận", "Đảng ủy Khối", "Em"],
    ],
    ["tones order names (Ban < Bàn < Bán)", [item("Bán", 0), item("Bàn", 0), item("Ban", 0)], ["Ban", "Bàn", "Bán"]],
    ["numbers in names sort numerically", [item("Chi bộ 10", 0), item("Chi bộ 2", 0)], ["Chi bộ 2", "Chi bộ 10"]],
    ["an empty list stays empty", [], []],
  ])("%s", (_n, items, expected) => {
    expect(orderByPriority(items).map((i) => i.name)).toEqual(expected);
  });

  test("stable: equal priority and name keep their given order", () => {
    const items = [item("Ban Tổ chức", 1, "x"), item("Ban Tổ chức", 1, "y"), item("Ban Tổ chức", 1, "z")];
    expect(orderByPriority(items).map((i) => i.id)).toEqual(["x", "y", "z"]);
    expect(orderByPriority([...items].reverse()).map((i) => i.id)).toEqual(["z", "y", "x"]);
  });

  test("does not mutate its input", () => {
    const items = [item("B", 2), item("A", 1)];
    orderByPriority(items);
    expect(items.map((i) => i.name)).toEqual(["B", "A"]);
  });
});

describe("duplicateWarnings: one achievement, one reward (edge case 23)", () => {
  const FORMS = [
    { code: "CO_CP", prerequisiteCodes: ["TTLDXS"] },
    { code: "CO_TINH", prerequisiteCodes: [] },
    { code: "BK_TINH", prerequisiteCodes: [] },
    { code: "TTLDXS", prerequisiteCodes: [] },
    { code: "BK_TINH_CN", prerequisiteCodes: [] },
  ];
  const NAMES: Record<string, string> = {
    CO_CP: "Cờ thi đua của Chính phủ",
    CO_TINH: "Cờ thi đua của UBND tỉnh",
    BK_TINH: "Bằng khen của Chủ tịch UBND tỉnh",
    TTLDXS: "Tập thể lao động xuất sắc",
    BK_TINH_CN: "Bằng khen của Chủ tịch UBND tỉnh (cá nhân)",
  };
  let seq = 0;
  const nom = (formCode: string, patch: Partial<NominationSummary> = {}): NominationSummary => ({
    id: `n${++seq}`,
    agencyId: "a1",
    agencyName: "Ban Tổ chức Tỉnh ủy",
    formCode,
    formName: NAMES[formCode],
    target: formCode.endsWith("_CN") ? "INDIVIDUAL" : "COLLECTIVE",
    collectiveName: null,
    personName: null,
    achievements: null,
    status: "PROPOSED",
    ...patch,
  });
  const kinds = (list: NominationSummary[]) => duplicateWarnings(list, FORMS).map((w) => [w.kind, w.nominationIds.length]);

  test.each<[string, () => NominationSummary[], [string, number][]]>([
    ["Cờ tỉnh and Bằng khen tỉnh for the same agency → warning", () => [nom("CO_TINH"), nom("BK_TINH")], [["SAME_RECIPIENT", 2]]],
    ["Cờ CP with its prerequisite TTLĐXS → expected, no warning", () => [nom("CO_CP"), nom("TTLDXS")], []],
    ["Cờ CP + TTLĐXS + Bằng khen → all three in one warning", () => [nom("CO_CP"), nom("TTLDXS"), nom("BK_TINH")], [["SAME_RECIPIENT", 3]]],
    ["two agencies, one form each → nothing", () => [nom("CO_TINH"), nom("BK_TINH", { agencyId: "a2", agencyName: "UBKT" })], []],
    ["the agency and its Youth Union are different recipients", () => [nom("CO_TINH"), nom("BK_TINH", { collectiveName: "Đoàn Thanh niên cơ quan" })], []],
    [
      "the same sub-collective twice (name spelled differently) → warning",
      () => [nom("CO_TINH", { collectiveName: "Đoàn Thanh niên" }), nom("BK_TINH", { collectiveName: " đoàn thanh  niên. " })],
      [["SAME_RECIPIENT", 2]],
    ],
    ["a rejected nomination does not count", () => [nom("CO_TINH"), nom("BK_TINH", { status: "REJECTED" })], []],
    ["a draft counts (it may still be proposed)", () => [nom("CO_TINH"), nom("BK_TINH", { status: "DRAFT" })], [["SAME_RECIPIENT", 2]]],
    [
      "the same person of the same agency for two forms → warning",
      () => [nom("BK_TINH_CN", { personName: "Nguyễn Văn An" }), nom("BK_TINH_CN", { personName: "nguyễn văn an" })],
      [["SAME_RECIPIENT", 2]],
    ],
    [
      "namesakes in two agencies are different people",
      () => [nom("BK_TINH_CN", { personName: "Nguyễn Văn An" }), nom("BK_TINH_CN", { personName: "Nguyễn Văn An", agencyId: "a2", agencyName: "UBKT" })],
      [],
    ],
    ["a person and their agency are different recipients", () => [nom("CO_TINH"), nom("BK_TINH_CN", { personName: "Nguyễn Văn An" })], []],
    [
      "the same achievements text (case, spaces and punctuation aside) on two recipients → warning",
      () => [
        nom("CO_TINH", { achievements: "Hoàn thành xuất sắc 100% chỉ tiêu, dẫn đầu phong trào thi đua của khối." }),
        nom("BK_TINH", { agencyId: "a2", agencyName: "UBKT", achievements: "hoàn thành xuất sắc 100% chỉ tiêu; dẫn đầu phong trào thi đua của khối" }),
      ],
      [["SAME_ACHIEVEMENTS", 2]],
    ],
    [
      "a short generic text is not a duplicate",
      () => [nom("CO_TINH", { achievements: "Xuất sắc" }), nom("BK_TINH", { agencyId: "a2", agencyName: "UBKT", achievements: "Xuất sắc" })],
      [],
    ],
    [
      "different texts → nothing",
      () => [
        nom("CO_TINH", { achievements: "Tham mưu ban hành 12 nghị quyết chuyên đề của Tỉnh ủy trong năm." }),
        nom("BK_TINH", { agencyId: "a2", agencyName: "UBKT", achievements: "Kiểm tra 45 tổ chức đảng, kết luận đúng thời hạn quy định." }),
      ],
      [],
    ],
    ["empty list → nothing", () => [], []],
  ])("%s", (_n, build, expected) => {
    expect(kinds(build())).toEqual(expected);
  });

  test("the warning names the recipient and the forms, in Vietnamese", () => {
    const [w] = duplicateWarnings([nom("CO_TINH"), nom("BK_TINH")], FORMS);
    expect(w.message).toBe(
      "Ban Tổ chức Tỉnh ủy được đề nghị cho nhiều hình thức: “Cờ thi đua của UBND tỉnh”, “Bằng khen của Chủ tịch UBND tỉnh”. Một thành tích chỉ được khen một hình thức; kiểm tra lại.",
    );
  });

  test("the same recipient twice for the same form says so", () => {
    const [w] = duplicateWarnings([nom("CO_TINH"), nom("CO_TINH")], FORMS);
    expect(w.message).toBe("Ban Tổ chức Tỉnh ủy được đề nghị hai lần cho “Cờ thi đua của UBND tỉnh”.");
  });

  test("normaliseText: case, punctuation, spaces, composed vs decomposed accents", () => {
    expect(normaliseText("  Hoàn THÀNH,   xuất sắc!  ")).toBe("hoàn thành xuất sắc");
    expect(normaliseText("Hoa\u0300n")).toBe(normaliseText("Hoàn"));
  });
});
