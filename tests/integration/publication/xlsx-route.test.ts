import ExcelJS from "exceljs";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { GET } from "@/app/api/khoi/[bloc]/[year]/cong-bo/[version]/xlsx/route";
import { publishResults } from "@/lib/server/publication/publish-results";
import { world, worldWithSheetlessMember, YEAR, type Who, type World } from "./world";
import { signInAs } from "../setup/current-user-stub";

vi.mock("@/lib/server/auth/current-user", () => import("../setup/current-user-stub"));

const get = (w: World, version = "1") =>
  GET(new Request("http://test.local/"), { params: Promise.resolve({ bloc: w.blocA.code, year: String(YEAR), version }) });

async function published(w: World) {
  signInAs(w.users.CHAIR);
  await publishResults({ blocId: w.blocA.id, year: YEAR, expectedVersion: 0, reason: null });
}

describe("GET /api/khoi/[bloc]/[year]/cong-bo/[version]/xlsx", () => {
  beforeEach(() => signInAs(null));

  it.each<[Who, number]>([
    ["OBSERVER", 200],
    ["AGENCY_OFFICER", 200],
    ["CHAIR", 200],
    ["ADMIN", 200],
    ["OTHER_SECRETARY", 404],
    ["OTHER_OFFICER", 404],
  ])("%s → %i", async (who, status) => {
    const w = await world();
    await published(w);
    signInAs(w.users[who]);
    expect((await get(w)).status).toBe(status);
  });

  it("downloads the published ranking (every agency, even for an agency user), saying it is published", async () => {
    const w = await world();
    await published(w);
    await w.db.scoreEntry.updateMany({ data: { finalPoints: 0 } });
    signInAs(w.users.AGENCY_OFFICER);
    const res = await get(w);
    expect(res.headers.get("Content-Disposition")).toBe(`attachment; filename="ket-qua-cong-bo-${w.blocA.code}-${YEAR}-v1.xlsx"`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await res.arrayBuffer());
    const ws = wb.worksheets[0]!;
    expect(String(ws.getCell("A2").value)).toContain("Kết quả đã công bố phiên bản 1");
    expect([ws.getCell("B5").value, ws.getCell("B6").value, ws.getCell("B7").value]).toEqual([
      "Ban Tuyên giáo Tỉnh ủy",
      "Ban Dân vận Tỉnh ủy",
      "Ban Tổ chức Tỉnh ủy",
    ]);
    expect(ws.getCell("L5").value).toBe(102);
  });

  it("lists the members left out of a publication, and the reason it was published anyway", async () => {
    const w = await worldWithSheetlessMember();
    signInAs(w.users.CHAIR);
    await publishResults({ blocId: w.blocA.id, year: YEAR, expectedVersion: 0, reason: "Hội nghị thống nhất công bố" });
    signInAs(w.users.OBSERVER);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await (await get(w)).arrayBuffer());
    const ws = wb.worksheets[0]!;
    expect(String(ws.getCell("A2").value)).toContain("Lý do công bố: Hội nghị thống nhất công bố");
    expect(ws.getCell("A9").value).toBe("Cơ quan không được xếp hạng (1)");
    expect([ws.getCell("B10").value, ws.getCell("C10").value]).toEqual(["Ban Nội chính Tỉnh ủy", "Chưa lập bảng tự chấm"]);
  });

  it("is 404 for a version not published", async () => {
    const w = await world();
    await published(w);
    expect((await get(w, "2")).status).toBe(404);
    expect((await get(w, "x")).status).toBe(404);
  });
});
