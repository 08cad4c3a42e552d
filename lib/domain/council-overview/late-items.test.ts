import { describe, expect, test } from "vitest";
import type { PhaseKey, PhaseWindow } from "../cycle-phase";
import { lateItems, phaseEnd, type BlocYearFacts, type LateItem } from "./late-items";

const TODAY = "2026-06-15";
/** Every phase closed before today, except those listed as open. */
function phases(open: PhaseKey[] = [], reopened: Partial<Record<PhaseKey, string>> = {}): PhaseWindow[] {
  const keys: PhaseKey[] = ["REGISTRATION", "PLEDGE_SIGNING", "SELF_SCORING", "VERIFICATION", "OBJECTION", "CONFERENCE", "NOMINATION"];
  return keys.map((key, i) =>
    open.includes(key)
      ? { key, opensOn: "2026-06-01", closesOn: "2026-06-30" }
      : { key, opensOn: `2026-0${1 + Math.floor(i / 2)}-01`, closesOn: `2026-0${1 + Math.floor(i / 2)}-1${i}`, reopenedUntil: reopened[key] ?? null },
  );
}

function facts(over: Partial<BlocYearFacts> = {}): BlocYearFacts {
  return {
    phases: phases(),
    scoringMode: "VERIFICATION",
    members: [
      { agencyId: "a", joinedOn: null, leftOn: null },
      { agencyId: "b", joinedOn: null, leftOn: null },
    ],
    registrations: new Map([
      ["a", "ACCEPTED"],
      ["b", "SUBMITTED"],
    ]),
    pledge: { signed: true, latestSigners: new Set(["a", "b"]) },
    sheets: new Map([
      ["a", "VERIFIED"],
      ["b", "VERIFIED"],
    ]),
    crossSubmitted: new Map(),
    openObjections: new Map(),
    conferenceRecorded: true,
    nominations: [{ agencyId: "a", status: "SENT" }],
    ...over,
  };
}

const brief = (items: LateItem[]) => items.map((i) => `${i.kind}:${i.agencyId ?? "khối"}`);

describe("lateItems", () => {
  test("a year where everything was done on time has nothing late", () => {
    expect(lateItems(facts(), TODAY)).toEqual([]);
  });

  test.each<[string, Partial<BlocYearFacts>, string[]]>([
    [
      "no registration, a draft and a returned one",
      { registrations: new Map([["b", "RETURNED"]]) },
      ["REGISTRATION_NOT_SUBMITTED:a", "REGISTRATION_NOT_SUBMITTED:b"],
    ],
    ["an unsigned latest version, nothing locked", { pledge: { signed: false, latestSigners: new Set(["a"]) } }, ["PLEDGE_UNSIGNED:b"]],
    [
      "no pledge at all: the bloc and every member",
      { pledge: { signed: false, latestSigners: null } },
      ["PLEDGE_UNSIGNED:khối", "PLEDGE_UNSIGNED:a", "PLEDGE_UNSIGNED:b"],
    ],
    [
      "a missing sheet and a returned one; the returned one is not awaiting verification",
      { sheets: new Map([["b", "RETURNED"]]) },
      ["SELF_SCORING_NOT_SUBMITTED:a", "SELF_SCORING_NOT_SUBMITTED:b"],
    ],
    [
      "a submitted sheet never verified",
      {
        sheets: new Map([
          ["a", "VERIFIED"],
          ["b", "SUBMITTED"],
        ]),
      },
      ["VERIFICATION_PENDING:b"],
    ],
    [
      "cross-scoring: a member who scored nobody",
      {
        scoringMode: "CROSS_SCORING",
        sheets: new Map([
          ["a", "SUBMITTED"],
          ["b", "SUBMITTED"],
        ]),
        crossSubmitted: new Map([["a", 1]]),
      },
      ["VERIFICATION_PENDING:b"],
    ],
    ["an open objection", { openObjections: new Map([["b", 2]]) }, ["OBJECTION_PENDING:b"]],
    ["no conference recorded", { conferenceRecorded: false }, ["CONFERENCE_NOT_RECORDED:khối"]],
    [
      "nothing sent; a draft at the agency and a proposal at the chair",
      {
        nominations: [
          { agencyId: "b", status: "DRAFT" },
          { agencyId: "a", status: "PROPOSED" },
        ],
      },
      ["NOMINATION_NOT_SENT:khối", "NOMINATION_NOT_SENT:a", "NOMINATION_NOT_SENT:b"],
    ],
  ])("%s", (_, over, expected) => {
    expect(brief(lateItems(facts(over), TODAY))).toEqual(expected);
  });

  test("nothing is late while its phase is open or reopened, and the due day is the reopening's end", () => {
    const open = facts({ phases: phases(["REGISTRATION"]), registrations: new Map() });
    expect(lateItems(open, TODAY)).toEqual([]);
    const reopened = facts({ phases: phases([], { REGISTRATION: "2026-06-20" }), registrations: new Map() });
    expect(lateItems(reopened, TODAY)).toEqual([]);
    const after = lateItems(reopened, "2026-06-21");
    expect(after.map((i) => i.dueOn)).toEqual(["2026-06-20", "2026-06-20"]);
  });

  test("a year with no phase scheduled has nothing late", () => {
    expect(lateItems(facts({ phases: [], registrations: new Map(), conferenceRecorded: false }), TODAY)).toEqual([]);
  });

  test("an agency that left before the deadline, or joined after it, is not counted", () => {
    const f = facts({
      members: [
        { agencyId: "a", joinedOn: null, leftOn: "2026-01-05" },
        { agencyId: "b", joinedOn: "2026-05-01", leftOn: null },
      ],
      registrations: new Map(),
    });
    expect(brief(lateItems(f, TODAY)).filter((s) => s.startsWith("REGISTRATION"))).toEqual([]);
  });

  test("phaseEnd: the later of the closing day and the reopening", () => {
    expect(phaseEnd({ key: "REGISTRATION", opensOn: "2026-01-01", closesOn: "2026-01-31", reopenedUntil: "2026-02-10" })).toBe("2026-02-10");
    expect(phaseEnd({ key: "REGISTRATION", opensOn: "2026-01-01", closesOn: "2026-03-31", reopenedUntil: "2026-02-10" })).toBe("2026-03-31");
  });
});
