import { describe, expect, it } from "vitest";
import {
  checkLeadingCandidates,
  proposeLeadingCandidates,
  RANKING_VOTE_DEFAULTS,
  type LeadingVoteRecord,
  type RankedUnit,
  type RankingVoteRule,
} from "./ranking-vote";
import { compareWithRanking } from "./ranking-vote-view";
import type { CandidateStatus, TallyOutcome, TallyResult } from "./tally-result";

const unit = (agencyId: string, rank: number, total: number): RankedUnit => ({ agencyId, agencyName: `Sở ${agencyId.toUpperCase()}`, rank, total });
// a 95, b 90, c 90 (tied for 2nd), d 80; e is excluded from the ranking (not in it).
const ROWS = [unit("a", 1, 95), unit("b", 2, 90), unit("c", 2, 90), unit("d", 4, 80)];
const RANKING = { version: 1, rows: ROWS };
const CONFIRM: RankingVoteRule = { mode: "CONFIRM_RANKING", onRejection: "NEXT_RANKED", leaders: 1 };

/** A closed vote's stored tally, only the parts the rule reads. */
function closed(
  title: string,
  candidates: [string, CandidateStatus, number?][],
  outcome: TallyOutcome = "DECIDED",
  extra: Partial<LeadingVoteRecord> = {},
): LeadingVoteRecord {
  const result = {
    outcome,
    runoff: outcome === "TIE" ? { round: 2, candidateIds: [], seats: 1, maxChoices: 1, reason: "" } : null,
    candidates: candidates.map(([agencyId, status, votes], i) => ({
      candidateId: `c-${agencyId}`,
      agencyId,
      label: `Sở ${agencyId.toUpperCase()}`,
      order: i + 1,
      votes: votes ?? 0,
      status,
    })),
  } as unknown as TallyResult;
  return { id: title, title, status: "CLOSED", agencyIds: candidates.map(([a]) => a), result, hasRunoff: false, ...extra };
}

describe("proposeLeadingCandidates", () => {
  it.each<[string, RankingVoteRule, typeof RANKING | null, LeadingVoteRecord[], string[] | string]>([
    ["first vote: the top unit", CONFIRM, RANKING, [], ["a"]],
    ["two leaders, the second place tied: both tied units go in with the first", { ...CONFIRM, leaders: 2 }, RANKING, [], ["a", "b", "c"]],
    ["three leaders: the tie fits the seats exactly", { ...CONFIRM, leaders: 3 }, RANKING, [], ["a", "b", "c"]],
    ["an excluded unit is never proposed", { ...CONFIRM, leaders: 5 }, RANKING, [], ["a", "b", "c", "d"]],
    ["nothing published", CONFIRM, null, [], "NOT_PUBLISHED"],
    ["the top unit rejected: the next-ranked (tied) units", CONFIRM, RANKING, [closed("V1", [["a", "NOT_SELECTED"]], "FAILED")], ["b", "c"]],
    [
      "the next-ranked already voted on: skipped",
      CONFIRM,
      RANKING,
      [
        closed("V1", [["a", "NOT_SELECTED"]], "FAILED"),
        closed(
          "V2",
          [
            ["b", "NOT_SELECTED"],
            ["c", "NOT_SELECTED"],
          ],
          "FAILED",
        ),
      ],
      ["d"],
    ],
    [
      "all rejected",
      CONFIRM,
      RANKING,
      [
        closed(
          "V1",
          [
            ["a", "NOT_SELECTED"],
            ["b", "NOT_SELECTED"],
            ["c", "NOT_SELECTED"],
            ["d", "NOT_SELECTED"],
          ],
          "FAILED",
        ),
      ],
      "NONE_LEFT",
    ],
    [
      "rejected under NONE: the seat stays empty",
      { ...CONFIRM, onRejection: "NONE" },
      RANKING,
      [closed("V1", [["a", "NOT_SELECTED"]], "FAILED")],
      "SEAT_LEFT_EMPTY",
    ],
    ["the top unit confirmed: seats filled", CONFIRM, RANKING, [closed("V1", [["a", "SELECTED"]])], "SEATS_FILLED"],
    [
      "two leaders, one confirmed, one rejected: one seat to the next",
      { ...CONFIRM, leaders: 2 },
      RANKING,
      [
        closed("V1", [
          ["a", "SELECTED"],
          ["b", "NOT_SELECTED"],
          ["c", "NOT_SELECTED"],
        ]),
      ],
      ["d"],
    ],
    ["no quorum decided nothing: the same unit again", CONFIRM, RANKING, [closed("V1", [["a", "NOT_SELECTED"]], "NO_QUORUM")], ["a"]],
    ["a vote still open", CONFIRM, RANKING, [{ id: "V1", title: "V1", status: "OPEN", agencyIds: ["a"], result: null, hasRunoff: false }], "UNFINISHED"],
    [
      "a tie waiting for its run-off",
      { ...CONFIRM, leaders: 2 },
      RANKING,
      [
        closed(
          "V1",
          [
            ["a", "SELECTED"],
            ["b", "TIED"],
            ["c", "TIED"],
          ],
          "TIE",
        ),
      ],
      "RUNOFF_PENDING",
    ],
    [
      "a tie settled by its run-off",
      { ...CONFIRM, leaders: 2 },
      RANKING,
      [
        closed(
          "V1",
          [
            ["a", "SELECTED"],
            ["b", "TIED"],
            ["c", "TIED"],
          ],
          "TIE",
          { hasRunoff: true },
        ),
        closed(
          "V1",
          [
            ["b", "NOT_SELECTED"],
            ["c", "NOT_SELECTED"],
          ],
          "FAILED",
        ),
      ],
      ["d"],
    ],
  ])("%s", (_name, rule, ranking, votes, expected) => {
    const p = proposeLeadingCandidates({ rule, ranking, votes });
    if (typeof expected === "string") {
      expect(p).toMatchObject({ ok: false, code: expected });
      expect(p.ok ? "" : p.message).toMatch(/\S/);
    } else {
      expect(p.ok && p.candidates.map((c) => c.agencyId)).toEqual(expected);
    }
  });

  it("counts the open seats and says whether it follows a rejection", () => {
    expect(proposeLeadingCandidates({ rule: { ...CONFIRM, leaders: 2 }, ranking: RANKING, votes: [] })).toMatchObject({ ok: true, seats: 2, followUp: false });
    expect(proposeLeadingCandidates({ rule: CONFIRM, ranking: RANKING, votes: [closed("V1", [["a", "NOT_SELECTED"]], "FAILED")] })).toMatchObject({
      ok: true,
      seats: 1,
      followUp: true,
    });
  });

  it("defaults to free choice", () => expect(RANKING_VOTE_DEFAULTS.mode).toBe("FREE"));
});

describe("checkLeadingCandidates", () => {
  const proposal = { ok: true as const, candidates: [ROWS[1]!, ROWS[2]!], seats: 1, followUp: true };
  const names = new Map([["d", "Sở D"]]);
  it.each<[string, string[], number, RegExp | null]>([
    ["exactly the proposal, any order", ["c", "b"], 0, null],
    ["a unit outside the proposal", ["b", "c", "d"], 0, /Không thuộc danh sách đề xuất: Sở D\./],
    ["a proposed unit left out", ["b"], 0, /Còn thiếu: Sở C\./],
    ["a person", ["b", "c"], 1, /không có ứng viên cá nhân/],
  ])("%s", (_name, agencyIds, persons, expected) => {
    const refusal = checkLeadingCandidates(proposal, { agencyIds, persons }, names);
    if (expected === null) expect(refusal).toBeNull();
    else {
      expect(refusal).toMatch(expected);
      expect(refusal).toContain("Sở B (hạng 2, 90 điểm); Sở C (hạng 2, 90 điểm)");
    }
  });
});

describe("compareWithRanking", () => {
  const published = { version: 2, rows: ROWS };
  it("puts rank and total beside the votes, and explains a lower-ranked unit confirmed after a rejection", () => {
    const first = closed("V1", [["a", "NOT_SELECTED", 3]], "FAILED");
    const second = closed("V2", [
      ["b", "SELECTED", 7],
      ["c", "NOT_SELECTED", 2],
    ]);
    const view = compareWithRanking(second.result!, published, [first, second])!;
    expect(view.publicationVersion).toBe(2);
    expect(view.lines).toEqual(["Sở B: hạng 2, 90 điểm — 7 phiếu đồng ý — được suy tôn.", "Sở C: hạng 2, 90 điểm — 2 phiếu đồng ý — không được suy tôn."]);
    expect(view.notes).toEqual(["Sở B (hạng 2) được suy tôn vì đơn vị xếp hạng cao hơn Sở A (hạng 1) không được hội nghị tán thành."]);
  });

  it.each<[string, LeadingVoteRecord, string[]]>([
    ["the top unit confirmed: no note", closed("V1", [["a", "SELECTED", 8]]), []],
    ["a unit outside the ranking", closed("V1", [["e", "SELECTED", 8]]), []],
    [
      "a unit confirmed in the same vote above the rejected one: no note",
      closed("V1", [
        ["a", "SELECTED", 8],
        ["d", "NOT_SELECTED", 1],
      ]),
      [],
    ],
  ])("%s", (_name, vote, notes) => expect(compareWithRanking(vote.result!, published, [vote])!.notes).toEqual(notes));

  it("says when a unit is not in the published ranking, and nothing without a ranking", () => {
    const vote = closed("V1", [["e", "NOT_SELECTED", 1]], "NO_QUORUM");
    expect(compareWithRanking(vote.result!, published, [])!.lines).toEqual([
      "Sở E: không có trong bảng xếp hạng đã công bố — 1 phiếu đồng ý — chưa quyết định.",
    ]);
    expect(compareWithRanking(vote.result!, null, [])).toBeNull();
  });
});
