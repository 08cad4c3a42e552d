import { describe, expect, it } from "vitest";
import { DEFAULT_LATE_RULES } from "./late-submission";
import { DEFAULT_RULES } from "./scoring";
import { mergeScoringRules } from "./scoring-rules-settings";
import { RANKING_VOTE_DEFAULTS } from "./voting/ranking-vote";
import { CROSS_SCORING_DEFAULTS, DEFAULT_CONFERENCE_QUORUM_PCT, parseYearRules, scoringRulesOf, VOTE_DEFAULTS } from "./year-rules";

const table = { scale: 100, bonusCap: 5 };
const bands = [
  { key: "A", label: "Loại A", minTotal: 90, minCriterionPct: 80 },
  { key: "B", label: "Loại B", minTotal: 0, minCriterionPct: 0 },
];

const ALL_DEFAULTS = {
  bands: DEFAULT_RULES.bands,
  tieBreak: DEFAULT_RULES.tieBreak,
  crossScoring: CROSS_SCORING_DEFAULTS,
  conference: { quorumPct: DEFAULT_CONFERENCE_QUORUM_PCT },
  votes: VOTE_DEFAULTS,
  lateSubmission: DEFAULT_LATE_RULES,
  rankingVote: RANKING_VOTE_DEFAULTS,
  hasOwnScoring: false,
};

describe("parseYearRules: nothing stored", () => {
  it.each<[string, unknown]>([
    ["null (a cycle without rules)", null],
    ["undefined", undefined],
    ["an empty object", {}],
    ["an array", [1, 2]],
    ["a string", "x"],
    ["a number", 3],
  ])("%s → every default", (_name, stored) => {
    const rules = parseYearRules(stored);
    expect(rules).toEqual(ALL_DEFAULTS);
    expect(rules.bonusCap).toBeUndefined();
  });
});

describe("parseYearRules: scoring (bands, tie-break, bonus cap)", () => {
  it.each<[string, unknown, object]>([
    ["unrelated keys only → defaults, the table's cap", { quorumPct: 50 }, { bands: DEFAULT_RULES.bands, bonusCap: 5 }],
    ["configured bands are used", { bands }, { bands }],
    ["an empty band list falls back", { bands: [] }, { bands: DEFAULT_RULES.bands }],
    ["a malformed band falls back", { bands: [{ key: "A" }] }, { bands: DEFAULT_RULES.bands }],
    ["a configured tie-break order is used", { tieBreak: [{ kind: "HIGHER_BONUS" }] }, { tieBreak: [{ kind: "HIGHER_BONUS" }] }],
    ["an unknown tie-break rule falls back", { tieBreak: [{ kind: "COIN_TOSS" }] }, { tieBreak: DEFAULT_RULES.tieBreak }],
    ["an empty tie-break list is kept (ties go straight to the vote)", { tieBreak: [] }, { tieBreak: [] }],
    ["the year's bonus cap replaces the table's", { bonusCap: 3 }, { bonusCap: 3 }],
    ["an explicit null cap removes it", { bonusCap: null }, { bonusCap: null }],
    ["a negative cap falls back to the table's", { bonusCap: -1 }, { bonusCap: 5 }],
    ["a cap that is not a number falls back to the table's", { bonusCap: "3" }, { bonusCap: 5 }],
  ])("%s", (_name, stored, expected) => {
    expect(scoringRulesOf(parseYearRules(stored), table)).toMatchObject(expected);
  });

  it("always takes the scale from the table", () => {
    expect(scoringRulesOf(parseYearRules({ scale: 10 }), { scale: 1000, bonusCap: null }).scale).toBe(1000);
  });

  it("reads what the scoring rules form saves, other keys kept beside it", () => {
    const saved = mergeScoringRules(
      { bonusCap: 4, votes: { quorumPct: 50 } },
      { bands, tieBreak: [{ kind: "MORE_FULL_MARKS" }, { kind: "GROUP_SCORE", groupCode: "II" }], crossScoring: { spreadThreshold: 2, trimFrom: 3 } },
    );
    const rules = parseYearRules(JSON.parse(JSON.stringify(saved)));
    expect(scoringRulesOf(rules, table)).toEqual({
      scale: 100,
      bonusCap: 4,
      bands,
      tieBreak: [{ kind: "MORE_FULL_MARKS" }, { kind: "GROUP_SCORE", groupCode: "II" }],
    });
    expect(rules.crossScoring).toEqual({ spreadThreshold: 2, trimFrom: 3 });
    expect(rules.votes.quorumPct).toBe(50);
    expect(rules.hasOwnScoring).toBe(true);
  });

  it("strips keys a band does not have", () => {
    expect(parseYearRules({ bands: [{ ...bands[0], colour: "red" }] }).bands).toEqual([bands[0]]);
  });
});

describe("parseYearRules: hasOwnScoring (the year stores a scoring key itself)", () => {
  it.each<[unknown, boolean]>([
    [null, false],
    [{ quorumPct: 50 }, false],
    [{ votes: { quorumPct: 50 }, bonusCap: 8 }, false],
    [{ tieBreak: [], quorumPct: 50 }, true],
    [{ crossScoring: { trimFrom: 3 } }, true],
    // A stored key counts even when it is malformed: the page says the year has its own rules.
    [{ bands: [{ key: "A" }] }, true],
  ])("%j → %s", (stored, own) => expect(parseYearRules(stored).hasOwnScoring).toBe(own));
});

describe("parseYearRules: cross-scoring", () => {
  it.each<[string, unknown, object]>([
    ["absent → never flag, trim from five", {}, { spreadThreshold: null, trimFrom: 5 }],
    ["both set", { crossScoring: { spreadThreshold: 2.5, trimFrom: 3 } }, { spreadThreshold: 2.5, trimFrom: 3 }],
    ["one set, the other defaulted", { crossScoring: { trimFrom: 7 } }, { spreadThreshold: null, trimFrom: 7 }],
    ["explicit null threshold", { crossScoring: { spreadThreshold: null, trimFrom: 7 } }, { spreadThreshold: null, trimFrom: 7 }],
    // Read as one: a malformed value drops both keys to their defaults.
    ["a negative threshold drops both", { crossScoring: { spreadThreshold: -1, trimFrom: 7 } }, { spreadThreshold: null, trimFrom: 5 }],
    ["trimming below three scorers drops both", { crossScoring: { spreadThreshold: 2, trimFrom: 2 } }, { spreadThreshold: null, trimFrom: 5 }],
    ["a fractional trimFrom drops both", { crossScoring: { spreadThreshold: 2, trimFrom: 3.5 } }, { spreadThreshold: null, trimFrom: 5 }],
    ["null crossScoring", { crossScoring: null }, { spreadThreshold: null, trimFrom: 5 }],
  ])("%s", (_name, stored, expected) => expect(parseYearRules(stored).crossScoring).toEqual(expected));
});

// The default is the votes' own quorum (2/3); a year may set another. A vote's quorum set by the
// year does not change the conference's.
describe("parseYearRules: the year-end conference's quorum", () => {
  it.each<[unknown, number]>([
    [null, 66.67],
    [{}, 66.67],
    [{ conference: {} }, 66.67],
    [{ conference: [] }, 66.67],
    [{ conference: { quorumPct: 50 } }, 50],
    [{ conference: { quorumPct: 100 } }, 100],
    [{ conference: { quorumPct: "60" } }, 66.67],
    [{ conference: { quorumPct: 0 } }, 66.67],
    [{ conference: { quorumPct: 101 } }, 66.67],
    [{ votes: { quorumPct: 80 } }, 66.67],
  ])("%j → %d", (stored, pct) => expect(parseYearRules(stored).conference.quorumPct).toBe(pct));
});

describe("parseYearRules: vote defaults", () => {
  it("absent, not an object, or an array → the [I] defaults", () => {
    for (const votes of [undefined, null, 5, "x", [1]]) expect(parseYearRules({ votes }).votes).toEqual(VOTE_DEFAULTS);
  });

  it("takes the year's values key by key (as the integration tests store them)", () => {
    expect(parseYearRules({ votes: { quorumPct: 50, thresholdPct: 60, thresholdBase: "VALID_BALLOTS", tieRule: "NONE" } }).votes).toEqual({
      ...VOTE_DEFAULTS,
      quorumPct: 50,
      thresholdPct: 60,
      thresholdBase: "VALID_BALLOTS",
      tieRule: "NONE",
    });
  });

  it("rounds shares to two decimals and defaults each malformed key on its own", () => {
    expect(
      parseYearRules({ votes: { quorumPct: 200 / 3, thresholdPct: 101, thresholdBase: "HALF", candidateMayVote: "no", maxChoices: 0, tieRule: "TOP_TWO" } })
        .votes,
    ).toEqual({ ...VOTE_DEFAULTS, quorumPct: 66.67, tieRule: "TOP_TWO" });
    expect(parseYearRules({ votes: { quorumPct: -1, maxChoices: 2.5, candidateMayVote: false } }).votes).toEqual({ ...VOTE_DEFAULTS, candidateMayVote: false });
    expect(parseYearRules({ votes: { maxChoices: 3 } }).votes.maxChoices).toBe(3);
  });
});

describe("parseYearRules: shapes stored by seeds and older rows", () => {
  it("the scoring-rules integration world: vote quorum and a year cap, nothing else", () => {
    const rules = parseYearRules({ votes: { quorumPct: 50 }, bonusCap: 8 });
    expect(rules).toMatchObject({ bonusCap: 8, bands: DEFAULT_RULES.bands, hasOwnScoring: false, votes: { ...VOTE_DEFAULTS, quorumPct: 50 } });
  });

  it("the benchmark generator's cross-scoring years", () => {
    expect(parseYearRules(JSON.parse(JSON.stringify({ crossScoring: { spreadThreshold: null, trimFrom: 5 } })))).toEqual({
      ...ALL_DEFAULTS,
      hasOwnScoring: true,
    });
  });

  it("a half-written row: a malformed band list beside a valid tie-break", () => {
    const rules = parseYearRules({ votes: { quorumPct: 50 }, bands: [{ key: "A" }], tieBreak: [] });
    expect(rules.bands).toEqual(DEFAULT_RULES.bands);
    expect(rules.tieBreak).toEqual([]);
  });

  it("never shares the default lists (a caller changing its copy changes no other year)", () => {
    const a = parseYearRules(null);
    a.bands.push({ key: "X", label: "X", minTotal: 0, minCriterionPct: 0 });
    expect(parseYearRules(null).bands).toEqual(DEFAULT_RULES.bands);
  });
});

describe("parseYearRules: late submission, per step", () => {
  const penalty = { mode: "PENALTY", graceDays: 5, kind: "PER_DAY", points: 0.5, maxPoints: 2 };
  it.each<[string, unknown, object]>([
    ["absent → REFUSE for every step", {}, DEFAULT_LATE_RULES],
    ["one step set, the other REFUSE", { lateSubmission: { SELF_SCORING: penalty } }, { REGISTRATION: { mode: "REFUSE" }, SELF_SCORING: penalty }],
    [
      "a missing cap reads as none",
      { lateSubmission: { REGISTRATION: { ...penalty, maxPoints: undefined } } },
      { REGISTRATION: { ...penalty, maxPoints: null }, SELF_SCORING: { mode: "REFUSE" } },
    ],
    [
      "a malformed step falls back to REFUSE alone",
      { lateSubmission: { REGISTRATION: { mode: "PENALTY", graceDays: 0 }, SELF_SCORING: penalty } },
      { REGISTRATION: { mode: "REFUSE" }, SELF_SCORING: penalty },
    ],
    ["an unknown mode is REFUSE", { lateSubmission: { REGISTRATION: { mode: "IGNORE" } } }, DEFAULT_LATE_RULES],
    ["not an object → every default", { lateSubmission: 3 }, DEFAULT_LATE_RULES],
  ])("%s", (_name, stored, expected) => {
    const rules = parseYearRules(stored);
    expect(rules.lateSubmission).toEqual(expected);
    expect(rules.hasOwnScoring).toBe(false);
  });
});

describe("parseYearRules: the leading-unit vote's link to the ranking", () => {
  it.each<[string, unknown, unknown]>([
    ["absent: free choice", undefined, RANKING_VOTE_DEFAULTS],
    ["not an object", "x", RANKING_VOTE_DEFAULTS],
    ["a full rule", { mode: "CONFIRM_RANKING", onRejection: "NONE", leaders: 2 }, { mode: "CONFIRM_RANKING", onRejection: "NONE", leaders: 2 }],
    ["a malformed count keeps the mode", { mode: "CONFIRM_RANKING", leaders: 0 }, { ...RANKING_VOTE_DEFAULTS, mode: "CONFIRM_RANKING" }],
    ["an unknown mode", { mode: "MAYBE", onRejection: "NONE", leaders: 1.5 }, { ...RANKING_VOTE_DEFAULTS, onRejection: "NONE" }],
  ])("%s", (_name, rankingVote, expected) => expect(parseYearRules({ rankingVote }).rankingVote).toEqual(expected));
});
