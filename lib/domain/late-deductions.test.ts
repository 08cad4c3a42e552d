import { describe, expect, test } from "vitest";
import { lateDeductions } from "./late-deductions";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("lateDeductions", () => {
  const rows = [
    { agencyId: "a", step: "SELF_SCORING" as const, daysLate: 3, deadline: day("2024-11-30"), points: 1.5 },
    { agencyId: "a", step: "REGISTRATION" as const, daysLate: 1, deadline: day("2024-02-15"), points: { toNumber: () => 2 } },
    { agencyId: "b", step: "SELF_SCORING" as const, daysLate: 2, deadline: day("2024-11-30"), points: 1 },
  ];

  test("one line per late step, registration first, with its reason", () => {
    expect(lateDeductions(rows, [])).toEqual({
      a: [
        { label: "Trừ điểm nộp muộn (1 ngày)", reason: "Nộp đăng ký thi đua muộn 1 ngày so với hạn 15/02/2024", points: 2 },
        { label: "Trừ điểm nộp muộn (3 ngày)", reason: "Nộp bảng tự chấm điểm muộn 3 ngày so với hạn 30/11/2024", points: 1.5 },
      ],
      b: [{ label: "Trừ điểm nộp muộn (2 ngày)", reason: "Nộp bảng tự chấm điểm muộn 2 ngày so với hạn 30/11/2024", points: 1 }],
    });
  });

  test("a waiver removes that agency's line for that step only", () => {
    const out = lateDeductions(rows, [{ agencyId: "a", step: "SELF_SCORING" }]);
    expect(out.a!.map((d) => d.points)).toEqual([2]);
    expect(out.b).toHaveLength(1);
  });

  test("nothing recorded: no deductions", () => {
    expect(lateDeductions([], [{ agencyId: "a", step: "REGISTRATION" }])).toEqual({});
  });
});
