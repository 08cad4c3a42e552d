import { describe, expect, test } from "vitest";
import { planAgencyChange } from "./agency-change";
import { member, BTG, known, base, plan, link } from "./agency-change-fixtures";

describe("planAgencyChange: the operations", () => {
  test("a merger into a new agency ends both memberships the day before, dissolves them, adds the new one and links both", () => {
    expect(plan({})).toEqual({
      ok: true,
      operations: [
        { op: "CREATE_AGENCY", newIndex: 0, name: "Ban Tuyên giáo và Dân vận", shortName: "BTGDV", type: "BAN_DANG", establishedOn: "2025-03-01" },
        { op: "END_MEMBERSHIP", agencyId: "btg", leftOn: "2025-02-28" },
        { op: "DISSOLVE_AGENCY", agencyId: "btg", dissolvedOn: "2025-03-01" },
        { op: "END_MEMBERSHIP", agencyId: "bdv", leftOn: "2025-02-28" },
        { op: "DISSOLVE_AGENCY", agencyId: "bdv", dissolvedOn: "2025-03-01" },
        { op: "ADD_MEMBERSHIP", agency: { newIndex: 0 }, joinedOn: "2025-03-01" },
        link("btg", { newIndex: 0 }),
        link("bdv", { newIndex: 0 }),
      ],
    });
  });

  test("a merger into an existing agency outside the bloc adds it as a member from the effective day", () => {
    const r = plan({ successors: [{ existingId: "outside" }] });
    expect(r.ok && r.operations.filter((o) => o.op === "ADD_MEMBERSHIP")).toEqual([
      { op: "ADD_MEMBERSHIP", agency: { existingId: "outside" }, joinedOn: "2025-03-01" },
    ]);
    expect(r.ok && r.operations.some((o) => o.op === "CREATE_AGENCY")).toBe(false);
  });

  test("an absorption (sáp nhập): the absorbing member keeps its membership and only the other is linked and dissolved", () => {
    const r = plan({ successors: [{ existingId: "btg" }] });
    expect(r).toEqual({
      ok: true,
      operations: [
        { op: "END_MEMBERSHIP", agencyId: "bdv", leftOn: "2025-02-28" },
        { op: "DISSOLVE_AGENCY", agencyId: "bdv", dissolvedOn: "2025-03-01" },
        link("bdv", { existingId: "btg" }),
      ],
    });
  });

  test("a successor already a member from a later day joins from the effective day instead", () => {
    const r = plan({ predecessorIds: ["btg", "bdv"], successors: [{ existingId: "late" }] });
    expect(r.ok && r.operations.filter((o) => o.op === "MOVE_JOINED_ON" || o.op === "ADD_MEMBERSHIP")).toEqual([
      { op: "MOVE_JOINED_ON", agencyId: "late", joinedOn: "2025-03-01" },
    ]);
  });

  test("a successor already a member for the whole year is left as it is", () => {
    const r = plan({ successors: [{ existingId: "btc" }] });
    expect(r.ok && r.operations.filter((o) => o.op === "MOVE_JOINED_ON" || o.op === "ADD_MEMBERSHIP")).toEqual([]);
    expect(r.ok && r.operations.filter((o) => o.op === "LINK_LINEAGE")).toEqual([link("btg", { existingId: "btc" }), link("bdv", { existingId: "btc" })]);
  });

  test("a split creates each new agency, adds each, and links the predecessor to every successor", () => {
    const r = plan({
      kind: "SPLIT",
      predecessorIds: ["btc"],
      successors: [{ newAgency: { name: "Ban A", shortName: "A", type: "BAN_DANG" } }, { existingId: "outside" }],
    });
    expect(r).toEqual({
      ok: true,
      operations: [
        { op: "CREATE_AGENCY", newIndex: 0, name: "Ban A", shortName: "A", type: "BAN_DANG", establishedOn: "2025-03-01" },
        { op: "END_MEMBERSHIP", agencyId: "btc", leftOn: "2025-02-28" },
        { op: "DISSOLVE_AGENCY", agencyId: "btc", dissolvedOn: "2025-03-01" },
        { op: "ADD_MEMBERSHIP", agency: { newIndex: 0 }, joinedOn: "2025-03-01" },
        { op: "ADD_MEMBERSHIP", agency: { existingId: "outside" }, joinedOn: "2025-03-01" },
        link("btc", { newIndex: 0 }, "SPLIT"),
        link("btc", { existingId: "outside" }, "SPLIT"),
      ],
    });
  });

  test("a rename creates the agency under its new name with the old type", () => {
    const r = plan({
      kind: "RENAME",
      effectiveOn: "2025-07-01",
      predecessorIds: ["late"],
      successors: [{ newAgency: { name: "Báo và Phát thanh tỉnh", shortName: "Báo PT", type: null } }],
    });
    expect(r.ok && r.operations[0]).toEqual({
      op: "CREATE_AGENCY",
      newIndex: 0,
      name: "Báo và Phát thanh tỉnh",
      shortName: "Báo PT",
      type: "BAO",
      establishedOn: "2025-07-01",
    });
  });

  test("a predecessor already leaving later has its leaving day brought forward", () => {
    const r = planAgencyChange(2025, [member("x", "X", { leftOn: "2025-10-31" }), BTG], known, { ...base, predecessorIds: ["x", "btg"] });
    expect(r.ok && r.operations.find((o) => o.op === "END_MEMBERSHIP" && o.agencyId === "x")).toEqual({
      op: "END_MEMBERSHIP",
      agencyId: "x",
      leftOn: "2025-02-28",
    });
  });

  test("a predecessor already leaving on the day before keeps its row unchanged", () => {
    const r = planAgencyChange(2025, [member("x", "X", { leftOn: "2025-02-28" }), BTG], known, { ...base, predecessorIds: ["x", "btg"] });
    expect(r.ok && r.operations.filter((o) => o.op === "END_MEMBERSHIP").map((o) => o.op === "END_MEMBERSHIP" && o.agencyId)).toEqual(["btg"]);
  });

  test("a change effective 01/01 of next year keeps predecessors to 31/12 and adds no successor this year", () => {
    const r = plan({ effectiveOn: "2026-01-01" });
    expect(r.ok && r.operations.map((o) => o.op)).toEqual([
      "CREATE_AGENCY",
      "END_MEMBERSHIP",
      "DISSOLVE_AGENCY",
      "END_MEMBERSHIP",
      "DISSOLVE_AGENCY",
      "LINK_LINEAGE",
      "LINK_LINEAGE",
    ]);
    expect(r.ok && r.operations[1]).toEqual({ op: "END_MEMBERSHIP", agencyId: "btg", leftOn: "2025-12-31" });
  });

  test("a change effective on 31/12 adds the successor for that one day", () => {
    const r = plan({ effectiveOn: "2025-12-31" });
    expect(r.ok && r.operations.find((o) => o.op === "ADD_MEMBERSHIP")).toEqual({ op: "ADD_MEMBERSHIP", agency: { newIndex: 0 }, joinedOn: "2025-12-31" });
  });

  test("a repeated predecessor id counts once", () => {
    expect(plan({ predecessorIds: ["btg", "btg"] })).toEqual({ ok: false, errors: { predecessorIds: ["Hợp nhất cần chọn ít nhất hai cơ quan thành viên."] } });
  });
});
