import ExcelJS from "exceljs";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { GET as getDocx } from "@/app/api/quan-tri/bao-cao/docx/route";
import { GET as getXlsx } from "@/app/api/quan-tri/bao-cao/xlsx/route";
import { readDocx } from "@/lib/documents/read-docx";
import { plainRow } from "@/lib/documents/read-xlsx";
import { SUMMARY_SHEET_NAME } from "@/lib/documents/province-summary-xlsx";
import { findProvinceSummary } from "@/lib/server/reports/find-province-summary";
import { makeBloc, makeCycle } from "../../factories";
import { expectRefused } from "../setup/bloc-world";
import { signInAs } from "../setup/current-user-stub";
import { world, YEAR, type Who, type World } from "./world";

vi.mock("@/lib/server/auth/current-user", () => import("../setup/current-user-stub"));

const call = (route: typeof getXlsx, query: string) => route(new Request(`http://test.local/api/quan-tri/bao-cao/x${query}`), { params: Promise.resolve({}) });
const query = (w: World, year = YEAR) => `?tinh=${w.province.code}&nam=${year}`;

describe("the province summary across blocs", () => {
  let w: World;
  beforeEach(async () => {
    w = await world();
  });

  it("has one row per bloc of the province for the year, with its figures", async () => {
    const provinceId = w.bloc.provinceId!;
    // A second bloc of the province that has opened 2023 with nothing done, a third that has not.
    const quiet = await makeBloc(w.db, { name: "Cụm thi đua số 2 (kiểm thử)", provinceId });
    await makeCycle(w.db, { blocId: quiet.id, year: YEAR });
    await makeBloc(w.db, { name: "Khối thi đua các sở (kiểm thử)", provinceId });
    signInAs(w.users.COUNCIL);
    const view = await findProvinceSummary(w.province.code, YEAR);
    expect(view.current.label).toBe(w.province.name);
    const [cluster, kontum, notOpened] = view.summary.rows;
    expect(view.summary.rows.map((r) => r.name)).toEqual([
      "Cụm thi đua số 2 (kiểm thử)",
      "Khối thi đua các cơ quan Đảng tỉnh Kon Tum",
      "Khối thi đua các sở (kiểm thử)",
    ]);
    expect(kontum).toMatchObject({
      members: 9,
      registrations: 2,
      pledge: "Đã ký 8/9 (phiên bản 1)",
      results: "Công bố lần 1; dẫn đầu: Trường Chính trị tỉnh Kon Tum",
      conference: "Đã tổ chức ngày 06/02/2024",
      nominations: { [w.flag.name]: 1, [w.merit.name]: 3 },
      decisions: "1 quyết định; 1 được khen thưởng",
    });
    expect(cluster).toMatchObject({ opened: true, members: 0, pledge: "Chưa ký kết", results: "Chưa công bố", nominationsText: "Chưa gửi đề nghị" });
    expect(notOpened).toMatchObject({ opened: false, pledge: "Chưa lập năm thi đua" });
    // Other provinces' blocs are not in it.
    expect(view.summary.rows.map((r) => r.code)).not.toContain(w.otherBloc.code);
  });

  it("downloads as .xlsx and .docx with the blocs", async () => {
    signInAs(w.users.COUNCIL);
    const xlsx = await call(getXlsx, query(w));
    expect(xlsx.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await xlsx.arrayBuffer()) as never);
    const ws = wb.getWorksheet(SUMMARY_SHEET_NAME)!;
    expect(plainRow(ws.getRow(4), 11)).toEqual([
      "TT",
      "Khối, cụm thi đua",
      "Mã khối",
      "Thành viên",
      "Đăng ký đã gửi",
      "Giao ước",
      "Kết quả",
      "Hội nghị tổng kết",
      `Đề nghị: ${w.flag.name}`,
      `Đề nghị: ${w.merit.name}`,
      "Quyết định",
    ]);
    expect(plainRow(ws.getRow(5), 11)).toEqual([
      1,
      "Khối thi đua các cơ quan Đảng tỉnh Kon Tum",
      w.bloc.code,
      9,
      2,
      "Đã ký 8/9 (phiên bản 1)",
      "Công bố lần 1; dẫn đầu: Trường Chính trị tỉnh Kon Tum",
      "Đã tổ chức ngày 06/02/2024",
      1,
      3,
      "1 quyết định; 1 được khen thưởng",
    ]);
    const docx = await call(getDocx, query(w));
    expect(docx.status).toBe(200);
    const text = (await readDocx(await docx.arrayBuffer())).paragraphs.join("\n");
    expect(text).toContain(`HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG ${w.province.name.toLocaleUpperCase("vi-VN")}`);
    expect(text).toContain("Kết quả thi đua, khen thưởng của các khối, cụm thi đua năm 2023");
    expect(text).toContain("Khối thi đua các cơ quan Đảng tỉnh Kon Tum");
  });

  it.each<[Who, number]>([
    ["COUNCIL", 200],
    ["ADMIN", 200],
    ["OTHER_COUNCIL", 404],
    ["SECRETARY", 403],
    ["CHAIR", 403],
    ["AGENCY_LEADER", 403],
  ])("%s asking for the province: %i", async (who, status) => {
    signInAs(w.users[who]);
    expect((await call(getXlsx, query(w))).status).toBe(status);
    expect((await call(getDocx, query(w))).status).toBe(status);
  });

  it("gives council staff of another province their own province by default, and refuses a year out of range", async () => {
    signInAs(w.users.OTHER_COUNCIL);
    const own = await findProvinceSummary(null, YEAR);
    expect(own.current.provinceId).toBe(w.otherProvince.id);
    expect(own.summary.rows.map((r) => r.code)).toEqual([w.otherBloc.code]);
    await expectRefused(findProvinceSummary(w.province.code, YEAR), "NOT_FOUND");
    signInAs(w.users.COUNCIL);
    expect((await call(getXlsx, `?tinh=${w.province.code}&nam=1800`)).status).toBe(404);
  });
});
