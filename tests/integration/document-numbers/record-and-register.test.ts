import { beforeEach, describe, expect, it, vi } from "vitest";
import ExcelJS from "exceljs";
import { GET as getRegisterXlsx } from "@/app/api/khoi/[bloc]/[year]/so-van-ban/xlsx/route";
import { GET as getDossierDocx } from "@/app/api/khoi/[bloc]/[year]/ho-so/[document]/docx/route";
import { readDocx } from "@/lib/documents/read-docx";
import { plainRow } from "@/lib/documents/read-xlsx";
import { REGISTER_SHEET_NAME } from "@/lib/documents/document-register-xlsx";
import { todayInVietnam } from "@/lib/server/clock";
import { findDocumentNumbers } from "@/lib/server/document-numbers/find-document-numbers";
import { getDocumentNumber } from "@/lib/server/document-numbers/get-document-number";
import { issueDocumentNumber } from "@/lib/server/document-numbers/issue-document-number";
import { recordDocumentNumber } from "@/lib/server/document-numbers/record-document-number";
import { auditRows, expectRefused } from "../setup/bloc-world";
import { signInAs } from "../setup/current-user-stub";
import { world, YEAR, type World } from "../reports/world";

vi.mock("@/lib/server/auth/current-user", () => import("../setup/current-user-stub"));

const THIS_YEAR = Number(todayInVietnam().slice(0, 4));
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const conferenceId = async (w: World) => (await w.db.meeting.findFirstOrThrow({ where: { cycleId: w.cycle.id, kind: "YEAR_END_CONFERENCE" } })).id;
const memo = (w: World, symbol: string, issuedOn = "2024-02-10") =>
  recordDocumentNumber({ document: "DOSSIER_MEMO", subjectId: w.cycle.id, symbol, issuedOn: day(issuedOn), note: "Văn thư Ban Tổ chức cấp" });

describe("recording a number given outside the app", () => {
  let w: World;
  beforeEach(async () => {
    w = await world();
    signInAs(w.users.CHAIR);
  });

  it("keeps the canonical symbol in the year it was given, audited, printed on the memo", async () => {
    const n = await memo(w, "Số 15-ttr/btctu");
    expect(n).toMatchObject({ symbol: "15-TTr/BTCTU", issuedOn: "2024-02-10", source: "RECORDED", existed: false });
    const row = await w.db.documentNumber.findUniqueOrThrow({ where: { id: n.id } });
    expect(row).toMatchObject({ year: 2024, sequence: null, issuerCode: "BTCTU", kind: "TTr", note: "Văn thư Ban Tổ chức cấp" });
    const [audit] = await auditRows(w.db, "DocumentNumber", n.id);
    expect(audit).toMatchObject({ action: "document-number.record", actorId: w.users.CHAIR });
    const res = await getDossierDocx(new Request("http://test.local/"), {
      params: Promise.resolve({ bloc: w.bloc.code, year: String(YEAR), document: "to-trinh" }),
    });
    expect((await readDocx(await res.arrayBuffer())).paragraphs).toContain("Số 15-TTr/BTCTU");
    // "Cấp số" then answers the recorded number; the series is untouched.
    expect(await issueDocumentNumber({ document: "DOSSIER_MEMO", subjectId: w.cycle.id, note: null })).toMatchObject({ symbol: "15-TTr/BTCTU", existed: true });
    expect(await w.db.documentNumberCounter.count()).toBe(0);
  });

  it("refuses a number already in the register for that year, for another document", async () => {
    const minutes = (subjectId: string, issuedOn: string) =>
      recordDocumentNumber({ document: "CONFERENCE_MINUTES", subjectId, symbol: "15-BB/BTCTU", issuedOn: day(issuedOn), note: null });
    const other = await w.db.meeting.create({
      data: { cycleId: w.cycle.id, kind: "MID_YEAR_REVIEW", heldOn: day("2023-07-10"), place: "Hội trường", chairName: "Chủ trì" },
    });
    signInAs(w.users.SECRETARY);
    await minutes(await conferenceId(w), "2024-02-10");
    // The same number for another document of the same year: refused on the field, nothing written.
    const dup = await expectRefused(minutes(other.id, "2024-03-01"), "INVALID_INPUT");
    expect(dup.fieldErrors?.symbol?.[0]).toContain("đã có trong sổ");
    expect(await w.db.documentNumber.count()).toBe(1);
    expect(await auditRows(w.db, "DocumentNumber")).toHaveLength(1);
    // Numbers start again each year: another year's register may hold the same symbol.
    await minutes(other.id, "2023-12-30");
    expect(await w.db.documentNumber.count()).toBe(2);
  });

  it.each([
    ["15/TTr-BTCTU", "thể thức văn bản của Đảng"],
    ["15-BC/BTCTU", "loại TTr"],
    ["15-TTr/KTĐ", "Cấp số"],
    ["TTr/BTCTU", "ghi theo dạng"],
  ])("refuses %j: %s", async (symbol, says) => {
    const e = await expectRefused(memo(w, symbol), "INVALID_INPUT");
    expect(e.fieldErrors?.symbol?.[0]).toContain(says);
    expect(await w.db.documentNumber.count()).toBe(0);
    expect(await auditRows(w.db, "DocumentNumber")).toHaveLength(0);
  });

  it("refuses a day after today and a second number for a numbered document", async () => {
    const e = await expectRefused(memo(w, "15-TTr/BTCTU", "2099-01-01"), "INVALID_INPUT");
    expect(e.fieldErrors?.issuedOn?.[0]).toContain("sau hôm nay");
    await issueDocumentNumber({ document: "DOSSIER_MEMO", subjectId: w.cycle.id, note: null });
    const again = await expectRefused(memo(w, "16-TTr/BTCTU"), "CONFLICT");
    expect(again.message).toContain("đã có số 1-TTr/KTĐ");
    expect(await w.db.documentNumber.count()).toBe(1);
  });
});

describe("the register", () => {
  it("lists the year's numbers in the series' order with what they number, filters by issuing body, exports .xlsx", async () => {
    const w = await world();
    signInAs(w.users.SECRETARY);
    await issueDocumentNumber({ document: "YEAR_END_REPORT", subjectId: w.cycle.id, note: null });
    await issueDocumentNumber({ document: "CONFERENCE_MINUTES", subjectId: await conferenceId(w), note: null });
    signInAs(w.users.CHAIR);
    await memo(w, "15-TTr/BTCTU", todayInVietnam());

    signInAs(w.users.OBSERVER);
    const all = await findDocumentNumbers(w.bloc.id, THIS_YEAR);
    expect(all.rows.map((r) => [r.symbol, r.document, r.href])).toEqual([
      ["1-BC/KTĐ", "YEAR_END_REPORT", `/khoi/${w.bloc.code}/${YEAR}/tong-ket/bao-cao`],
      ["2-BB/KTĐ", "CONFERENCE_MINUTES", `/khoi/${w.bloc.code}/${YEAR}/tong-ket/hoi-nghi/bien-ban`],
      ["15-TTr/BTCTU", "DOSSIER_MEMO", `/khoi/${w.bloc.code}/${YEAR}/khen-thuong/ho-so`],
    ]);
    expect(all.issuerCodes).toEqual(["BTCTU", "KTĐ"]);
    expect((await findDocumentNumbers(w.bloc.id, THIS_YEAR, "KTĐ")).rows).toHaveLength(2);
    expect((await findDocumentNumbers(w.bloc.id, THIS_YEAR - 1)).rows).toHaveLength(0);
    const panel = await getDocumentNumber("YEAR_END_REPORT", w.cycle.id);
    expect(panel).toMatchObject({ canIssue: false, number: { symbol: "1-BC/KTĐ", source: "ISSUED" } });

    const res = await getRegisterXlsx(new Request(`http://test.local/?nam=${THIS_YEAR}`), {
      params: Promise.resolve({ bloc: w.bloc.code, year: String(YEAR) }),
    });
    expect(res.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await res.arrayBuffer());
    const ws = wb.getWorksheet(REGISTER_SHEET_NAME)!;
    expect(plainRow(ws.getRow(5), 9).slice(0, 2)).toEqual([1, "1-BC/KTĐ"]);
    expect(plainRow(ws.getRow(7), 9).slice(0, 2)).toEqual([3, "15-TTr/BTCTU"]);

    signInAs(w.users.OTHER_SECRETARY);
    await expectRefused(findDocumentNumbers(w.bloc.id, THIS_YEAR), "NOT_FOUND");
    await expectRefused(getDocumentNumber("YEAR_END_REPORT", w.cycle.id), "NOT_FOUND");
  });
});
