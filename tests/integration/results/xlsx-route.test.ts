import ExcelJS from "exceljs";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { GET } from "@/app/api/khoi/[bloc]/[year]/ket-qua/xlsx/route";
import { signInAs } from "../setup/current-user-stub";
import { world, YEAR, type Who, type World } from "./world";

vi.mock("@/lib/server/auth/current-user", () => import("../setup/current-user-stub"));

const get = (w: World, year = String(YEAR)) => GET(new Request("http://test.local/"), { params: Promise.resolve({ bloc: w.blocA.code, year }) });

async function sheetOf(res: Response) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(await res.arrayBuffer());
  return wb.getWorksheet("Bảng tổng hợp điểm")!;
}

describe("GET /api/khoi/[bloc]/[year]/ket-qua/xlsx", () => {
  beforeEach(() => signInAs(null));

  it.each<[Who, number]>([
    ["ADMIN", 200],
    ["SECRETARY", 200],
    ["CHAIR", 200],
    ["AGENCY_LEADER", 200],
    ["AGENCY_OFFICER", 200],
    ["OBSERVER", 404],
    ["OTHER_SECRETARY", 404],
    ["OTHER_OFFICER", 404],
  ])("%s → %i", async (who, status) => {
    const w = await world();
    signInAs(w.users[who]);
    expect((await get(w)).status).toBe(status);
  });

  it("downloads the summary in ranking order with one column per criterion", async () => {
    const w = await world();
    signInAs(w.users.SECRETARY);
    const res = await get(w);
    expect(res.headers.get("Content-Type")).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    expect(res.headers.get("Content-Disposition")).toBe(`attachment; filename="tong-hop-diem-${w.blocA.code}-${YEAR}.xlsx"`);
    const ws = await sheetOf(res);
    expect(ws.getCell("A1").value).toBe(`${w.blocA.name} — Bảng tổng hợp điểm năm ${YEAR}`);
    expect(ws.getRow(4).values).toEqual([
      undefined,
      "Xếp hạng",
      "Cơ quan",
      "I.1",
      "I.2",
      "II.1",
      "III",
      "IV",
      "V",
      "Điểm cơ bản",
      "Điểm thưởng",
      "Điểm trừ",
      "Tổng điểm",
      "Xếp loại",
    ]);
    expect(ws.getRow(5).values).toEqual([undefined, "1 (Nhất)", "Ban Tuyên giáo Tỉnh ủy", 20, 40, 40, 2, 0, 0, 100, 2, 0, 102, "Hoàn thành xuất sắc nhiệm vụ"]);
    expect(ws.getCell("B7").value).toBe("Ban Tổ chức Tỉnh ủy");
    expect(ws.getCell("M7").value).toBe("Không hoàn thành nhiệm vụ; Không đủ điều kiện khen thưởng");
    // The member without a sheet, under the ranking with the reason.
    expect([ws.getCell("A9").value, ws.getCell("B10").value, ws.getCell("C10").value]).toEqual([
      "Cơ quan không được xếp hạng (1)",
      "Ban Nội chính Tỉnh ủy",
      "Chưa lập bảng tự chấm",
    ]);
  });

  it("gives an agency user only its own row", async () => {
    const w = await world();
    signInAs(w.users.OTHER_AGENCY_LEADER);
    const ws = await sheetOf(await get(w));
    expect([ws.getCell("A5").value, ws.getCell("B5").value, ws.getCell("B6").value]).toEqual(["2 (Nhì)", "Ban Dân vận Tỉnh ủy", null]);
  });

  it("is 404 with the reason when no table is locked, and for a malformed year", async () => {
    const w = await world();
    await w.db.criteriaTable.update({ where: { id: w.t.table.id }, data: { status: "SUPERSEDED" } });
    signInAs(w.users.SECRETARY);
    const res = await get(w);
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ code: "NOT_FOUND", message: "Chưa có bảng tiêu chí đã khóa: chưa có điểm để tổng hợp." });
    expect((await get(w, "abc")).status).toBe(404);
  });
});
