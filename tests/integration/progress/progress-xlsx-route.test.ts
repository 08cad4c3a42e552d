import ExcelJS from "exceljs";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { GET } from "@/app/api/khoi/[bloc]/[year]/so-ket/xlsx/route";
import { signInAs } from "../setup/current-user-stub";
import { world, YEAR, type Who, type World } from "./world";

vi.mock("@/lib/server/auth/current-user", () => import("../setup/current-user-stub"));

const get = (w: World, year = String(YEAR)) => GET(new Request("http://test.local/"), { params: Promise.resolve({ bloc: w.blocA.code, year }) });

describe("GET /api/khoi/[bloc]/[year]/so-ket/xlsx", () => {
  beforeEach(() => signInAs(null));

  it.each<[Who, number]>([
    ["SECRETARY", 200],
    ["CHAIR", 200],
    ["ADMIN", 200],
    ["OBSERVER", 404],
    ["AGENCY_LEADER", 404],
    ["AGENCY_OFFICER", 404],
    ["OTHER_SECRETARY", 404],
    ["OTHER_OFFICER", 404],
  ])("%s → %i", async (who, status) => {
    const w = await world();
    signInAs(w.users[who]);
    expect((await get(w)).status).toBe(status);
  });

  it("downloads the matrix as a workbook with the members and their statuses", async () => {
    const w = await world();
    await w.db.commitmentProgress.create({ data: { commitmentId: w.pledge.commitments[0]!.id, agencyId: w.btg.id, status: "ACHIEVED", value: 92 } });
    signInAs(w.users.SECRETARY);
    const res = await get(w);
    expect(res.headers.get("Content-Type")).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    expect(res.headers.get("Content-Disposition")).toBe(`attachment; filename="so-ket-6-thang-${w.blocA.code}-${YEAR}.xlsx"`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await res.arrayBuffer());
    const ws = wb.getWorksheet("Sơ kết 6 tháng")!;
    expect(ws.getCell("A1").value).toBe(`${w.blocA.name} — Sơ kết 6 tháng năm ${YEAR}`);
    expect([ws.getCell("B8").value, ws.getCell("C8").value]).toEqual(["Ban Tuyên giáo Tỉnh ủy", "Đã đạt\n92% (đạt chỉ tiêu)"]);
    expect(ws.getCell("D6").value).toBe("Chưa triển khai");
  });

  it("is 404 with the reason while the pledge is not signed by everyone, and for a malformed year", async () => {
    const w = await world();
    await w.db.pledge.update({ where: { id: w.pledge.id }, data: { status: "SIGNING" } });
    signInAs(w.users.SECRETARY);
    const res = await get(w);
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ code: "NOT_FOUND", message: "Giao ước năm 2026 chưa được ký đủ: chưa có dữ liệu sơ kết." });
    expect((await get(w, "abc")).status).toBe(404);
  });
});
