import { describe, expect, test } from "vitest";
import { CAPABILITIES } from "../permissions";
import { ROLES, type RoleName } from "../roles";
import type { Eligibility } from "./eligibility";
import {
  availableActions,
  decideNomination,
  NOMINATION_ACTIONS,
  NOMINATION_ROLES,
  NOMINATION_STATUSES,
  type NominationAction,
  type NominationCommand,
  type NominationStatus,
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
