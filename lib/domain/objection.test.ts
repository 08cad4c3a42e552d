import { describe, expect, it } from "vitest";
import { checkCanObject, decideObjection, type ObjectionDecision, type ScoringMode, type SheetStatus } from "./objection";

describe("checkCanObject", () => {
  it.each<[ScoringMode, SheetStatus, string, boolean, boolean | "CONFLICT"]>([
    ["VERIFICATION", "VERIFIED", "GRADED", false, true],
    ["VERIFICATION", "SUBMITTED", "GRADED", false, false],
    ["VERIFICATION", "DRAFT", "GRADED", false, false],
    ["VERIFICATION", "RETURNED", "GRADED", false, false],
    ["CROSS_SCORING", "SUBMITTED", "YES_NO", false, true],
    ["CROSS_SCORING", "VERIFIED", "YES_NO", false, true],
    ["CROSS_SCORING", "DRAFT", "YES_NO", false, false],
    ["CROSS_SCORING", "RETURNED", "YES_NO", false, false],
    ["VERIFICATION", "VERIFIED", "QUANTITATIVE", false, true],
    ["VERIFICATION", "VERIFIED", "PENALTY", false, true],
    ["VERIFICATION", "VERIFIED", "GATE", false, true],
    ["VERIFICATION", "VERIFIED", "GROUP", false, false],
    ["VERIFICATION", "VERIFIED", "BONUS", true, "CONFLICT"],
  ])("%s, sheet %s, %s, open objection %s → %s", (scoringMode, sheetStatus, criterionType, hasOpenObjection, expected) => {
    const r = checkCanObject({ scoringMode, sheetStatus, criterionType, hasOpenObjection });
    if (expected === true) expect(r).toEqual({ ok: true });
    else expect(r).toMatchObject({ ok: false, code: expected === "CONFLICT" ? "CONFLICT" : "INVALID_INPUT" });
  });
});

describe("decideObjection", () => {
  const graded = { criterionType: "GRADED", minPoints: 0, maxPoints: 40 };
  const quant = { criterionType: "QUANTITATIVE", minPoints: 0, maxPoints: 40 };
  const gate = { criterionType: "GATE", minPoints: 0, maxPoints: 0 };
  const open = { status: "OPEN" as const };

  it.each<[string, { status: "OPEN" | "ACCEPTED" | "REJECTED" }, typeof graded, ObjectionDecision, unknown]>([
    ["reject with a reason", open, graded, { kind: "REJECT", reason: "Không có minh chứng" }, { ok: true, status: "REJECTED", correction: null }],
    [
      "reject without a reason",
      open,
      graded,
      { kind: "REJECT", reason: "  " },
      { ok: false, code: "INVALID_INPUT", fieldErrors: { decisionReason: expect.any(Array) } },
    ],
    ["accept points in range", open, graded, { kind: "ACCEPT", reason: "Đúng", points: 34 }, { ok: true, status: "ACCEPTED", correction: { finalPoints: 34 } }],
    ["accept the maximum", open, graded, { kind: "ACCEPT", reason: "Đúng", points: 40 }, { ok: true, status: "ACCEPTED", correction: { finalPoints: 40 } }],
    ["accept the minimum", open, graded, { kind: "ACCEPT", reason: "Đúng", points: 0 }, { ok: true, status: "ACCEPTED", correction: { finalPoints: 0 } }],
    ["accept above the maximum", open, graded, { kind: "ACCEPT", reason: "Đúng", points: 40.01 }, { ok: false, fieldErrors: { points: expect.any(Array) } }],
    ["accept below the minimum", open, graded, { kind: "ACCEPT", reason: "Đúng", points: -1 }, { ok: false, fieldErrors: { points: expect.any(Array) } }],
    ["accept with 3 decimals", open, graded, { kind: "ACCEPT", reason: "Đúng", points: 1.234 }, { ok: false, fieldErrors: { points: expect.any(Array) } }],
    ["accept without points", open, graded, { kind: "ACCEPT", reason: "Đúng", points: null }, { ok: false, fieldErrors: { points: expect.any(Array) } }],
    ["accept without a reason", open, graded, { kind: "ACCEPT", reason: "", points: 30 }, { ok: false, fieldErrors: { decisionReason: expect.any(Array) } }],
    [
      "accept quantitative inputs",
      open,
      quant,
      { kind: "ACCEPT", reason: "Số liệu đúng", actual: 12, target: 10 },
      { ok: true, status: "ACCEPTED", correction: { verifiedActual: 12, verifiedTarget: 10, finalPoints: null } },
    ],
    [
      "accept quantitative with zero target (no target)",
      open,
      quant,
      { kind: "ACCEPT", reason: "Đúng", actual: 3, target: 0 },
      { ok: true, correction: { verifiedActual: 3, verifiedTarget: 0, finalPoints: null } },
    ],
    [
      "accept quantitative without actual",
      open,
      quant,
      { kind: "ACCEPT", reason: "Đúng", target: 10 },
      { ok: false, fieldErrors: { actual: expect.any(Array) } },
    ],
    [
      "accept quantitative with a negative target",
      open,
      quant,
      { kind: "ACCEPT", reason: "Đúng", actual: 1, target: -1 },
      { ok: false, fieldErrors: { target: expect.any(Array) } },
    ],
    [
      "accept quantitative with points only",
      open,
      quant,
      { kind: "ACCEPT", reason: "Đúng", points: 30 },
      { ok: false, fieldErrors: { actual: expect.any(Array) } },
    ],
    [
      "accept a gate: no violation",
      open,
      gate,
      { kind: "ACCEPT", reason: "Đúng", violation: false },
      { ok: true, status: "ACCEPTED", correction: { verifiedActual: 0 } },
    ],
    ["accept a gate: violation", open, gate, { kind: "ACCEPT", reason: "Đúng", violation: true }, { ok: true, correction: { verifiedActual: 1 } }],
    ["accept a gate without saying", open, gate, { kind: "ACCEPT", reason: "Đúng", points: 0 }, { ok: false, fieldErrors: { violation: expect.any(Array) } }],
    [
      "accept a group",
      open,
      { criterionType: "GROUP", minPoints: 0, maxPoints: 60 },
      { kind: "ACCEPT", reason: "Đúng", points: 50 },
      { ok: false, code: "INVALID_INPUT" },
    ],
    ["decide an accepted objection again", { status: "ACCEPTED" }, graded, { kind: "REJECT", reason: "x" }, { ok: false, code: "CONFLICT" }],
    ["decide a rejected objection again", { status: "REJECTED" }, graded, { kind: "ACCEPT", reason: "x", points: 1 }, { ok: false, code: "CONFLICT" }],
  ])("%s", (_name, objection, entry, decision, expected) => {
    expect(decideObjection(objection, entry, decision)).toMatchObject(expected as object);
  });
});
