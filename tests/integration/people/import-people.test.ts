import ExcelJS from "exceljs";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { GET } from "@/app/api/khoi/[bloc]/[year]/ca-nhan/mau-xlsx/route";
import { PERSON_COLUMNS, PERSON_GUIDE_SHEET_NAME, PERSON_SHEET_NAME } from "@/lib/domain/people/person-import";
import { importPeople } from "@/lib/server/people/import-people";
import { signInAs } from "../setup/current-user-stub";
import { auditRows, expectRefused, peopleFile, world, YEAR, type Who, type World } from "./world";

vi.mock("@/lib/server/auth/current-user", () => import("../setup/current-user-stub"));

const template = (w: World) =>
  GET(new Request(`http://test.local/api/khoi/${w.blocA.code}/${YEAR}/ca-nhan/mau-xlsx`), {
    params: Promise.resolve({ bloc: w.blocA.code, year: String(YEAR) }),
  });
const oneRow = (w: World, agencyCode = w.btg.code) =>
  peopleFile([{ "Họ và tên": "Lê Văn Bình", "Mã cơ quan": agencyCode, Năm: 2024, "Danh hiệu, hình thức": "CSTDCS" }]);
const run = async (w: World, file: File, step: "check" | "write" = "write") => importPeople({ blocId: w.blocA.id, year: YEAR, file }, step);

describe("importPeople: who", () => {
  beforeEach(() => signInAs(null));

  // BTG's people: BTG's leader and officer, bloc A's secretary and chair. Council staff read, never import.
  const OUTCOMES: [Who, "ok" | "FORBIDDEN" | "NOT_FOUND" | "INVALID_INPUT"][] = [
    ["SECRETARY", "ok"],
    ["CHAIR", "ok"],
    ["AGENCY_LEADER", "ok"],
    ["AGENCY_OFFICER", "ok"],
    ["ADMIN", "FORBIDDEN"],
    ["COUNCIL", "FORBIDDEN"],
    ["OBSERVER", "FORBIDDEN"],
    // BDV's leader may import BDV's people, not BTG's: the row is refused by name.
    ["OTHER_AGENCY_LEADER", "INVALID_INPUT"],
    ["OTHER_COUNCIL", "NOT_FOUND"],
    ["OTHER_SECRETARY", "NOT_FOUND"],
    ["OTHER_OFFICER", "NOT_FOUND"],
  ];
  it.each(OUTCOMES)("%s → %s", async (who, outcome) => {
    const w = await world();
    signInAs(w.users[who]);
    if (outcome === "ok") {
      expect(await run(w, await oneRow(w))).toEqual({ people: 1, records: 1, alreadyThere: 0 });
    } else {
      const e = await expectRefused(run(w, await oneRow(w)), outcome);
      if (outcome === "INVALID_INPUT")
        expect(e.fieldErrors?.file).toEqual([
          `Dòng 2, cột C (Mã cơ quan): bạn không được nhập lịch sử khen thưởng của Ban Tuyên giáo Tỉnh ủy (${w.btg.code}).`,
        ]);
      expect(await w.db.personRecord.count()).toBe(0);
    }
  });

  it("an agency outside the bloc this year is refused by its code", async () => {
    const w = await world();
    signInAs(w.users.SECRETARY);
    const e = await expectRefused(run(w, await oneRow(w, w.outsider.code)), "INVALID_INPUT");
    expect(e.fieldErrors?.file).toEqual([`Dòng 2, cột C (Mã cơ quan): không có cơ quan nào mã “${w.outsider.code.toUpperCase()}” trong khối năm nay.`]);
  });
});

describe("importPeople: what it writes", () => {
  beforeEach(() => signInAs(null));

  it("adds years to an existing person, creates a new one once for several rows, and audits each person", async () => {
    const w = await world();
    signInAs(w.users.AGENCY_OFFICER);
    const file = await peopleFile([
      {
        "Họ và tên": "Phạm Thị Hồng",
        "Năm sinh": 1980,
        "Mã cơ quan": w.btg.code,
        Năm: 2024,
        "Danh hiệu, hình thức": "Chiến sĩ thi đua cơ sở",
        "Số quyết định": "12/QĐ-BTG",
      },
      { "Họ và tên": "phạm thị hồng", "Mã cơ quan": w.btg.code.toLowerCase(), Năm: 2025, "Danh hiệu, hình thức": "CSTDCS" },
      { "Họ và tên": "Lê Văn Bình", "Năm sinh": 1990, "Mã cơ quan": w.btg.code, Năm: 2025, "Danh hiệu, hình thức": "LDTT" },
      { "Họ và tên": "Lê Văn Bình", "Năm sinh": 1990, "Mã cơ quan": w.btg.code, Năm: 2026, "Danh hiệu, hình thức": "BK_CN" },
    ]);
    expect(await run(w, file)).toEqual({ people: 1, records: 4, alreadyThere: 0 });
    const hong = await w.db.personRecord.findMany({ where: { personId: w.hong.id }, orderBy: { year: "asc" } });
    expect(hong.map((r) => [r.year, r.code, r.name, r.decisionRef, r.source, r.agencyId])).toEqual([
      [2024, "CSTDCS", "Chiến sĩ thi đua cơ sở", "12/QĐ-BTG", "IMPORT", w.btg.id],
      [2025, "CSTDCS", "Chiến sĩ thi đua cơ sở", null, "IMPORT", w.btg.id],
    ]);
    const binh = await w.db.person.findFirstOrThrow({ where: { name: "Lê Văn Bình" }, include: { agencies: true, records: { orderBy: { year: "asc" } } } });
    expect(binh.birthYear).toBe(1990);
    expect(binh.agencies.map((a) => a.agencyId)).toEqual([w.btg.id]);
    expect(binh.records.map((r) => [r.year, r.code, r.name])).toEqual([
      [2025, "LDTT", "Lao động tiên tiến"],
      [2026, "BK_CN", "Bằng khen của Chủ tịch UBND tỉnh (cá nhân)"],
    ]);
    expect((await auditRows(w.db, "Person", w.hong.id)).map((a) => [a.action, a.blocId])).toEqual([["person.import", w.blocA.id]]);
    const created = await auditRows(w.db, "Person", binh.id);
    expect(created.map((a) => a.action)).toEqual(["person.import-create"]);
    expect(created[0]!.after).toMatchObject({
      name: "Lê Văn Bình",
      records: [
        { year: 2025, code: "LDTT" },
        { year: 2026, code: "BK_CN" },
      ],
      fileName: "lich-su.xlsx",
    });

    // The same file again: nothing new, the years already there are kept.
    expect(await run(w, file)).toEqual({ people: 0, records: 0, alreadyThere: 4 });
    expect(await w.db.personRecord.count()).toBe(4);
  });

  it("any bad row refuses the whole file, every problem by row and column", async () => {
    const w = await world();
    signInAs(w.users.SECRETARY);
    const file = await peopleFile([
      { "Họ và tên": "Lê Văn Bình", "Mã cơ quan": w.btg.code, Năm: 2025, "Danh hiệu, hình thức": "LDTT" },
      { "Họ và tên": "", "Mã cơ quan": w.btg.code, Năm: 2025, "Danh hiệu, hình thức": "LDTT" },
      { "Họ và tên": "Lê Văn Bình", "Mã cơ quan": w.btg.code, Năm: YEAR + 1, "Danh hiệu, hình thức": "LDTT" },
      { "Họ và tên": "Lê Văn Bình", "Mã cơ quan": w.btg.code, Năm: 2024, "Danh hiệu, hình thức": "Huân chương Lao động" },
    ]);
    const e = await expectRefused(run(w, file), "INVALID_INPUT");
    expect(e.message).toBe("Tệp chưa hợp lệ (3 lỗi), chưa ghi dòng nào.");
    expect(e.fieldErrors?.file).toEqual([
      "Dòng 3, cột A (Họ và tên): chưa có họ và tên.",
      `Dòng 4, cột D (Năm): năm ${YEAR + 1} nằm ngoài khoảng 1945–${YEAR}.`,
      "Dòng 5, cột E (Danh hiệu, hình thức): “Huân chương Lao động” không có trong danh sách danh hiệu, hình thức (xem trang Hướng dẫn).",
    ]);
    expect(await w.db.person.count()).toBe(2);
    expect(await w.db.personRecord.count()).toBe(0);
    expect(await w.db.auditLog.count({ where: { entity: "Person" } })).toBe(0);
  });

  it("the check step finds the same problems and writes nothing when there are none", async () => {
    const w = await world();
    signInAs(w.users.SECRETARY);
    await expect(run(w, await oneRow(w), "check")).rejects.toThrow(/Checks passed/);
    expect(await w.db.personRecord.count()).toBe(0);
    const bad = await peopleFile([{ "Họ và tên": "An", "Mã cơ quan": "KHONG-CO", Năm: 2024, "Danh hiệu, hình thức": "LDTT" }]);
    await expectRefused(run(w, bad, "check"), "INVALID_INPUT");
  });

  it("a file that is not a workbook, or has the wrong headings", async () => {
    const w = await world();
    signInAs(w.users.SECRETARY);
    const notXlsx = new File([Buffer.from("Họ và tên;Năm")], "lich-su.xlsx");
    expect((await expectRefused(run(w, notXlsx), "INVALID_INPUT")).fieldErrors?.file).toEqual(["Chỉ nhận tệp Excel .xlsx (kiểm tra theo nội dung tệp)."]);
    const wrong = await peopleFile([], ["Họ và tên", "Năm"]);
    expect((await expectRefused(run(w, wrong), "INVALID_INPUT")).fieldErrors?.file).toContain(
      "Dòng 1: thiếu cột “Mã cơ quan” (tiêu đề các cột phải giữ như tệp mẫu).",
    );
  });
});

describe("the import template", () => {
  beforeEach(() => signInAs(null));

  it.each<[Who, number]>([
    ["SECRETARY", 200],
    ["AGENCY_OFFICER", 200],
    ["COUNCIL", 404],
    ["OBSERVER", 404],
    ["OTHER_SECRETARY", 404],
  ])("%s → %i", async (who, status) => {
    const w = await world();
    signInAs(w.users[who]);
    const res = await template(w);
    expect(res.status).toBe(status);
    if (status !== 200) return;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await res.arrayBuffer());
    expect(wb.getWorksheet(PERSON_SHEET_NAME)!.getRow(1).values).toEqual([undefined, ...PERSON_COLUMNS]);
    const guide: string[] = [];
    wb.getWorksheet(PERSON_GUIDE_SHEET_NAME)!.eachRow((row) => guide.push(String(row.getCell(1).value ?? "")));
    expect(guide).toContain("CSTDCS");
    expect(guide).toContain("BK_CN");
    expect(guide).toContain(w.btg.code);
    // The officer imports BTG's people only; the secretary every member's.
    expect(guide.includes(w.bdv.code)).toBe(who === "SECRETARY");
  });
});
