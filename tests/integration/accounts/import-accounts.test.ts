import ExcelJS from "exceljs";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { GET } from "@/app/api/quan-tri/tai-khoan/mau-xlsx/route";
import { verifyPassword } from "@/lib/auth/password";
import { ACCOUNT_COLUMNS, ACCOUNT_SHEET_NAME, GUIDE_SHEET_NAME } from "@/lib/domain/account-import";
import { importAccounts } from "@/lib/server/accounts/import-accounts";
import { signInAs } from "../setup/current-user-stub";
import { auditOf, counts, expectRefused, importFile, world } from "./world";

vi.mock("@/lib/server/auth/current-user", () => import("../setup/current-user-stub"));

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const template = () => GET(new Request("http://test.local/api/quan-tri/tai-khoan/mau-xlsx"), { params: Promise.resolve({}) });

describe("importAccounts", () => {
  beforeEach(() => signInAs(null));

  it("creates every account with its role, a temporary password shown once and audit rows", async () => {
    const w = await world();
    signInAs(w.users.STAFF_Q);
    const file = await importFile([
      {
        "Họ và tên": "Phan Văn Một",
        "Chức danh": "Chánh Văn phòng",
        Email: "Mot@KonTum.gov.vn",
        "Điện thoại": 912345678,
        "Mã cơ quan": w.agencyA.code.toLowerCase(),
        "Vai trò": "Thủ trưởng cơ quan",
      },
      {
        "Họ và tên": "Lê Thị Hai",
        Email: "hai@kontum.gov.vn",
        "Vai trò": "Thư ký khối",
        "Mã khối": w.blocA.code,
        "Từ ngày": "01/01/2026",
        "Đến ngày": "31/12/2026",
      },
      { "Họ và tên": "Võ Văn Ba", Email: "ba@kontum.gov.vn", "Vai trò": "Cán bộ Hội đồng TĐKT" },
      { "Họ và tên": "Đỗ Thị Bốn", Email: "bon@kontum.gov.vn" },
    ]);
    const { accounts } = await importAccounts({ provinceId: w.p.id, file });
    expect(accounts.map((a) => [a.name, a.email])).toEqual([
      ["Phan Văn Một", "mot@kontum.gov.vn"],
      ["Lê Thị Hai", "hai@kontum.gov.vn"],
      ["Võ Văn Ba", "ba@kontum.gov.vn"],
      ["Đỗ Thị Bốn", "bon@kontum.gov.vn"],
    ]);
    const users = await w.db.user.findMany({ where: { email: { in: accounts.map((a) => a.email) } }, include: { roles: true } });
    const by = new Map(users.map((u) => [u.email, u]));
    expect(by.get("mot@kontum.gov.vn")).toMatchObject({
      title: "Chánh Văn phòng",
      phone: "0912345678",
      agencyId: w.agencyA.id,
      provinceId: w.p.id,
      mustChangePassword: true,
    });
    expect(by.get("mot@kontum.gov.vn")!.roles.map((g) => [g.role, g.agencyId])).toEqual([["AGENCY_LEADER", w.agencyA.id]]);
    expect(
      by.get("hai@kontum.gov.vn")!.roles.map((g) => [g.role, g.blocId, g.startsOn?.toISOString().slice(0, 10), g.endsOn?.toISOString().slice(0, 10)]),
    ).toEqual([["SECRETARY", w.blocA.id, "2026-01-01", "2026-12-31"]]);
    expect(by.get("ba@kontum.gov.vn")!.roles.map((g) => [g.role, g.provinceId])).toEqual([["COUNCIL_STAFF", w.p.id]]);
    expect(by.get("bon@kontum.gov.vn")!.roles).toEqual([]);
    for (const a of accounts) expect(await verifyPassword(by.get(a.email)!.passwordHash, a.temporaryPassword)).toBe(true);
    expect(new Set(accounts.map((a) => a.temporaryPassword)).size).toBe(4);
    const audits = await auditOf("User");
    expect(audits.map((a) => a.action)).toEqual(["account.import", "account.import", "account.import", "account.import"]);
    expect(audits[0]!.after).toMatchObject({ name: "Phan Văn Một", agency: w.agencyA.name, province: "Kon Tum", row: 2 });
    const roleAudits = await auditOf("RoleAssignment");
    expect(roleAudits.map((a) => [a.action, a.blocId])).toEqual([
      ["role.assign", null],
      ["role.assign", w.blocA.id],
      ["role.assign", null],
    ]);
    const json = JSON.stringify([...audits, ...roleAudits]);
    for (const a of accounts) expect(json).not.toContain(a.temporaryPassword);
  });

  it("a renamed column heading is named by row and column; nothing is written", async () => {
    const w = await world();
    signInAs(w.users.STAFF_P);
    const headings: string[] = [...ACCOUNT_COLUMNS];
    headings[2] = "Thư điện tử";
    const before = await counts();
    const e = await expectRefused(
      importAccounts({ provinceId: w.p.id, file: await importFile([{ "Họ và tên": "A", Email: "a@kontum.gov.vn" }], headings) }),
      "INVALID_INPUT",
    );
    expect(e.message).toBe("Tệp chưa hợp lệ (2 lỗi), chưa tạo tài khoản nào.");
    expect(e.fieldErrors?.file).toEqual([
      "Dòng 1, cột C: cột “Thư điện tử” không có trong tệp mẫu.",
      "Dòng 1: thiếu cột “Email” (tiêu đề các cột phải giữ như tệp mẫu).",
    ]);
    expect(await counts()).toEqual(before);
  });

  it("wrong rows, a duplicate e-mail (in the file and against an account) and an out-of-scope bloc are all listed by row and column; nothing is written", async () => {
    const w = await world();
    signInAs(w.users.STAFF_P);
    const before = await counts();
    const file = await importFile([
      { "Họ và tên": "Đúng", Email: "dung@kontum.gov.vn" },
      { "Họ và tên": "", Email: "khong-phai-email", "Điện thoại": "12345" },
      { "Họ và tên": "Trùng trong tệp", Email: "DUNG@kontum.gov.vn" },
      { "Họ và tên": "Trùng tài khoản", Email: w.target.email },
      { "Họ và tên": "Khối ngoài phạm vi", Email: "ngoai@kontum.gov.vn", "Vai trò": "Trưởng khối", "Mã khối": w.blocB.code },
      { "Họ và tên": "Cơ quan lạ", Email: "la@kontum.gov.vn", "Mã cơ quan": "KHONG-CO", "Vai trò": "Giám đốc" },
      { "Họ và tên": "Thiếu khối", Email: "thieu@kontum.gov.vn", "Vai trò": "Thư ký khối", "Từ ngày": "31/02/2026" },
    ]);
    const e = await expectRefused(importAccounts({ provinceId: w.p.id, file }), "INVALID_INPUT");
    expect(e.fieldErrors?.file).toEqual([
      "Dòng 3, cột A (Họ và tên): chưa có họ và tên.",
      "Dòng 3, cột C (Email): “khong-phai-email” không phải là email hợp lệ.",
      "Dòng 3, cột D (Điện thoại): “12345” không phải số điện thoại Việt Nam hợp lệ (ví dụ 0912 345 678).",
      "Dòng 4, cột C (Email): email dung@kontum.gov.vn trùng với dòng 2.",
      `Dòng 5, cột C (Email): Email ${w.target.email} đã được dùng cho tài khoản khác.`,
      `Dòng 6, cột G (Mã khối): khối ${w.blocB.name} (${w.blocB.code}) không thuộc phạm vi bạn quản lý.`,
      expect.stringMatching(/^Dòng 7, cột F \(Vai trò\): vai trò “Giám đốc” không có; dùng một trong: /),
      "Dòng 7, cột E (Mã cơ quan): không có cơ quan nào mã “KHONG-CO”.",
      "Dòng 8, cột G (Mã khối): vai trò Thư ký khối cần mã khối.",
      "Dòng 8, cột H (Từ ngày): ngày không có thật trên lịch.",
    ]);
    expect(await counts()).toEqual(before);
    expect(await w.db.user.findUnique({ where: { email: "dung@kontum.gov.vn" } })).toBeNull();
  });

  it("an agency outside the scope and ADMIN by council staff are refused", async () => {
    const w = await world();
    signInAs(w.users.STAFF_P);
    const file = await importFile([
      { "Họ và tên": "A", Email: "a@kontum.gov.vn", "Mã cơ quan": w.agencyB.code },
      { "Họ và tên": "B", Email: "b@kontum.gov.vn", "Vai trò": "Quản trị hệ thống" },
    ]);
    const e = await expectRefused(importAccounts({ provinceId: w.p.id, file }), "INVALID_INPUT");
    expect(e.fieldErrors?.file).toEqual([
      `Dòng 2, cột E (Mã cơ quan): cơ quan ${w.agencyB.name} (${w.agencyB.code}) không thuộc phạm vi bạn quản lý.`,
      "Dòng 3, cột F (Vai trò): chỉ Quản trị hệ thống được giao vai trò Quản trị hệ thống.",
    ]);
  });

  it("checks the upload by content and size and refuses a missing file, in Vietnamese", async () => {
    const w = await world();
    signInAs(w.users.STAFF_P);
    const pdf = new File([new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31])], "tai-khoan.xlsx", { type: XLSX });
    expect((await expectRefused(importAccounts({ provinceId: w.p.id, file: pdf }), "INVALID_INPUT")).fieldErrors?.file).toEqual([
      "Chỉ nhận tệp Excel .xlsx (kiểm tra theo nội dung tệp).",
    ]);
    const big = new File([new Uint8Array(2 * 1024 * 1024 + 1).fill(0x50)], "lon.xlsx");
    expect((await expectRefused(importAccounts({ provinceId: w.p.id, file: big }), "INVALID_INPUT")).fieldErrors?.file).toEqual([
      "Tệp vượt quá 2 MB: danh sách tài khoản không cần tệp lớn như vậy.",
    ]);
    expect((await expectRefused(importAccounts({ provinceId: w.p.id, file: null }), "INVALID_INPUT")).fieldErrors?.file).toEqual([
      "Vui lòng chọn tệp danh sách tài khoản (.xlsx).",
    ]);
    const broken = new File([new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3])], "hong.xlsx");
    expect((await expectRefused(importAccounts({ provinceId: w.p.id, file: broken }), "INVALID_INPUT")).fieldErrors?.file).toEqual([
      "Không đọc được tệp .xlsx (tệp hỏng hoặc không phải bảng tính Excel).",
    ]);
  });

  it("the downloaded template imports as is once filled in", async () => {
    const w = await world();
    signInAs(w.users.STAFF_P);
    const res = await template();
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Type")).toBe(XLSX);
    expect(res.headers.get("Content-Disposition")).toBe('attachment; filename="mau-nhap-tai-khoan.xlsx"');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await res.arrayBuffer());
    const guide = wb.getWorksheet(GUIDE_SHEET_NAME)!;
    const guideText = guide.getSheetValues().flat().join(" ");
    expect(guideText).toContain(w.agencyA.code);
    expect(guideText).toContain(w.blocA.code);
    expect(guideText).not.toContain(w.agencyB.code);
    expect(guideText).toContain("Thư ký khối");
    expect(guideText).not.toContain("Quản trị hệ thống");
    const ws = wb.getWorksheet(ACCOUNT_SHEET_NAME)!;
    expect(ws.getRow(1).values).toEqual([undefined, ...ACCOUNT_COLUMNS]);
    ws.getRow(2).values = ["Nguyễn Mẫu", null, "mau@kontum.gov.vn", "0912345678", w.agencyA.code, "Người theo dõi", w.blocA.code, "01/01/2026", null];
    const file = new File([new Uint8Array(await wb.xlsx.writeBuffer())], "mau.xlsx", { type: XLSX });
    const { accounts } = await importAccounts({ provinceId: w.p.id, file });
    expect(accounts.map((a) => a.email)).toEqual(["mau@kontum.gov.vn"]);
  });

  it("the template is 404 for users without user:manage", async () => {
    const w = await world();
    signInAs(w.users.CHAIR);
    expect((await template()).status).toBe(404);
  });
});
