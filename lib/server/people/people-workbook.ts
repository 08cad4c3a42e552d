import "server-only";
import ExcelJS from "exceljs";
import { loadXlsx, plainRow } from "@/lib/documents/read-xlsx";
import type { Cell } from "@/lib/domain/account-import";
import { MAX_PERSON_ROWS, PERSON_COLUMNS, PERSON_GUIDE_SHEET_NAME, PERSON_SHEET_NAME } from "@/lib/domain/people/person-import";

const WIDTHS = [28, 10, 16, 8, 40, 20];
const TEXT_COLUMNS = ["Mã cơ quan", "Danh hiệu, hình thức", "Số quyết định"] as const;

export interface PeopleTemplateData {
  blocName: string;
  year: number;
  agencies: readonly { code: string; name: string }[];
  titles: readonly { code: string; name: string }[];
}

/**
 * The import template of people's past years (docs/decisions/0037): sheet "Cá nhân" with the
 * headings (codes and decision numbers kept as text), sheet "Hướng dẫn" with the rules, the
 * titles and forms by code and name, and the agencies the caller may import for.
 */
export async function buildPeopleTemplateXlsx(data: PeopleTemplateData): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Thi đua khối";
  const ws = wb.addWorksheet(PERSON_SHEET_NAME, { views: [{ state: "frozen", ySplit: 1 }] });
  ws.columns = PERSON_COLUMNS.map((header, i) => ({ header, width: WIDTHS[i] }));
  ws.getRow(1).font = { bold: true };
  for (const name of TEXT_COLUMNS) ws.getColumn(PERSON_COLUMNS.indexOf(name) + 1).numFmt = "@";

  const guide = wb.addWorksheet(PERSON_GUIDE_SHEET_NAME);
  guide.columns = [{ width: 24 }, { width: 70 }];
  const add = (values: Cell[], bold = false) => {
    const row = guide.addRow(values);
    if (bold) row.font = { bold: true };
  };
  add([`Nhập lịch sử khen thưởng cá nhân — ${data.blocName}, năm ${data.year}`], true);
  for (const line of [
    `Mỗi dòng của trang “${PERSON_SHEET_NAME}” là một danh hiệu hoặc hình thức khen thưởng một người đạt trong một năm; giữ nguyên dòng tiêu đề. Tối đa ${MAX_PERSON_ROWS} dòng mỗi lần.`,
    `Bắt buộc: Họ và tên, Mã cơ quan, Năm (đến năm ${data.year}), Danh hiệu, hình thức (ghi mã hoặc tên như bảng dưới).`,
    "Năm sinh (không bắt buộc) giúp phân biệt những người trùng tên trong một cơ quan. Số quyết định: số của quyết định công nhận, nếu có.",
    "Người đã có trong cơ quan (cùng họ tên, năm sinh) được ghi thêm các năm; người chưa có được tạo mới. Năm và danh hiệu đã ghi trước đó được giữ nguyên.",
    "Nếu có dòng sai, không dòng nào được ghi: sửa các dòng được báo lỗi rồi nhập lại cả tệp.",
  ])
    add([line]);
  add([]);
  add(["Mã", "Danh hiệu, hình thức"], true);
  for (const t of data.titles) add([t.code, t.name]);
  add([]);
  add(["Mã cơ quan", "Tên cơ quan"], true);
  if (data.agencies.length === 0) add(["(không có cơ quan nào bạn được nhập)"]);
  for (const a of data.agencies) add([a.code, a.name]);
  guide.getColumn(2).alignment = { wrapText: true, vertical: "top" };
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The sheet "Cá nhân" (or the only sheet that is not the guide) as rows of plain cells, index 0 = row 1. */
export async function readPeopleXlsx(bytes: Uint8Array): Promise<{ ok: true; rows: Cell[][] } | { ok: false; message: string }> {
  const loaded = await loadXlsx(bytes);
  if (!loaded.ok) return loaded;
  const others = loaded.workbook.worksheets.filter((w) => w.name !== PERSON_GUIDE_SHEET_NAME);
  const ws = loaded.workbook.getWorksheet(PERSON_SHEET_NAME) ?? (others.length === 1 ? others[0] : undefined);
  if (!ws) return { ok: false, message: `Tệp không có trang “${PERSON_SHEET_NAME}”: hãy dùng tệp mẫu.` };
  // Headings, the rows and some blank ones; a longer sheet is refused before it is copied.
  const maxRows = MAX_PERSON_ROWS + 200;
  const tooLong = { ok: false as const, message: `Trang “${PERSON_SHEET_NAME}” có quá nhiều dòng (tối đa ${MAX_PERSON_ROWS} dòng).` };
  if (ws.actualRowCount > maxRows) return tooLong;
  const filled = new Map<number, Cell[]>();
  ws.eachRow({ includeEmpty: false }, (row, number) => {
    const cells = plainRow(row, PERSON_COLUMNS.length);
    if (cells.some((v) => v !== null && String(v).trim() !== "")) filled.set(number, cells);
  });
  const lastRow = Math.max(0, ...filled.keys());
  if (lastRow > maxRows) return tooLong;
  return { ok: true, rows: Array.from({ length: lastRow }, (_, i) => filled.get(i + 1) ?? []) };
}
