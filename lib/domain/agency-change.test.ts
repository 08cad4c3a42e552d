import { describe, expect, test } from "vitest";
import { planAgencyChange, planRegisterChange } from "./agency-change";
import type { AgencyChangeInput, BlocYearMembers, ChangeOperation, KnownAgency, MemberSnapshot, RegisterAgency } from "./agency-change-types";

// 2025 in a provincial Party bloc: Ban Tuyên giáo and Ban Dân vận merge on
// 01/03/2025 (docs/domain/legal-basis.md#reorganisation-2025) into Ban Tuyên giáo và Dân vận.
const member = (agencyId: string, name: string, over: Partial<MemberSnapshot> = {}): MemberSnapshot => ({
  agencyId,
  name,
  type: "BAN_DANG",
  joinedOn: null,
  leftOn: null,
  dissolvedOn: null,
  ...over,
});
const BTG = member("btg", "Ban Tuyên giáo");
const BDV = member("bdv", "Ban Dân vận");
const BTC = member("btc", "Ban Tổ chức");
const LATE = member("late", "Báo tỉnh", { type: "BAO", joinedOn: "2025-06-01" });
const LEFT = member("left", "Trường Chính trị", { leftOn: "2025-01-31" });
const members = [BTG, BDV, BTC, LATE, LEFT];
const known: KnownAgency[] = [
  { agencyId: "outside", name: "Ban Nội chính", dissolvedOn: null },
  { agencyId: "gone", name: "Ban cũ", dissolvedOn: "2025-02-01" },
];
const NEW_BTGDV = { newAgency: { name: "Ban Tuyên giáo và Dân vận", shortName: "BTGDV", type: "BAN_DANG" } };
const base: AgencyChangeInput = {
  kind: "MERGER",
  effectiveOn: "2025-03-01",
  predecessorIds: ["btg", "bdv"],
  successors: [NEW_BTGDV],
  decisionRef: "QĐ 983-QĐ/TU",
  note: null,
};
const plan = (over: Partial<AgencyChangeInput>) => planAgencyChange(2025, members, known, { ...base, ...over });
const link = (
  predecessorId: string,
  successor: { existingId: string } | { newIndex: number },
  kind = "MERGER",
  effectiveOn = "2025-03-01",
): ChangeOperation => ({ op: "LINK_LINEAGE", predecessorId, successor, kind: kind as "MERGER", effectiveOn, decisionRef: "QĐ 983-QĐ/TU", note: null });

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

describe("planAgencyChange: refusals", () => {
  const NEW = (name: string, type: string | null = "BAN_DANG") => ({ newAgency: { name, shortName: name, type } });
  test.each<[string, Partial<AgencyChangeInput>, Record<string, string[]>]>([
    [
      "01/01 of the year belongs to the year before",
      { effectiveOn: "2025-01-01" },
      { effectiveOn: ["Thay đổi có hiệu lực từ 01/01/2025 thì các cơ quan cũ là thành viên đến hết năm 2024: hãy ghi nhận ở danh sách thành viên năm 2024."] },
    ],
    [
      "a day in the year before is refused",
      { effectiveOn: "2024-06-01" },
      { effectiveOn: ["Ngày hiệu lực phải trong năm 2025 (hoặc 01/01/2026 nếu thay đổi có hiệu lực từ đầu năm sau)."] },
    ],
    [
      "02/01 of the next year is refused",
      { effectiveOn: "2026-01-02" },
      { effectiveOn: ["Ngày hiệu lực phải trong năm 2025 (hoặc 01/01/2026 nếu thay đổi có hiệu lực từ đầu năm sau)."] },
    ],
    ["a merger of one agency is refused", { predecessorIds: ["btg"] }, { predecessorIds: ["Hợp nhất cần chọn ít nhất hai cơ quan thành viên."] }],
    ["a merger with no successor is refused", { successors: [] }, { successors: ["Hợp nhất cần đúng một cơ quan kế thừa."] }],
    ["a merger with two successors is refused", { successors: [NEW("A"), NEW("B")] }, { successors: ["Hợp nhất cần đúng một cơ quan kế thừa."] }],
    [
      "a split of two agencies is refused",
      { kind: "SPLIT", predecessorIds: ["btg", "bdv"], successors: [NEW("A"), NEW("B")] },
      { predecessorIds: ["Chia tách cần chọn đúng một cơ quan thành viên."] },
    ],
    [
      "a split into one agency is refused",
      { kind: "SPLIT", predecessorIds: ["btc"], successors: [NEW("A")] },
      { successors: ["Chia tách cần ít nhất hai cơ quan sau chia tách."] },
    ],
    [
      "a split into the predecessor itself is refused",
      { kind: "SPLIT", predecessorIds: ["btc"], successors: [NEW("A"), { existingId: "btc" }] },
      { successors: ["Ban Tổ chức không thể vừa là cơ quan bị chia tách vừa là cơ quan sau chia tách."] },
    ],
    [
      "a split into two new agencies with the same name is refused",
      { kind: "SPLIT", predecessorIds: ["btc"], successors: [NEW("Ban A"), NEW("ban a")] },
      { successors: ["Các cơ quan mới phải có tên khác nhau."] },
    ],
    [
      "a split naming the same existing agency twice is refused",
      { kind: "SPLIT", predecessorIds: ["btc"], successors: [{ existingId: "outside" }, { existingId: "outside" }] },
      { successors: ["Ban Nội chính được chọn hai lần."] },
    ],
    [
      "a new agency without a type is refused (except a rename)",
      { successors: [NEW("Ban mới", null)] },
      { successors: ["Vui lòng chọn loại cơ quan cho “Ban mới”."] },
    ],
    [
      "a rename of two agencies is refused",
      { kind: "RENAME", predecessorIds: ["btg", "bdv"], successors: [NEW("Ban mới")] },
      { predecessorIds: ["Đổi tên cần chọn đúng một cơ quan thành viên."] },
    ],
    [
      "a rename to an existing agency is refused",
      { kind: "RENAME", predecessorIds: ["btg"], successors: [{ existingId: "outside" }] },
      { successors: ["Đổi tên cần nhập tên mới của cơ quan."] },
    ],
    [
      "a rename to the same name is refused",
      { kind: "RENAME", predecessorIds: ["btg"], successors: [NEW(" ban tuyên giáo ", null)] },
      { successors: ["Tên mới trùng với tên hiện tại của cơ quan."] },
    ],
    [
      "a predecessor that is not a member is refused",
      { predecessorIds: ["btg", "outside"] },
      { predecessorIds: ["Cơ quan được chọn không thuộc danh sách thành viên năm 2025."] },
    ],
    [
      "a predecessor that already left is refused",
      { predecessorIds: ["btg", "left"] },
      { predecessorIds: ["Trường Chính trị không còn là thành viên của khối vào ngày 28/02/2025 (trước ngày hiệu lực)."] },
    ],
    [
      "a predecessor that joins on the effective day is refused",
      { predecessorIds: ["btg", "late"], effectiveOn: "2025-06-01" },
      { predecessorIds: ["Báo tỉnh không còn là thành viên của khối vào ngày 31/05/2025 (trước ngày hiệu lực)."] },
    ],
    ["an unknown successor is refused", { successors: [{ existingId: "nope" }] }, { successors: ["Không tìm thấy cơ quan kế thừa được chọn."] }],
    [
      "a dissolved successor is refused",
      { successors: [{ existingId: "gone" }] },
      { successors: ["Ban cũ đã giải thể, sáp nhập hoặc đổi tên từ ngày 01/02/2025."] },
    ],
    [
      "a successor that left the bloc before the change is refused",
      { successors: [{ existingId: "left" }] },
      { successors: ["Trường Chính trị đã rời khối ngày 31/01/2025, trước ngày hiệu lực."] },
    ],
  ])("%s", (_name, over, errors) => {
    expect(plan(over)).toEqual({ ok: false, errors });
  });

  test("a predecessor dissolved before the change is refused", () => {
    const r = planAgencyChange(2025, [member("x", "X", { dissolvedOn: "2025-02-01" }), BTG], known, { ...base, predecessorIds: ["x", "btg"] });
    expect(r).toEqual({ ok: false, errors: { predecessorIds: ["X đã giải thể, sáp nhập hoặc đổi tên từ ngày 01/02/2025."] } });
  });

  test("a predecessor already merged on the same day (recorded twice) is refused", () => {
    const merged = { leftOn: "2025-02-28", dissolvedOn: "2025-03-01" };
    const r = planAgencyChange(2025, [member("btg", "Ban Tuyên giáo", merged), member("bdv", "Ban Dân vận", merged)], known, base);
    expect(r).toEqual({
      ok: false,
      errors: {
        predecessorIds: [
          "Ban Tuyên giáo đã giải thể, sáp nhập hoặc đổi tên từ ngày 01/03/2025.",
          "Ban Dân vận đã giải thể, sáp nhập hoặc đổi tên từ ngày 01/03/2025.",
        ],
      },
    });
  });

  test("every error of a bad change is reported at once", () => {
    const r = plan({ effectiveOn: "2024-01-01", predecessorIds: [], successors: [] });
    expect(r.ok ? [] : Object.keys(r.errors).sort()).toEqual(["effectiveOn", "predecessorIds", "successors"]);
  });
});

describe("planAgencyChange: dissolution", () => {
  test("a dissolution ends the membership, dissolves the agency and records a link without successor", () => {
    expect(plan({ kind: "DISSOLUTION", effectiveOn: "2025-09-01", predecessorIds: ["btc"], successors: [] })).toEqual({
      ok: true,
      operations: [
        { op: "END_MEMBERSHIP", agencyId: "btc", leftOn: "2025-08-31" },
        { op: "DISSOLVE_AGENCY", agencyId: "btc", dissolvedOn: "2025-09-01" },
        { op: "LINK_LINEAGE", predecessorId: "btc", successor: null, kind: "DISSOLUTION", effectiveOn: "2025-09-01", decisionRef: "QĐ 983-QĐ/TU", note: null },
      ],
    });
  });

  test("a dissolution with a successor is refused", () => {
    expect(plan({ kind: "DISSOLUTION", predecessorIds: ["btc"], successors: [{ existingId: "outside" }] })).toEqual({
      ok: false,
      errors: { successors: ["Giải thể không có cơ quan kế thừa: hãy ghi nhận hợp nhất hoặc chia tách."] },
    });
  });
});

describe("planRegisterChange: the agency itself, then every bloc it belonged to", () => {
  const reg = (agencyId: string, name: string, over: Partial<RegisterAgency> = {}): RegisterAgency => ({
    agencyId,
    name,
    type: "BAN_DANG",
    establishedOn: null,
    dissolvedOn: null,
    ...over,
  });
  const register = [reg("btg", "Ban Tuyên giáo"), reg("bdv", "Ban Dân vận"), reg("outside", "Ban Nội chính")];
  const blocs: BlocYearMembers[] = [
    { blocId: "A", year: 2025, members: [BTG, BDV, BTC] },
    {
      blocId: "B",
      year: 2025,
      members: [member("bdv", "Ban Dân vận", { leftOn: "2025-01-31" }), member("outside", "Ban Nội chính", { joinedOn: "2025-06-01" })],
    },
  ];

  test("a merger: the agency side once, the membership side per bloc where a predecessor still belonged", () => {
    expect(planRegisterChange(register, blocs, base)).toEqual({
      ok: true,
      agencyOperations: [
        { op: "CREATE_AGENCY", newIndex: 0, name: "Ban Tuyên giáo và Dân vận", shortName: "BTGDV", type: "BAN_DANG", establishedOn: "2025-03-01" },
        { op: "DISSOLVE_AGENCY", agencyId: "btg", dissolvedOn: "2025-03-01" },
        { op: "DISSOLVE_AGENCY", agencyId: "bdv", dissolvedOn: "2025-03-01" },
        link("btg", { newIndex: 0 }),
        link("bdv", { newIndex: 0 }),
      ],
      memberships: [
        {
          blocId: "A",
          year: 2025,
          operations: [
            { op: "END_MEMBERSHIP", agencyId: "btg", leftOn: "2025-02-28" },
            { op: "END_MEMBERSHIP", agencyId: "bdv", leftOn: "2025-02-28" },
            { op: "ADD_MEMBERSHIP", agency: { newIndex: 0 }, joinedOn: "2025-03-01" },
          ],
        },
      ],
    });
  });

  test("an existing successor joining later is moved to the effective day in that bloc", () => {
    const r = planRegisterChange(register, [{ blocId: "B", year: 2025, members: [BDV, member("outside", "Ban Nội chính", { joinedOn: "2025-06-01" })] }], {
      ...base,
      successors: [{ existingId: "outside" }],
    });
    expect(r.ok && r.memberships).toEqual([
      {
        blocId: "B",
        year: 2025,
        operations: [
          { op: "END_MEMBERSHIP", agencyId: "bdv", leftOn: "2025-02-28" },
          { op: "MOVE_JOINED_ON", agencyId: "outside", joinedOn: "2025-03-01" },
        ],
      },
    ]);
  });

  test("a dissolution of an agency in no bloc changes the register only", () => {
    const r = planRegisterChange(register, [], { ...base, kind: "DISSOLUTION", predecessorIds: ["outside"], successors: [] });
    expect(r).toEqual({
      ok: true,
      agencyOperations: [
        { op: "DISSOLVE_AGENCY", agencyId: "outside", dissolvedOn: "2025-03-01" },
        {
          op: "LINK_LINEAGE",
          predecessorId: "outside",
          successor: null,
          kind: "DISSOLUTION",
          effectiveOn: "2025-03-01",
          decisionRef: "QĐ 983-QĐ/TU",
          note: null,
        },
      ],
      memberships: [],
    });
  });

  test.each<[string, RegisterAgency[], Partial<AgencyChangeInput>, Record<string, string[]>]>([
    [
      "an agency already ended (even later)",
      [reg("btg", "Ban Tuyên giáo", { dissolvedOn: "2025-12-01" }), register[1]!],
      {},
      { predecessorIds: ["Ban Tuyên giáo đã giải thể, sáp nhập hoặc đổi tên từ ngày 01/12/2025."] },
    ],
    [
      "a change before the agency was established",
      [reg("btg", "Ban Tuyên giáo", { establishedOn: "2025-03-01" }), register[1]!],
      {},
      { predecessorIds: ["Ban Tuyên giáo thành lập từ ngày 01/03/2025: ngày hiệu lực phải sau ngày đó."] },
    ],
    [
      "an agency out of the register",
      register,
      { predecessorIds: ["btg", "elsewhere"] },
      { predecessorIds: ["Không tìm thấy cơ quan đã chọn trong danh sách cơ quan, đơn vị."] },
    ],
    ["a merger of one agency", register, { predecessorIds: ["btg"] }, { predecessorIds: ["Hợp nhất cần chọn ít nhất hai cơ quan."] }],
    ["a successor out of the register", register, { successors: [{ existingId: "elsewhere" }] }, { successors: ["Không tìm thấy cơ quan kế thừa được chọn."] }],
  ])("refuses %s", (_label, agencies, over, errors) => {
    expect(planRegisterChange(agencies, blocs, { ...base, ...over })).toEqual({ ok: false, errors });
  });
});
