/**
 * The criteria table as a spreadsheet (import and export as .xlsx, docs/domain/scoring.md#criteria-tree). Pure: the export
 * turns nodes into rows of plain cell values; the import turns rows back into nodes, with
 * Vietnamese errors naming the row and the column. The workbook itself (exceljs) is read and
 * written in lib/server/criteria/criteria-workbook.ts.
 *
 * Sheet "Tiêu chí": a header block of label/value pairs (bloc, year, title, version, scale,
 * bonus cap), then the column headings (a row with “Mã” and “Tên”, any order), then one row per node in tree order.
 */
import type { CriterionNode, LevelNode } from "./criteria-table";
import { COLUMNS, CRITERIA_SHEET_NAME, HEADER_LABELS, TYPE_NAMES, type Cell, type ColumnName } from "./criteria-sheet";
import type { CriterionType } from "./scoring/types";

export const MAX_IMPORT_ROWS = 1000;
const MAX_POINTS = 999_999.99;
const MAX_LEVELS = 20;

export type ImportResult =
  { ok: true; scale: number; bonusCap: number | null; nodes: CriterionNode[]; rowOf: Map<string, number> } | { ok: false; errors: string[] };

const text = (v: Cell | undefined): string => (v === null || v === undefined ? "" : String(v)).trim();
const colLetter = (i: number) => {
  let s = "";
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
};
const norm = (s: string) => s.normalize("NFC").trim().toLocaleLowerCase("vi").replace(/\s+/g, " ");

/** A decimal with at most 2 places, dot or Vietnamese comma; null when empty; a string on error. */
export function readNumber(v: Cell | undefined, opts: { allowNegative?: boolean } = {}): number | null | { error: string } {
  if (v === null || v === undefined || (typeof v === "string" && v.trim() === "")) return null;
  const bad = { error: `phải là một số${opts.allowNegative ? "" : " không âm"} (tối đa 2 chữ số thập phân).` };
  if (typeof v === "boolean") return bad;
  let n: number;
  if (typeof v === "number") n = v;
  else {
    const s = v.trim();
    if (!(opts.allowNegative ? /^-?\d+([.,]\d+)?$/ : /^\d+([.,]\d+)?$/).test(s)) return bad;
    n = Number(s.replace(",", "."));
  }
  if (!Number.isFinite(n) || (!opts.allowNegative && n < 0) || Math.abs(n) > MAX_POINTS || Math.round(n * 100) / 100 !== n) return bad;
  return n;
}

function readYesNo(v: Cell | undefined): boolean | null {
  if (v === null || v === undefined || v === false) return false;
  if (v === true) return true;
  const s = norm(String(v));
  if (s === "" || s === "không" || s === "khong") return false;
  if (s === "có" || s === "co" || s === "x") return true;
  return null;
}

const TYPE_BY_NAME = new Map<string, CriterionType>(
  (Object.entries(TYPE_NAMES) as [CriterionType, string][]).flatMap(([k, v]) => [
    [norm(v), k],
    [norm(k), k],
  ]),
);

/** Splits on a separator not escaped by "\"; returns raw (still escaped) parts. */
function splitUnescaped(s: string, sep: string): string[] {
  const parts: string[] = [];
  let cur = "";
  for (let i = 0; i < s.length; i++) {
    if (s[i] === "\\" && i + 1 < s.length) {
      cur += s[i]! + s[i + 1]!;
      i++;
    } else if (s[i] === sep) {
      parts.push(cur);
      cur = "";
    } else cur += s[i];
  }
  parts.push(cur);
  return parts;
}
const unescape = (s: string) => s.replace(/\\(.)/g, "$1");

/** "Nhãn=điểm: mô tả | …" back to levels (order = position), or an error text. */
export function parseLevels(raw: string): LevelNode[] | { error: string } {
  const items = splitUnescaped(raw, "|").map((p) => p.trim());
  if (items.length > MAX_LEVELS) return { error: `tối đa ${MAX_LEVELS} mức.` };
  const levels: LevelNode[] = [];
  for (const [i, item] of items.entries()) {
    const where = `mức thứ ${i + 1} (“${item}”)`;
    const [labelRaw, ...rest] = splitUnescaped(item, "=");
    if (rest.length === 0) return { error: `${where} phải có dạng “Nhãn=điểm: mô tả”.` };
    const label = unescape(labelRaw!).trim();
    if (label === "") return { error: `${where} chưa có nhãn.` };
    if (label.length > 200) return { error: `${where}: nhãn quá dài (tối đa 200 ký tự).` };
    const after = rest.join("=");
    const m = /^\s*(-?[\d.,]+)\s*(?::\s?([\s\S]*))?$/.exec(after);
    const pts = m ? readNumber(m[1]!) : null;
    if (!m || pts === null || typeof pts === "object") return { error: `${where}: điểm của mức phải là một số không âm (tối đa 2 chữ số thập phân).` };
    const descriptor = m[2] === undefined ? null : unescape(m[2]).trim() || null;
    if (descriptor !== null && descriptor.length > 2000) return { error: `${where}: mô tả quá dài (tối đa 2000 ký tự).` };
    levels.push({ order: i + 1, label, points: pts, descriptor });
  }
  return levels;
}

/**
 * Rows (index 0 = row 1) back to the table's scale, bonus cap and nodes, ids from `newId`;
 * siblings are ordered as they appear. Every problem is reported, none is guessed around.
 */
export function parseCriteriaRows(rows: readonly (readonly Cell[])[], newId: () => string): ImportResult {
  const errors: string[] = [];
  const headingIndex = rows.findIndex((r) => r.some((c) => norm(text(c)) === "mã") && r.some((c) => norm(text(c)) === "tên"));
  if (headingIndex < 0)
    return { ok: false, errors: [`Không tìm thấy dòng tiêu đề cột (dòng có các cột “Mã”, “Tên”, …) trong trang “${CRITERIA_SHEET_NAME}”.`] };

  // Header block: label/value pairs above the headings, found by label.
  const header = new Map<string, { value: Cell | undefined; row: number }>();
  rows.slice(0, headingIndex).forEach((r, i) => {
    if (text(r[0]) !== "") header.set(norm(text(r[0])), { value: r[1], row: i + 1 });
  });
  const headerNumber = (label: string, required: boolean): number | null => {
    const h = header.get(norm(label));
    if (!h) {
      if (required) errors.push(`Thiếu dòng “${label}” ở đầu trang.`);
      return null;
    }
    const v = readNumber(h.value);
    if (v !== null && typeof v === "object") errors.push(`Dòng ${h.row}, cột B (${label}): ${v.error}`);
    else if (v === null && required) errors.push(`Dòng ${h.row}, cột B (${label}): chưa có giá trị.`);
    else if (v === 0 && required) errors.push(`Dòng ${h.row}, cột B (${label}): phải lớn hơn 0.`);
    else return v;
    return null;
  };
  const scale = headerNumber(HEADER_LABELS.scale, true);
  const bonusCap = headerNumber(HEADER_LABELS.bonusCap, false);

  // Columns by heading, in any order.
  const headings = rows[headingIndex]!.map((c) => norm(text(c)));
  const col = new Map<ColumnName, number>();
  for (const name of COLUMNS) {
    const i = headings.indexOf(norm(name));
    if (i < 0) errors.push(`Dòng ${headingIndex + 1}: thiếu cột “${name}”.`);
    else col.set(name, i);
  }
  if (errors.length > 0 && col.size < COLUMNS.length) return { ok: false, errors };

  interface Draft extends CriterionNode {
    row: number;
    parentCode: string | null;
  }
  const drafts: Draft[] = [];
  const body = rows.slice(headingIndex + 1);
  const filled = body.map((r, i) => ({ r, row: headingIndex + 2 + i })).filter(({ r }) => r.some((c) => text(c) !== ""));
  if (filled.length === 0) errors.push("Tệp không có tiêu chí nào.");
  if (filled.length > MAX_IMPORT_ROWS) return { ok: false, errors: [...errors, `Tệp có quá nhiều dòng (tối đa ${MAX_IMPORT_ROWS} tiêu chí).`] };

  for (const { r, row } of filled) {
    const cell = (name: ColumnName) => r[col.get(name)!];
    const err = (name: ColumnName, message: string) => errors.push(`Dòng ${row}, cột ${colLetter(col.get(name)!)} (${name}): ${message}`);
    const num = (name: ColumnName, opts: { allowNegative?: boolean; required?: boolean } = {}): number | null => {
      const v = readNumber(cell(name), opts);
      if (v !== null && typeof v === "object") return (err(name, v.error), null);
      if (v === null && opts.required) err(name, "chưa có giá trị.");
      return v;
    };
    const flag = (name: ColumnName): boolean => {
      const v = readYesNo(cell(name));
      if (v === null) err(name, "chỉ ghi “Có” hoặc “Không”.");
      return v ?? false;
    };
    const code = text(cell("Mã"));
    const name = text(cell("Tên"));
    const parentCode = text(cell("Mã nhóm cha")) || null;
    const typeText = text(cell("Loại"));
    const guidance = text(cell("Hướng dẫn")) || null;
    if (code === "") err("Mã", "chưa có mã.");
    else if (code.length > 40) err("Mã", "mã quá dài (tối đa 40 ký tự).");
    if (name === "") err("Tên", "chưa có tên tiêu chí.");
    else if (name.length > 1000) err("Tên", "tên quá dài (tối đa 1000 ký tự).");
    if (guidance !== null && guidance.length > 4000) err("Hướng dẫn", "hướng dẫn quá dài (tối đa 4000 ký tự).");
    const type = TYPE_BY_NAME.get(norm(typeText));
    if (!type)
      err("Loại", typeText === "" ? "chưa chọn loại tiêu chí." : `loại “${typeText}” không có; dùng một trong: ${Object.values(TYPE_NAMES).join(", ")}.`);
    const maxPoints = num("Điểm tối đa", { required: true });
    const minPoints = num("Điểm tối thiểu") ?? 0;
    const floorPct = num("Ngưỡng sàn (%)");
    const pointsPerUnit = num("Điểm mỗi lần", { allowNegative: true });
    const cap = num("Mức trần");
    const perUnitType = type === "COUNT" || type === "BONUS" || type === "PENALTY";
    if (type && !perUnitType && pointsPerUnit !== null) err("Điểm mỗi lần", "chỉ dùng cho tiêu chí tính theo số lượng, điểm thưởng, điểm trừ.");
    if (type && !perUnitType && cap !== null) err("Mức trần", "chỉ dùng cho tiêu chí tính theo số lượng, điểm thưởng, điểm trừ.");
    const levelsRaw = text(cell("Mức"));
    let levels: LevelNode[] = [];
    if (levelsRaw !== "") {
      const parsed = parseLevels(levelsRaw);
      if (!Array.isArray(parsed)) err("Mức", parsed.error);
      else if (type && type !== "GRADED") err("Mức", "chỉ tiêu chí chấm theo mức mới có các mức.");
      else levels = parsed;
    }
    drafts.push({
      row,
      parentCode,
      id: newId(),
      parentId: null,
      code,
      name,
      type: type ?? "GROUP",
      order: 0,
      maxPoints: maxPoints ?? 0,
      minPoints,
      guidance,
      evidenceRequired: flag("Bắt buộc minh chứng"),
      floorPct,
      allowNA: flag("Cho phép N/A"),
      useLeaderFormula: flag("Công thức đơn vị dẫn đầu"),
      pointsPerUnit,
      cap,
      levels,
    });
  }

  // Codes are unique; parents are named by code, must exist and be groups.
  const byCode = new Map<string, Draft>();
  for (const d of drafts) {
    if (d.code === "") continue;
    const first = byCode.get(d.code);
    if (first) errors.push(`Dòng ${d.row}, cột ${colLetter(col.get("Mã")!)} (Mã): mã “${d.code}” trùng với dòng ${first.row}.`);
    else byCode.set(d.code, d);
  }
  const siblings = new Map<string | null, number>();
  for (const d of drafts) {
    if (d.parentCode !== null) {
      const parent = byCode.get(d.parentCode);
      const where = `Dòng ${d.row}, cột ${colLetter(col.get("Mã nhóm cha")!)} (Mã nhóm cha)`;
      if (d.parentCode === d.code) errors.push(`${where}: một tiêu chí không thể là nhóm cha của chính nó.`);
      else if (!parent) errors.push(`${where}: không có tiêu chí nào mã “${d.parentCode}” trong tệp.`);
      else if (parent.type !== "GROUP") errors.push(`${where}: “${d.parentCode}” không phải là nhóm tiêu chí.`);
      else d.parentId = parent.id;
    }
    const key = d.parentId;
    const next = (siblings.get(key) ?? 0) + 1;
    siblings.set(key, next);
    d.order = next;
  }
  if (errors.length > 0 || scale === null) return { ok: false, errors };
  const rowOf = new Map(drafts.map((d) => [d.id, d.row]));
  const nodes = drafts.map(({ row: _r, parentCode: _p, ...n }) => n);
  return { ok: true, scale, bonusCap, nodes, rowOf };
}

// ───────────── The uploaded file ─────────────

export const MAX_XLSX_BYTES = 2 * 1024 * 1024;

/** An .xlsx is a zip archive: recognised by its content ("PK\x03\x04"), never by its name. */
export function checkXlsxUpload(size: number, head: Uint8Array, what = "bảng tiêu chí"): { ok: true } | { ok: false; message: string } {
  if (size <= 0) return { ok: false, message: "Tệp rỗng. Vui lòng chọn lại tệp." };
  if (size > MAX_XLSX_BYTES) return { ok: false, message: `Tệp vượt quá 2 MB: ${what} không cần tệp lớn như vậy.` };
  const zip = [0x50, 0x4b, 0x03, 0x04].every((b, i) => head[i] === b);
  if (!zip) return { ok: false, message: "Chỉ nhận tệp Excel .xlsx (kiểm tra theo nội dung tệp)." };
  return { ok: true };
}
