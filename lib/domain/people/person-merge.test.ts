import { describe, expect, it } from "vitest";
import { planPersonMerge, type MergeSide } from "./person-merge";

const side = (over: Partial<MergeSide> = {}): MergeSide => ({ name: "Phạm Thị Hồng", birthYear: null, records: [], periods: [], ...over });
const period = (id: string, fromOn: string | null, toOn: string | null, agencyId = "btg") => ({ id, agencyId, agencyName: `Ban ${agencyId}`, fromOn, toOn });

describe("planPersonMerge", () => {
  it("takes the other's birth year when the kept one has none, and drops a period both have", () => {
    const plan = planPersonMerge(
      side({ records: [{ year: 2023, code: "LDTT", name: "Lao động tiên tiến" }], periods: [period("k1", null, null)] }),
      side({
        birthYear: 1980,
        records: [{ year: 2024, code: "LDTT", name: "Lao động tiên tiến" }],
        periods: [period("o1", null, null), period("o2", null, null, "bdv")],
      }),
    );
    expect(plan).toEqual({ ok: true, birthYear: 1980, dropPeriodIds: ["o1"] });
  });

  it("refuses when both hold the same year and title, naming them", () => {
    const lđtt = { year: 2023, code: "LDTT", name: "Lao động tiên tiến" };
    const plan = planPersonMerge(side({ records: [lđtt, { year: 2022, code: "CSTDCS", name: "Chiến sĩ thi đua cơ sở" }] }), side({ records: [lđtt] }));
    expect(plan).toEqual({ ok: false, message: expect.stringContaining("cả hai hồ sơ đều ghi năm 2023 “Lao động tiên tiến”") });
  });

  it("refuses two different birth years", () => {
    expect(planPersonMerge(side({ birthYear: 1980 }), side({ birthYear: 1981 }))).toMatchObject({
      ok: false,
      message: expect.stringContaining("1980 và 1981"),
    });
    expect(planPersonMerge(side({ birthYear: 1980 }), side({ birthYear: 1980 }))).toMatchObject({ ok: true, birthYear: 1980 });
  });

  it("refuses periods that would overlap once together", () => {
    const plan = planPersonMerge(side({ periods: [period("k1", "2015-01-01", null)] }), side({ periods: [period("o1", "2020-01-01", "2021-12-31", "bdv")] }));
    expect(plan).toEqual({
      ok: false,
      message: expect.stringContaining("tại Ban bdv (01/01/2020 – 31/12/2021) trùng với thời gian tại Ban btg (01/01/2015 – nay)"),
    });
  });
});
