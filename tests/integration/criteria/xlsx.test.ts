import ExcelJS from "exceljs";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { GET } from "@/app/api/khoi/[bloc]/[year]/tieu-chi/xlsx/route";
import { importCriteriaAction } from "@/app/(app)/khoi/[bloc]/[year]/cham-diem/tieu-chi/actions";
import { COLUMNS } from "@/lib/domain/criteria-sheet";
import { importCriteriaXlsx } from "@/lib/server/criteria/import-criteria-xlsx";
import { findLockedTable } from "@/lib/server/self-scoring/locked-table";
import { signInAs } from "../setup/current-user-stub";
import { expectRefused, makeTable, ROLE_OUTCOMES, snapshotTables, world, YEAR, type Who, type World } from "./world";

vi.mock("@/lib/server/auth/current-user", () => import("../setup/current-user-stub"));
const revalidatePath = vi.hoisted(() => vi.fn());
vi.mock("next/cache", () => ({ revalidatePath }));

const REASON = "Điều chỉnh theo hướng dẫn mới của Ban Thi đua";
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const get = (w: World, query = "", year = String(YEAR)) =>
  GET(new Request(`http://test.local/x${query}`), { params: Promise.resolve({ bloc: w.blocA.code, year }) });

async function workbookOf(res: Response | ArrayBuffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(res instanceof Response ? await res.arrayBuffer() : res);
  return wb;
}
/** The export of the current table, edited, as an uploaded file. */
async function exportedFile(w: World, edit?: (ws: ExcelJS.Worksheet) => void, name = "bang-tieu-chi.xlsx"): Promise<File> {
  signInAs(w.users.SECRETARY);
  const wb = await workbookOf(await get(w));
  edit?.(wb.getWorksheet("Tiêu chí")!);
  return new File([new Uint8Array(await wb.xlsx.writeBuffer())], name, { type: XLSX });
}
const col = (name: (typeof COLUMNS)[number]) => COLUMNS.indexOf(name) + 1;
/** Sheet row of a code (data starts at row 9). */
const rowOf = (ws: ExcelJS.Worksheet, code: string) => {
  for (let r = 9; r <= ws.rowCount; r++) if (ws.getCell(r, 1).value === code) return r;
  throw new Error(`no row ${code}`);
};
const criteriaOf = (w: World, tableId: string) =>
  w.db.criterion.findMany({ where: { tableId }, include: { levels: { orderBy: { order: "asc" } } }, orderBy: { code: "asc" } });

describe("GET /api/khoi/[bloc]/[year]/tieu-chi/xlsx", () => {
  beforeEach(() => signInAs(null));

  it.each<[Who, number]>([
    ["SECRETARY", 200],
    ["CHAIR", 200],
    ["AGENCY_LEADER", 200],
    ["AGENCY_OFFICER", 200],
    ["OBSERVER", 200],
    ["ADMIN", 200],
    ["OTHER_SECRETARY", 404],
    ["OTHER_LEADER", 404],
  ])("%s → %i", async (who, status) => {
    const w = await world();
    await makeTable(w);
    signInAs(w.users[who]);
    expect((await get(w)).status).toBe(status);
  });

  it("downloads the table with its header block, the columns and one row per node", async () => {
    const w = await world();
    await makeTable(w, { status: "LOCKED" });
    await w.db.criterion.updateMany({ where: { code: "1.1" }, data: { guidance: "Theo báo cáo năm", evidenceRequired: true, floorPct: 50 } });
    signInAs(w.users.AGENCY_LEADER);
    const res = await get(w);
    expect(res.headers.get("Content-Type")).toBe(XLSX);
    expect(res.headers.get("Content-Disposition")).toBe(`attachment; filename="bang-tieu-chi-${w.blocA.code}-${YEAR}-v1.xlsx"`);
    const ws = (await workbookOf(res)).getWorksheet("Tiêu chí")!;
    const values = (r: number) => (ws.getRow(r).values as unknown[]).slice(1);
    expect([1, 2, 3, 4, 5, 6].map(values)).toEqual([
      ["Khối thi đua", w.blocA.name],
      ["Năm", YEAR],
      ["Tên bảng", `Bảng tiêu chí năm ${YEAR}`],
      ["Phiên bản", 1],
      ["Thang điểm", 100],
      ["Điểm thưởng tối đa", 5],
    ]);
    expect(values(8)).toEqual([...COLUMNS]);
    expect([9, 10, 11, 12, 13].map((r) => ws.getCell(r, 1).value)).toEqual(["I", "1.1", "1.2", "II", "2.1"]);
    expect(values(10)).toEqual([
      "1.1",
      "I",
      "Tiêu chí 1.1",
      "Chấm theo mức",
      40,
      0,
      "Theo báo cáo năm",
      "Có",
      50,
      "Không",
      "Không",
      undefined,
      undefined,
      "Tốt=40: Hoàn thành vượt | Đạt=30",
    ]);
    expect(values(14)).toEqual([]);
  });

  it("serves an older version with ?version=n; an unknown version, a malformed year or no table is 404", async () => {
    const w = await world();
    const t = await makeTable(w, { status: "LOCKED" });
    await w.db.criteriaTable.update({ where: { id: t.table.id }, data: { status: "SUPERSEDED" } });
    await w.db.criteriaTable.create({ data: { cycleId: w.cycle.id, version: 2, previousId: t.table.id, title: "Bảng v2", scale: 100, status: "LOCKED" } });
    signInAs(w.users.OBSERVER);
    expect((await workbookOf(await get(w))).getWorksheet("Tiêu chí")!.getCell("B4").value).toBe(2);
    const v1 = await get(w, "?version=1");
    expect(v1.headers.get("Content-Disposition")).toContain(`-v1.xlsx`);
    expect((await workbookOf(v1)).getWorksheet("Tiêu chí")!.getCell("A10").value).toBe("1.1");
    const missing = await get(w, "?version=7");
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({ code: "NOT_FOUND", message: `Không có phiên bản 7 của bảng tiêu chí năm ${YEAR}.` });
    expect((await get(w, "?version=abc")).status).toBe(404);
    expect((await get(w, "", "abc")).status).toBe(404);
    expect((await get(w, "", String(YEAR - 1))).status).toBe(404);
  });
});

describe("importCriteriaXlsx", () => {
  beforeEach(() => {
    signInAs(null);
    revalidatePath.mockClear();
  });

  it.each(ROLE_OUTCOMES)("%s → %s", async (who, outcome) => {
    const w = await world();
    const t = await makeTable(w);
    const file = await exportedFile(w);
    signInAs(w.users[who]);
    const p = importCriteriaXlsx({ tableId: t.table.id, file, changeReason: null });
    if (outcome === "ok") await expect(p).resolves.toEqual({ kind: "REPLACED", count: 5 });
    else await expectRefused(p, outcome);
  });

  it("round-trips: importing the export unchanged gives the same criteria and the same export", async () => {
    const w = await world();
    const t = await makeTable(w);
    const file = await exportedFile(w);
    const before = (await criteriaOf(w, t.table.id)).map(({ code, name, type, maxPoints, levels }) => ({
      code,
      name,
      type,
      max: maxPoints.toNumber(),
      levels: levels.map((l) => [l.label, l.points.toNumber(), l.descriptor]),
    }));
    await importCriteriaXlsx({ tableId: t.table.id, file, changeReason: null });
    const after = (await criteriaOf(w, t.table.id)).map(({ code, name, type, maxPoints, levels }) => ({
      code,
      name,
      type,
      max: maxPoints.toNumber(),
      levels: levels.map((l) => [l.label, l.points.toNumber(), l.descriptor]),
    }));
    expect(after).toEqual(before);
    expect((await w.db.criterion.findMany({ where: { id: t.c11.id } })).length).toBe(0); // replaced, new ids
    const again = await exportedFile(w);
    const rows = async (f: File) => {
      const ws = (await workbookOf(await f.arrayBuffer())).getWorksheet("Tiêu chí")!;
      return Array.from({ length: ws.rowCount }, (_, i) => ws.getRow(i + 1).values);
    };
    expect(await rows(again)).toEqual(await rows(file));
  });

  it("replaces a draft's criteria, scale and bonus cap from an edited file, with an audit row, through the page's action", async () => {
    const w = await world();
    const t = await makeTable(w);
    const file = await exportedFile(w, (ws) => {
      ws.getCell("B6").value = 8;
      ws.getCell(rowOf(ws, "1.2"), col("Điểm tối đa")).value = 15;
      const r = ws.getRow(ws.rowCount + 1);
      r.getCell(1).value = "1.3";
      r.getCell(2).value = "I";
      r.getCell(3).value = "Công tác cải cách hành chính";
      r.getCell(4).value = "Có / không";
      r.getCell(5).value = 5;
      r.getCell(col("Bắt buộc minh chứng")).value = "Có";
    });
    signInAs(w.users.CHAIR);
    const fd = new FormData();
    fd.set("tableId", t.table.id);
    fd.set("file", file);
    await expect(importCriteriaAction(null, fd)).resolves.toEqual({ ok: true, message: "Đã nhập 6 tiêu chí từ tệp vào bảng dự thảo." });
    expect(revalidatePath).toHaveBeenCalledWith("/(app)/khoi/[bloc]/[year]/cham-diem/tieu-chi", "page");
    const rows = await criteriaOf(w, t.table.id);
    expect(rows.map((c) => [c.code, c.maxPoints.toNumber(), c.evidenceRequired])).toEqual([
      ["1.1", 40, false],
      ["1.2", 15, false],
      ["1.3", 5, true],
      ["2.1", 40, false],
      ["I", 60, false],
      ["II", 40, false],
    ]);
    const table = await w.db.criteriaTable.findUniqueOrThrow({ where: { id: t.table.id } });
    expect([table.status, table.version, table.bonusCap?.toNumber()]).toEqual(["DRAFT", 1, 8]);
    const audit = await w.db.auditLog.findFirstOrThrow({ where: { action: "criteria-table.import" } });
    expect(audit).toMatchObject({
      actorId: w.users.CHAIR,
      entity: "CriteriaTable",
      entityId: t.table.id,
      blocId: w.blocA.id,
      before: { bonusCap: 5 },
      after: { bonusCap: 8, fileName: "bang-tieu-chi.xlsx" },
    });
    expect((audit.after as { criteria: string[] }).criteria).toContain("1.3 Công tác cải cách hành chính (5)");
  });

  it("refuses a file with errors, listing them by row and column, and writes nothing", async () => {
    const w = await world();
    const t = await makeTable(w);
    const file = await exportedFile(w, (ws) => {
      ws.getCell(rowOf(ws, "1.2"), col("Loại")).value = "Trắc nghiệm";
      ws.getCell(rowOf(ws, "2.1"), col("Mã nhóm cha")).value = "IX";
    });
    signInAs(w.users.SECRETARY);
    const before = await snapshotTables(w);
    const e = await expectRefused(importCriteriaXlsx({ tableId: t.table.id, file, changeReason: null }), "INVALID_INPUT", /2 lỗi/);
    expect(e.fieldErrors?.file).toEqual([
      "Dòng 11, cột D (Loại): loại “Trắc nghiệm” không có; dùng một trong: Nhóm tiêu chí, Chấm theo mức, Định lượng, Có / không, Tính theo số lượng, Điểm thưởng, Điểm trừ, Điều kiện bắt buộc.",
      "Dòng 13, cột B (Mã nhóm cha): không có tiêu chí nào mã “IX” trong tệp.",
    ]);
    expect(await snapshotTables(w)).toBe(before);
  });

  it("refuses a table the engine finds invalid, naming the row, and writes nothing", async () => {
    const w = await world();
    const t = await makeTable(w);
    const file = await exportedFile(w, (ws) => {
      ws.getCell(rowOf(ws, "1.2"), col("Điểm tối đa")).value = 25;
    });
    const before = await snapshotTables(w);
    const e = await expectRefused(importCriteriaXlsx({ tableId: t.table.id, file, changeReason: null }), "INVALID_INPUT");
    expect(e.fieldErrors?.file).toEqual(["Dòng 9: Nhóm I: tổng điểm tối đa của các tiêu chí con (65) vượt điểm tối đa của nhóm (60)."]);
    expect(await snapshotTables(w)).toBe(before);
  });

  it("refuses a file that is not an .xlsx by its content, an empty choice and a broken zip", async () => {
    const w = await world();
    const t = await makeTable(w);
    signInAs(w.users.SECRETARY);
    const before = await snapshotTables(w);
    const pdf = new File([new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x34])], "bang.xlsx", { type: XLSX });
    const e1 = await expectRefused(importCriteriaXlsx({ tableId: t.table.id, file: pdf, changeReason: null }), "INVALID_INPUT");
    expect(e1.fieldErrors?.file).toEqual(["Chỉ nhận tệp Excel .xlsx (kiểm tra theo nội dung tệp)."]);
    const e2 = await expectRefused(importCriteriaXlsx({ tableId: t.table.id, file: null, changeReason: null }), "INVALID_INPUT");
    expect(e2.fieldErrors?.file).toEqual(["Vui lòng chọn tệp bảng tiêu chí (.xlsx)."]);
    const broken = new File([new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6])], "bang.xlsx");
    const e3 = await expectRefused(importCriteriaXlsx({ tableId: t.table.id, file: broken, changeReason: null }), "INVALID_INPUT");
    expect(e3.fieldErrors?.file).toEqual(["Không đọc được tệp .xlsx (tệp hỏng hoặc không phải bảng tính Excel)."]);
    expect(await snapshotTables(w)).toBe(before);
  });

  it("on a locked table needs a reason, then makes a new version and carries the sheets to it", async () => {
    const w = await world({ selfScoringOpen: true });
    const t = await makeTable(w, { status: "LOCKED" });
    const sheet = await w.db.scoreSheet.create({ data: { cycleId: w.cycle.id, tableId: t.table.id, agencyId: w.own.id, status: "SUBMITTED" } });
    await w.db.scoreEntry.create({ data: { sheetId: sheet.id, criterionId: t.c11.id, selfInput: 2, selfPoints: 30, minPoints: 0, maxPoints: 40 } });
    await w.db.scoreEntry.create({ data: { sheetId: sheet.id, criterionId: t.c12.id, selfInput: 1, selfPoints: 20, minPoints: 0, maxPoints: 20 } });
    // Version 2 lowers 1.2 to 15 points.
    const file = await exportedFile(w, (ws) => {
      ws.getCell(rowOf(ws, "1.2"), col("Điểm tối đa")).value = 15;
    });
    const before = await snapshotTables(w);
    await expectRefused(importCriteriaXlsx({ tableId: t.table.id, file, changeReason: null }), "INVALID_INPUT", /lý do/i);
    expect(await snapshotTables(w)).toBe(before);

    await expect(importCriteriaXlsx({ tableId: t.table.id, file, changeReason: REASON })).resolves.toMatchObject({
      kind: "NEW_VERSION",
      version: 2,
      count: 5,
      affectedSheets: 1,
      returnedSheets: 1,
      notified: 2,
    });
    const v2 = await w.db.criteriaTable.findFirstOrThrow({ where: { cycleId: w.cycle.id, version: 2 } });
    expect([v2.status, v2.changeReason, v2.previousId]).toEqual(["LOCKED", REASON, t.table.id]);
    const moved = await w.db.scoreSheet.findUniqueOrThrow({ where: { id: sheet.id }, include: { entries: { include: { criterion: true } } } });
    expect([moved.tableId, moved.status]).toEqual([v2.id, "RETURNED"]);
    expect(moved.entries.map((e) => [e.criterion.code, e.selfPoints?.toNumber(), e.maxPoints.toNumber()]).sort()).toEqual([
      ["1.1", 30, 40],
      ["1.2", 15, 15],
    ]);
    expect(moved.returnReason).toBe(`Bảng tiêu chí có phiên bản 2 (${REASON}); tiêu chí thay đổi: 1.2.`);
    const audits = await w.db.auditLog.findMany({ where: { blocId: w.blocA.id }, orderBy: { action: "asc" } });
    expect(audits.map((a) => a.action)).toEqual(["criteria-table.import", "criteria-table.version", "score-sheet.revalidate"]);
  });
});

describe("re-validation when a locked table gets a new version", () => {
  beforeEach(() => signInAs(null));

  /** Own agency: submitted sheet with 1.1 level 2 (+ a file), 1.2 yes, 2.1 actual/target; other agency: draft with 1.1 level 1. */
  async function scored(w: World) {
    const t = await makeTable(w, { status: "LOCKED" });
    const own = await w.db.scoreSheet.create({
      data: { cycleId: w.cycle.id, tableId: t.table.id, agencyId: w.own.id, status: "SUBMITTED", submittedAt: new Date() },
    });
    const e11 = await w.db.scoreEntry.create({
      data: { sheetId: own.id, criterionId: t.c11.id, selfInput: 2, selfPoints: 30, minPoints: 0, maxPoints: 40, explanation: "Có báo cáo" },
    });
    const e12 = await w.db.scoreEntry.create({ data: { sheetId: own.id, criterionId: t.c12.id, selfInput: 1, selfPoints: 20, minPoints: 0, maxPoints: 20 } });
    await w.db.scoreEntry.create({ data: { sheetId: own.id, criterionId: t.c21.id, actual: 90, target: 100, selfPoints: 36, minPoints: 0, maxPoints: 40 } });
    const file = await w.db.storedFile.create({
      data: {
        blocId: w.blocA.id,
        originalName: "bao-cao.pdf",
        mimeType: "application/pdf",
        sizeBytes: 10,
        sha256: "x",
        storageKey: "k-1",
        scoreEntryId: e11.id,
      },
    });
    const other = await w.db.scoreSheet.create({ data: { cycleId: w.cycle.id, tableId: t.table.id, agencyId: w.other.id } });
    await w.db.scoreEntry.create({ data: { sheetId: other.id, criterionId: t.c11.id, selfInput: 1, selfPoints: 40, minPoints: 0, maxPoints: 40 } });
    return { t, own, other, e11, e12, file };
  }

  it("drops entries that no longer fit, recomputes the rest, returns the submitted sheet and tells each agency what changed", async () => {
    const w = await world({ selfScoringOpen: true });
    const s = await scored(w);
    // Version 2: 1.1 loses level 2 and level 1 is worth 35; 1.2 is deleted.
    const file = await exportedFile(w, (ws) => {
      ws.getCell(rowOf(ws, "1.1"), col("Mức")).value = "Tốt=35: Hoàn thành vượt";
      ws.spliceRows(rowOf(ws, "1.2"), 1);
    });
    const cross = (criterionId: string, points: number) =>
      w.db.crossScore.create({ data: { cycleId: w.cycle.id, scorerAgencyId: w.other.id, targetAgencyId: w.own.id, criterionId, points } });
    const [x11, x21] = [await cross(s.t.c11.id, 30), await cross(s.t.c21.id, 36)];
    const r = await importCriteriaXlsx({ tableId: s.t.table.id, file, changeReason: REASON });
    expect(r).toMatchObject({ kind: "NEW_VERSION", version: 2, affectedSheets: 2, returnedSheets: 1 });

    // The agency's current sheet is the new version's, with what was carried.
    const locked = (await findLockedTable(w.db, w.cycle.id))!;
    expect(locked.version).toBe(2);
    const own = await w.db.scoreSheet.findUniqueOrThrow({
      where: { tableId_agencyId: { tableId: locked.id, agencyId: w.own.id } },
      include: { entries: { include: { criterion: true, files: true } } },
    });
    expect(own.id).toBe(s.own.id);
    expect(own.status).toBe("RETURNED");
    expect(own.returnReason).toBe(
      `Bảng tiêu chí có phiên bản 2 (${REASON}); điểm bị bỏ: 1.1 (Vui lòng chọn một mức đạt có trong bảng tiêu chí), 1.2 (tiêu chí không còn trong bảng).`,
    );
    expect(own.entries.map((e) => e.criterion.code)).toEqual(["2.1"]);
    expect(own.entries[0]!.criterion.tableId).toBe(locked.id);
    // The evidence file of the dropped entry is kept, unlinked; its name is in the audit.
    await expect(w.db.storedFile.findUniqueOrThrow({ where: { id: s.file.id } })).resolves.toMatchObject({ scoreEntryId: null });
    const other = await w.db.scoreSheet.findUniqueOrThrow({ where: { id: s.other.id }, include: { entries: { include: { criterion: true } } } });
    expect([other.tableId, other.status]).toEqual([locked.id, "DRAFT"]);
    expect(other.entries.map((e) => [e.criterion.code, e.selfPoints?.toNumber()])).toEqual([["1.1", 35]]);

    // Cross-scores follow unchanged criteria only (2.1); the one on the changed 1.1 stays with version 1.
    await expect(w.db.crossScore.findUniqueOrThrow({ where: { id: x21.id } })).resolves.toMatchObject({ criterionId: own.entries[0]!.criterionId });
    await expect(w.db.crossScore.findUniqueOrThrow({ where: { id: x11.id } })).resolves.toMatchObject({ criterionId: s.t.c11.id });
    const audit = await w.db.auditLog.findFirstOrThrow({ where: { action: "score-sheet.revalidate", entityId: s.own.id } });
    expect(audit.reason).toBe(REASON);
    expect(audit.before).toMatchObject({
      status: "SUBMITTED",
      entries: [
        { id: s.e11.id, criterionCode: "1.1", selfInput: 2, selfPoints: 30, files: ["bao-cao.pdf"] },
        { id: s.e12.id, criterionCode: "1.2", selfInput: 1 },
      ],
    });
    expect(audit.after).toMatchObject({ tableId: locked.id, status: "RETURNED", changed: [], dropped: [{ code: "1.1" }, { code: "1.2" }] });

    const notes = await w.db.notification.findMany();
    const byUser = new Map(notes.map((n) => [n.userId, n.message]));
    const base = `Bảng tiêu chí năm ${YEAR} đã được điều chỉnh (phiên bản 2): ${REASON}. Bảng tự chấm của cơ quan: `;
    expect(byUser.get(w.users.AGENCY_LEADER)).toBe(
      `${base}điểm bị bỏ: 1.1 (Vui lòng chọn một mức đạt có trong bảng tiêu chí), 1.2 (tiêu chí không còn trong bảng) — bảng đã nộp được trả lại để cơ quan xem lại và nộp lại.`,
    );
    expect(byUser.get(w.otherLeader)).toBe(`${base}tiêu chí thay đổi: 1.1.`);
    expect(notes).toHaveLength(3);
  });

  it("keeps evidence linked to carried entries and a sheet whose entries did not change stays submitted", async () => {
    const w = await world({ selfScoringOpen: true });
    const s = await scored(w);
    // Only a name changes: nothing to re-score.
    const file = await exportedFile(w, (ws) => {
      ws.getCell(rowOf(ws, "2.1"), col("Tên")).value = "Tỷ lệ giải ngân vốn đầu tư công";
    });
    await expect(importCriteriaXlsx({ tableId: s.t.table.id, file, changeReason: REASON })).resolves.toMatchObject({
      affectedSheets: 0,
      returnedSheets: 0,
      notified: 3,
    });
    const own = await w.db.scoreSheet.findUniqueOrThrow({ where: { id: s.own.id }, include: { entries: { include: { criterion: true } } } });
    expect([own.status, own.returnReason, own.version]).toEqual(["SUBMITTED", null, 2]);
    expect(own.entries).toHaveLength(3);
    const carried = own.entries.find((e) => e.id === s.e11.id)!;
    expect(carried.criterion.tableId).not.toBe(s.t.table.id);
    await expect(w.db.storedFile.findUniqueOrThrow({ where: { id: s.file.id } })).resolves.toMatchObject({ scoreEntryId: s.e11.id });
    const note = await w.db.notification.findFirstOrThrow({ where: { userId: w.users.AGENCY_LEADER } });
    expect(note.message).toBe(`Bảng tiêu chí năm ${YEAR} đã được điều chỉnh (phiên bản 2): ${REASON}`);
  });

  it("a refused version carries nothing", async () => {
    const w = await world({ selfScoringOpen: true });
    const s = await scored(w);
    const file = await exportedFile(w, (ws) => {
      ws.getCell(rowOf(ws, "1.2"), col("Điểm tối đa")).value = 30;
    });
    const before = await snapshotTables(w);
    const sheets = JSON.stringify(await w.db.scoreSheet.findMany({ include: { entries: true }, orderBy: { id: "asc" } }));
    await expectRefused(importCriteriaXlsx({ tableId: s.t.table.id, file, changeReason: REASON }), "INVALID_INPUT");
    expect(await snapshotTables(w)).toBe(before);
    expect(JSON.stringify(await w.db.scoreSheet.findMany({ include: { entries: true }, orderBy: { id: "asc" } }))).toBe(sheets);
    await expect(w.db.notification.count()).resolves.toBe(0);
  });
});
