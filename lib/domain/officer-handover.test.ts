import { describe, expect, test } from "vitest";
import { planHandover, type HeldTerm } from "./officer-handover";

const term = (id: string, role: "HEAD" | "DEPUTY", agencyId: string, startsOn: string, endsOn: string, blocId = "A"): HeldTerm => ({
  id,
  blocId,
  agencyId,
  role,
  startsOn,
  endsOn,
  method: "ELECTED",
  personName: `Người của ${agencyId}`,
});
const gone = (...ids: string[]) => ids.map((agencyId) => ({ agencyId, renamedTo: null }));

describe("planHandover", () => {
  test("the head's agency merges mid-term: its term ends the day before, the deputy's agency acts as head to the term's end", () => {
    const terms = [term("h", "HEAD", "btg", "2025-01-01", "2025-12-31"), term("d", "DEPUTY", "vp", "2025-01-01", "2025-12-31")];
    expect(planHandover(terms, gone("btg", "bdv"), "2025-03-01")).toEqual([
      { op: "END_TERM", termId: "h", blocId: "A", endsOn: "2025-02-28" },
      {
        op: "NEW_TERM",
        blocId: "A",
        agencyId: "vp",
        role: "HEAD",
        method: "ACTING",
        startsOn: "2025-03-01",
        endsOn: "2025-12-31",
        personName: "Người của vp",
        replacesTermId: "h",
      },
    ]);
  });

  test("the acting term stops the day before a head already recorded later in the term", () => {
    const terms = [
      term("h", "HEAD", "btg", "2025-01-01", "2025-12-31"),
      term("d", "DEPUTY", "vp", "2025-01-01", "2025-12-31"),
      term("next", "HEAD", "ubkt", "2025-10-01", "2026-09-30"),
    ];
    expect(planHandover(terms, gone("btg"), "2025-03-01")[1]).toMatchObject({ op: "NEW_TERM", method: "ACTING", endsOn: "2025-09-30" });
  });

  test("the deputy's agency is gone too, or there is no deputy: the terms end and nobody acts", () => {
    const both = [term("h", "HEAD", "btg", "2025-01-01", "2025-12-31"), term("d", "DEPUTY", "bdv", "2025-01-01", "2025-12-31")];
    expect(planHandover(both, gone("btg", "bdv"), "2025-03-01")).toEqual([
      { op: "END_TERM", termId: "h", blocId: "A", endsOn: "2025-02-28" },
      { op: "END_TERM", termId: "d", blocId: "A", endsOn: "2025-02-28" },
    ]);
    expect(planHandover([term("h", "HEAD", "btg", "2025-01-01", "2025-12-31")], gone("btg"), "2025-03-01")).toEqual([
      { op: "END_TERM", termId: "h", blocId: "A", endsOn: "2025-02-28" },
    ]);
  });

  test("only the deputy's agency goes: its term ends, the head stays", () => {
    const terms = [term("h", "HEAD", "btg", "2025-01-01", "2025-12-31"), term("d", "DEPUTY", "vp", "2025-01-01", "2025-12-31")];
    expect(planHandover(terms, gone("vp"), "2025-06-15")).toEqual([{ op: "END_TERM", termId: "d", blocId: "A", endsOn: "2025-06-14" }]);
  });

  test("terms already over, or starting on or after the day, and other agencies' terms are left alone", () => {
    const terms = [
      term("past", "HEAD", "btg", "2024-01-01", "2024-12-31"),
      term("future", "HEAD", "btg", "2025-03-01", "2025-12-31"),
      term("other", "HEAD", "btc", "2025-01-01", "2025-12-31", "B"),
    ];
    expect(planHandover(terms, gone("btg"), "2025-03-01")).toEqual([]);
  });

  test("in each bloc where the agency held a term", () => {
    const terms = [
      term("hA", "HEAD", "btg", "2025-01-01", "2025-12-31", "A"),
      term("dA", "DEPUTY", "vp", "2025-01-01", "2025-12-31", "A"),
      term("dB", "DEPUTY", "btg", "2025-01-01", "2025-12-31", "B"),
    ];
    expect(planHandover(terms, gone("btg"), "2025-03-01").map((o) => `${o.op}:${o.blocId}`)).toEqual(["END_TERM:A", "END_TERM:B", "NEW_TERM:A"]);
  });

  test("a renamed agency keeps its terms under its new record, with their method; nobody acts", () => {
    const terms = [term("h", "HEAD", "btc", "2025-01-01", "2025-12-31"), term("d", "DEPUTY", "vp", "2025-01-01", "2025-12-31")];
    expect(planHandover(terms, [{ agencyId: "btc", renamedTo: "btc2" }], "2025-08-01")).toEqual([
      { op: "END_TERM", termId: "h", blocId: "A", endsOn: "2025-07-31" },
      {
        op: "NEW_TERM",
        blocId: "A",
        agencyId: "btc2",
        role: "HEAD",
        method: "ELECTED",
        startsOn: "2025-08-01",
        endsOn: "2025-12-31",
        personName: "Người của btc",
        replacesTermId: "h",
      },
    ]);
  });
});
