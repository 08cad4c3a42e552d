import { describe, expect, it } from "vitest";
import type { ResultsRow } from "@/lib/domain/results-view";
import { buildSnapshot, checkPublish, nextPublicationVersion, publicationReasonLabel, readSnapshot, totalsOf } from "./publication";

describe("nextPublicationVersion", () => {
  it.each<[number[], number]>([
    [[], 1],
    [[1], 2],
    [[1, 2, 3], 4],
    [[3, 1, 2], 4],
  ])("%j → %i", (existing, next) => expect(nextPublicationVersion(existing)).toBe(next));
});

describe("checkPublish", () => {
  const open = [{ agencyName: "Ban Dân vận", criterionCode: "I.1" }];
  const draft = [{ agencyName: "Ban Tổ chức", reason: "Chưa nộp bảng tự chấm" }];
  it.each<[string, Parameters<typeof checkPublish>[0], unknown]>([
    ["first version without a reason", { version: 1, reason: null, openObjections: [], resultsReady: true, excluded: [] }, { ok: true }],
    ["first version with a reason", { version: 1, reason: "Hội nghị", openObjections: [], resultsReady: true, excluded: [] }, { ok: true }],
    ["correction with a reason", { version: 2, reason: "Đính chính điểm I.1", openObjections: [], resultsReady: true, excluded: [] }, { ok: true }],
    ["correction without a reason", { version: 2, reason: null, openObjections: [], resultsReady: true, excluded: [] }, { ok: false, field: "reason" }],
    ["correction with a blank reason", { version: 3, reason: "   ", openObjections: [], resultsReady: true, excluded: [] }, { ok: false, field: "reason" }],
    [
      "open objections",
      { version: 1, reason: null, openObjections: open, resultsReady: true, excluded: [] },
      { ok: false, openObjections: ["Ban Dân vận — tiêu chí I.1"] },
    ],
    ["no results", { version: 1, reason: null, openObjections: [], resultsReady: false, excluded: [] }, { ok: false }],
    [
      "an excluded member and a reason",
      { version: 1, reason: "Hội nghị thống nhất công bố", openObjections: [], resultsReady: true, excluded: draft },
      { ok: true },
    ],
    [
      "a correction with an excluded member and a reason",
      { version: 2, reason: "Đính chính", openObjections: [], resultsReady: true, excluded: draft },
      { ok: true },
    ],
    [
      "an excluded member without a reason",
      { version: 1, reason: "  ", openObjections: [], resultsReady: true, excluded: draft },
      {
        ok: false,
        field: "reason",
        message: expect.stringContaining("1 cơ quan thành viên chưa được xếp hạng"),
        excluded: ["Ban Tổ chức: Chưa nộp bảng tự chấm"],
      },
    ],
    [
      "open objections first, then exclusions",
      { version: 1, reason: null, openObjections: open, resultsReady: true, excluded: draft },
      { ok: false, openObjections: ["Ban Dân vận — tiêu chí I.1"] },
    ],
  ])("%s", (_n, input, expected) => expect(checkPublish(input)).toMatchObject(expected as object));

  it("names the reason by version", () => {
    expect([publicationReasonLabel(1), publicationReasonLabel(2)]).toEqual(["Lý do công bố", "Lý do đính chính"]);
  });
});

describe("snapshots", () => {
  const row = {
    agencyId: "a",
    agencyName: "Ban A",
    shortName: "A",
    rank: 1,
    label: "Nhất",
    needsRunoff: false,
    base: 90,
    bonus: 2,
    penalty: 1,
    total: 91,
    bandKey: "XUAT_SAC",
    bandLabel: "Xuất sắc",
    vetoed: false,
    cells: {},
    groups: { g: 50 },
    missingCount: 0,
  } as ResultsRow;
  const excluded = [
    { agencyId: "b", agencyName: "Ban B", reason: "Chưa lập bảng tự chấm" },
    { agencyId: "c", agencyName: "Ban C", reason: "Bảng điểm chưa được thẩm định xong" },
  ];
  const view = { table: { id: "t", title: "Bảng", version: 2, scale: 100 }, criteria: [], rows: [row], withoutSheet: ["Ban B"], excluded };

  it("round-trips through JSON with its format, version, table, rows and the members left out", () => {
    const s = buildSnapshot({ version: 3, publishedAt: new Date("2026-12-01T03:00:00Z"), view });
    const back = readSnapshot(JSON.parse(JSON.stringify(s)));
    expect(back).toEqual({
      format: 1,
      version: 3,
      publishedAt: "2026-12-01T03:00:00.000Z",
      table: view.table,
      criteria: [],
      rows: [row],
      withoutSheet: ["Ban B"],
      excluded: [
        { agencyName: "Ban B", reason: "Chưa lập bảng tự chấm" },
        { agencyName: "Ban C", reason: "Bảng điểm chưa được thẩm định xong" },
      ],
    });
    expect(totalsOf(back)).toEqual({ version: 3, totals: [{ agency: "Ban A", rank: 1, total: 91, band: "Xuất sắc" }] });
  });

  it("reads a snapshot stored before exclusions were recorded: the members without a sheet were left out", () => {
    const old = { format: 1, version: 1, publishedAt: "2025-12-20T09:00:00.000Z", table: view.table, criteria: [], rows: [row], withoutSheet: ["Ban B"] };
    expect(readSnapshot(old)?.excluded).toEqual([{ agencyName: "Ban B", reason: "Chưa lập bảng tự chấm" }]);
    expect(readSnapshot({ ...old, withoutSheet: undefined })).toMatchObject({ withoutSheet: [], excluded: [] });
  });

  it.each([[null], [{}], [{ format: 2, rows: [], criteria: [], table: {}, publishedAt: "x" }], [{ format: 1, rows: "x" }]])("does not read %j", (json) => {
    expect(readSnapshot(json)).toBeNull();
  });

  it("has no totals without a snapshot", () => expect(totalsOf(null)).toBeNull());
});
