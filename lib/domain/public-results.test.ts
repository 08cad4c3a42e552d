import { describe, expect, it } from "vitest";
import { publicRows } from "./public-results";
import type { PublicationSnapshot } from "./publication";

describe("publicRows", () => {
  it("keeps the ranking, places, totals and bands, and drops scores, reasons and ids", () => {
    const snapshot = {
      rows: [
        {
          agencyId: "cmx-secret-id",
          agencyName: "Ban Tổ chức",
          shortName: "BTC",
          rank: 1,
          label: "Nhất",
          needsRunoff: false,
          base: 90,
          bonus: 2,
          penalty: 0,
          total: 92,
          bandKey: "XUAT_SAC",
          bandLabel: "Hoàn thành xuất sắc nhiệm vụ",
          bandReason: "lý do nội bộ",
          tieBreakNote: null,
          vetoed: false,
          cells: { c1: { points: 10, status: "OK", vetoed: false } },
          groups: { g1: 50 },
          missingCount: 0,
        },
      ],
    } as unknown as PublicationSnapshot;
    const rows = publicRows(snapshot);
    expect(rows).toEqual([{ rank: 1, place: "Nhất", agencyName: "Ban Tổ chức", total: 92, band: "Hoàn thành xuất sắc nhiệm vụ" }]);
    expect(JSON.stringify(rows)).not.toMatch(/cmx|lý do|cells|groups/);
  });
});
