import { describe, expect, test } from "vitest";
import { planRegisterChange } from "./agency-change";
import type { AgencyChangeInput, BlocYearMembers, RegisterAgency } from "./agency-change-types";
import { member, BTG, BDV, BTC, base, link } from "./agency-change-fixtures";

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
