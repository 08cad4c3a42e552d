import ExcelJS from "exceljs";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { GET } from "@/app/api/tong-quan/xlsx/route";
import { signInAs } from "../setup/current-user-stub";
import { world, YEAR, type Who } from "./world";

vi.mock("@/lib/server/auth/current-user", () => import("../setup/current-user-stub"));

const get = (query: string) => GET(new Request(`http://test.local/api/tong-quan/xlsx${query}`), { params: Promise.resolve({}) });

describe("GET /api/tong-quan/xlsx", () => {
  beforeEach(() => signInAs(null));

  it.each<[Who, number]>([
    ["ADMIN", 200],
    ["COUNCIL", 200],
    ["OTHER_COUNCIL", 404],
    ["CENTRAL", 404],
    ["CHAIR", 403],
    ["SECRETARY", 403],
    ["AGENCY_LEADER", 403],
  ])("%s asking for province P → %i", async (who, status) => {
    const w = await world();
    signInAs(w.users[who]);
    expect((await get(`?tinh=${w.p.code}&nam=${YEAR}`)).status).toBe(status);
  });

  it("downloads the council's overview with the page's filters", async () => {
    const w = await world();
    signInAs(w.users.COUNCIL);
    const res = await get(`?nam=${YEAR}&q=noi+chinh&giai-doan=khong-co-that`);
    expect(res.headers.get("Content-Type")).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    expect(res.headers.get("Content-Disposition")).toContain(encodeURIComponent(`Tổng quan thi đua các khối - Tỉnh Sông Lam - năm ${YEAR}.xlsx`));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await res.arrayBuffer());
    const blocs = wb.getWorksheet("Các khối")!;
    expect(blocs.getCell(1, 1).value).toBe(`Tổng quan thi đua các khối — Tỉnh Sông Lam — năm ${YEAR}`);
    expect(String(blocs.getCell(2, 1).value)).toContain("Bộ lọc: tìm “noi chinh”");
    // The search kept one bloc; an unreadable phase is dropped, never an error.
    expect([blocs.getCell(4, 2).value, blocs.getCell(5, 2).value]).toEqual(["Khối Nội chính (Tỉnh Núi Hồng)", null]);
    expect(wb.getWorksheet("Cờ thi đua Chính phủ")!.rowCount).toBe(6);
  });
});
