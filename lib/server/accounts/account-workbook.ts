import "server-only";
import ExcelJS from "exceljs";
import { loadXlsx, plainRow } from "@/lib/documents/read-xlsx";
import { ACCOUNT_COLUMNS, ACCOUNT_SHEET_NAME, GUIDE_SHEET_NAME, MAX_ACCOUNT_ROWS, type Cell } from "@/lib/domain/account-import";
import { roleScopeKind } from "@/lib/domain/account-rules";
import { ROLE_LABELS, type RoleName } from "@/lib/domain/roles";

const WIDTHS = [28, 24, 32, 16, 16, 24, 16, 12, 12];
const TEXT_COLUMNS = ["Điện thoại", "Mã cơ quan", "Mã khối", "Từ ngày", "Đến ngày"] as const;

export interface TemplateData {
  scopeLabel: string;
  roles: readonly RoleName[];
  agencies: readonly { code: string; name: string; province: string | null }[];
  blocs: readonly { code: string; name: string; province: string | null }[];
}

const SCOPE_TEXT: Record<ReturnType<typeof roleScopeKind>, string> = {
  NONE: "Toàn hệ thống; không ghi Mã khối.",
  PROVINCE: "Tỉnh, thành phố quản lý chọn khi nhập tệp (hoặc Trung ương); không ghi Mã khối.",
  BLOC: "Ghi Mã khối.",
  AGENCY: "Cơ quan ở cột Mã cơ quan (bắt buộc); không ghi Mã khối.",
};

/**
 * The import template: sheet "Tài khoản" with the headings (codes, phone and
 * days kept as text so a spreadsheet does not drop a leading 0 or turn a code
 * into a number; a pick list on "Vai trò"), and sheet "Hướng dẫn" listing the
 * rules, the role names, and the agency and bloc codes in the caller's scope.
 */
export async function buildAccountTemplateXlsx(data: TemplateData): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Thi đua khối";
  const ws = wb.addWorksheet(ACCOUNT_SHEET_NAME, { views: [{ state: "frozen", ySplit: 1 }] });
  ws.columns = ACCOUNT_COLUMNS.map((header, i) => ({ header, width: WIDTHS[i] }));
  ws.getRow(1).font = { bold: true };
  const last = MAX_ACCOUNT_ROWS + 1;
  for (const name of TEXT_COLUMNS) ws.getColumn(ACCOUNT_COLUMNS.indexOf(name) + 1).numFmt = "@";
  const roleCol = String.fromCharCode(65 + ACCOUNT_COLUMNS.indexOf("Vai trò"));
  const pickList = {
    type: "list" as const,
    allowBlank: true,
    formulae: [`"${data.roles.map((r) => ROLE_LABELS[r]).join(",")}"`],
    showErrorMessage: true,
    errorTitle: "Vai trò",
    error: "Chọn một vai trò trong danh sách (xem trang Hướng dẫn).",
  };
  for (let r = 2; r <= last; r++) ws.getCell(`${roleCol}${r}`).dataValidation = pickList;

  const guide = wb.addWorksheet(GUIDE_SHEET_NAME);
  guide.columns = [{ width: 26 }, { width: 60 }, { width: 28 }];
  const add = (values: Cell[], bold = false) => {
    const row = guide.addRow(values);
    if (bold) row.font = { bold: true };
  };
  add([`Nhập tài khoản — phạm vi: ${data.scopeLabel}`], true);
  for (const line of [
    `Mỗi dòng của trang “${ACCOUNT_SHEET_NAME}” là một tài khoản; giữ nguyên dòng tiêu đề. Tối đa ${MAX_ACCOUNT_ROWS} tài khoản mỗi lần.`,
    "Bắt buộc: Họ và tên, Email (không trùng trong tệp và với tài khoản đã có).",
    "Điện thoại: số Việt Nam, ví dụ 0912 345 678. Ngày: dd/MM/yyyy, ví dụ 01/01/2026; chỉ ghi khi có vai trò.",
    "Vai trò (không bắt buộc): ghi đúng một tên trong bảng dưới. Mỗi dòng một vai trò; giao thêm vai trò ở trang của tài khoản.",
    "Nếu có dòng sai, không tài khoản nào được tạo: sửa các dòng được báo lỗi rồi nhập lại cả tệp.",
    "Mỗi tài khoản nhận một mật khẩu tạm thời, hiện một lần sau khi nhập; người dùng phải đổi mật khẩu ở lần đăng nhập đầu.",
  ])
    add([line]);
  add([]);
  add(["Vai trò", "Phạm vi"], true);
  for (const r of data.roles) add([ROLE_LABELS[r], SCOPE_TEXT[roleScopeKind(r)]]);
  add([]);
  add(["Mã cơ quan", "Tên cơ quan", "Tỉnh, thành phố"], true);
  if (data.agencies.length === 0) add(["(chưa có cơ quan nào trong phạm vi)"]);
  for (const a of data.agencies) add([a.code, a.name, a.province ?? "Trung ương"]);
  add([]);
  add(["Mã khối", "Tên khối", "Tỉnh, thành phố"], true);
  if (data.blocs.length === 0) add(["(chưa có khối nào trong phạm vi)"]);
  for (const b of data.blocs) add([b.code, b.name, b.province ?? "Trung ương"]);
  guide.getColumn(2).alignment = { wrapText: true, vertical: "top" };
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export type ReadAccountsWorkbook = { ok: true; rows: Cell[][] } | { ok: false; message: string };

/** The sheet "Tài khoản" (or the only sheet that is not the guide) as rows of plain cells, index 0 = row 1. */
export async function readAccountsXlsx(bytes: Uint8Array): Promise<ReadAccountsWorkbook> {
  const loaded = await loadXlsx(bytes);
  if (!loaded.ok) return loaded;
  const wb = loaded.workbook;
  const others = wb.worksheets.filter((w) => w.name !== GUIDE_SHEET_NAME);
  const ws = wb.getWorksheet(ACCOUNT_SHEET_NAME) ?? (others.length === 1 ? others[0] : undefined);
  if (!ws) return { ok: false, message: `Tệp không có trang “${ACCOUNT_SHEET_NAME}”: hãy dùng tệp mẫu.` };
  // Headings, the accounts and some blank rows; a longer sheet is refused before it is copied.
  const maxRows = MAX_ACCOUNT_ROWS + 200;
  const tooLong = { ok: false as const, message: `Trang “${ACCOUNT_SHEET_NAME}” có quá nhiều dòng (tối đa ${MAX_ACCOUNT_ROWS} tài khoản).` };
  if (ws.actualRowCount > maxRows) return tooLong;
  const filled = new Map<number, Cell[]>();
  ws.eachRow({ includeEmpty: false }, (row, number) => {
    const cells = plainRow(row, ACCOUNT_COLUMNS.length);
    if (cells.some((v) => v !== null && String(v).trim() !== "")) filled.set(number, cells);
  });
  const lastRow = Math.max(0, ...filled.keys());
  if (lastRow > maxRows) return tooLong;
  return { ok: true, rows: Array.from({ length: lastRow }, (_, i) => filled.get(i + 1) ?? []) };
}
