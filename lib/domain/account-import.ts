/**
 * Accounts imported from a spreadsheet (docs/CONVENTIONS.md: pure rules). The
 * workbook is read in lib/server/accounts/account-workbook.ts; here the rows
 * become accounts in two steps, both naming every problem as "Dòng N, cột X
 * (Tiêu đề): …" and guessing around none:
 *   1. readAccountRows — the headings and each row on its own (required
 *      fields, formats, duplicates within the file, role and bloc pairing);
 *   2. resolveAccountRows — against the database's answers the server looked
 *      up (agency and bloc codes, e-mails already used, the caller's scope).
 * Sheet "Tài khoản": the headings in the first non-empty row, then one row per account.
 */
import { EMAIL_MAX_LENGTH, isEmail, normalisePhone, roleScopeKind } from "./account-rules";
import { ROLE_LABELS, ROLES, type RoleName } from "./roles";

export const ACCOUNT_SHEET_NAME = "Tài khoản";
export const GUIDE_SHEET_NAME = "Hướng dẫn";

export const ACCOUNT_COLUMNS = ["Họ và tên", "Chức danh", "Email", "Điện thoại", "Mã cơ quan", "Vai trò", "Mã khối", "Từ ngày", "Đến ngày"] as const;
export type AccountColumn = (typeof ACCOUNT_COLUMNS)[number];

export const MAX_ACCOUNT_ROWS = 500;
export const NAME_MAX = 200;
export const TITLE_MAX = 200;

export type Cell = string | number | boolean | null;

/** One row as read, before the database is asked. Codes are upper-cased; days are "yyyy-MM-dd". */
export interface AccountDraft {
  row: number;
  name: string;
  title: string | null;
  email: string;
  phone: string | null;
  agencyCode: string | null;
  role: RoleName | null;
  blocCode: string | null;
  startsOn: string | null;
  endsOn: string | null;
}

/** Where each column sits in the file, for the error messages of the second step. */
export type ColumnLetters = Record<AccountColumn, string>;

export type ReadResult = { drafts: AccountDraft[]; letters: ColumnLetters | null; errors: string[] };

const text = (v: Cell | undefined): string => (v === null || v === undefined ? "" : String(v)).trim();
const norm = (s: string) => s.normalize("NFC").trim().toLocaleLowerCase("vi").replace(/\s+/g, " ");
export const normCode = (s: string) => s.normalize("NFC").trim().toUpperCase();

export function columnLetter(i: number): string {
  let s = "";
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

const ROLE_BY_NAME = new Map<string, RoleName>(ROLES.flatMap((r) => [[norm(ROLE_LABELS[r]), r] as const, [norm(r), r] as const]));

/** A role from its Vietnamese name (as in the template) or its key; null when unknown. */
export function roleFromText(value: string): RoleName | null {
  return ROLE_BY_NAME.get(norm(value)) ?? null;
}

/** A day written dd/MM/yyyy (or d/M/yyyy), or yyyy-MM-dd as a date cell is read; an error text otherwise. */
export function readDay(v: Cell | undefined): string | null | { error: string } {
  const s = text(v);
  if (s === "") return null;
  const bad = { error: "ngày phải có dạng dd/MM/yyyy, ví dụ 01/01/2026." };
  let y: number, m: number, d: number;
  const vn = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(s);
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (vn) [d, m, y] = [Number(vn[1]), Number(vn[2]), Number(vn[3])];
  else if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else return bad;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (y < 1945 || y > 2200 || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return { error: "ngày không có thật trên lịch." };
  return date.toISOString().slice(0, 10);
}

/** A phone cell: spreadsheets drop a number's leading 0, so a bare number gets it back. */
function phoneText(v: Cell | undefined): string {
  if (typeof v === "number" && Number.isInteger(v) && v > 0) {
    const digits = String(v);
    return digits.startsWith("84") && digits.length >= 11 ? digits : `0${digits}`;
  }
  return text(v);
}

const BLOC_ROLE_NAMES = ["SECRETARY", "CHAIR", "OBSERVER"].map((r) => ROLE_LABELS[r as RoleName]).join(", ");

/** Step 1: the headings, then every row on its own and the e-mails repeated within the file. */
export function readAccountRows(rows: readonly (readonly Cell[])[]): ReadResult {
  const errors: string[] = [];
  const headingIndex = rows.findIndex((r) => r.some((c) => text(c) !== ""));
  if (headingIndex < 0) return { drafts: [], letters: null, errors: [`Trang “${ACCOUNT_SHEET_NAME}” trống: hãy dùng tệp mẫu.`] };
  const headingRow = headingIndex + 1;
  const headings = rows[headingIndex]!.map((c) => norm(text(c)));
  const col = new Map<AccountColumn, number>();
  for (const name of ACCOUNT_COLUMNS) {
    const i = headings.indexOf(norm(name));
    if (i >= 0) col.set(name, i);
  }
  const known = new Set(ACCOUNT_COLUMNS.map(norm));
  rows[headingIndex]!.forEach((c, i) => {
    const h = text(c);
    if (h !== "" && !known.has(norm(h))) errors.push(`Dòng ${headingRow}, cột ${columnLetter(i)}: cột “${h}” không có trong tệp mẫu.`);
  });
  for (const name of ACCOUNT_COLUMNS) if (!col.has(name)) errors.push(`Dòng ${headingRow}: thiếu cột “${name}” (tiêu đề các cột phải giữ như tệp mẫu).`);
  if (col.size < ACCOUNT_COLUMNS.length) return { drafts: [], letters: null, errors };
  const letters = Object.fromEntries(ACCOUNT_COLUMNS.map((n) => [n, columnLetter(col.get(n)!)])) as ColumnLetters;

  const filled = rows
    .slice(headingIndex + 1)
    .map((r, i) => ({ r, row: headingRow + 1 + i }))
    .filter(({ r }) => r.some((c) => text(c) !== ""));
  if (filled.length === 0) return { drafts: [], letters, errors: [...errors, "Tệp không có tài khoản nào (từ dòng sau dòng tiêu đề)."] };
  if (filled.length > MAX_ACCOUNT_ROWS)
    return { drafts: [], letters, errors: [...errors, `Tệp có ${filled.length} tài khoản; mỗi lần nhập tối đa ${MAX_ACCOUNT_ROWS}.`] };

  const drafts: AccountDraft[] = [];
  const firstRowOf = new Map<string, number>();
  for (const { r, row } of filled) {
    const cell = (name: AccountColumn) => r[col.get(name)!];
    const err = (name: AccountColumn, message: string) => errors.push(`Dòng ${row}, cột ${letters[name]} (${name}): ${message}`);

    const name = text(cell("Họ và tên"));
    if (name === "") err("Họ và tên", "chưa có họ và tên.");
    else if (name.length > NAME_MAX) err("Họ và tên", `quá dài (tối đa ${NAME_MAX} ký tự).`);
    const title = text(cell("Chức danh")) || null;
    if (title && title.length > TITLE_MAX) err("Chức danh", `quá dài (tối đa ${TITLE_MAX} ký tự).`);

    const email = text(cell("Email")).toLowerCase();
    if (email === "") err("Email", "chưa có email.");
    else if (!isEmail(email)) err("Email", email.length > EMAIL_MAX_LENGTH ? "email quá dài." : `“${email}” không phải là email hợp lệ.`);
    else if (firstRowOf.has(email)) err("Email", `email ${email} trùng với dòng ${firstRowOf.get(email)}.`);
    else firstRowOf.set(email, row);

    const phoneRaw = phoneText(cell("Điện thoại"));
    const phone = phoneRaw === "" ? null : normalisePhone(phoneRaw);
    if (phoneRaw !== "" && phone === null) err("Điện thoại", `“${phoneRaw}” không phải số điện thoại Việt Nam hợp lệ (ví dụ 0912 345 678).`);

    const agencyCode = normCode(text(cell("Mã cơ quan"))) || null;
    const roleText = text(cell("Vai trò"));
    const role = roleText === "" ? null : roleFromText(roleText);
    if (roleText !== "" && role === null) err("Vai trò", `vai trò “${roleText}” không có; dùng một trong: ${ROLES.map((x) => ROLE_LABELS[x]).join(", ")}.`);
    const blocCode = normCode(text(cell("Mã khối"))) || null;
    const kind = role ? roleScopeKind(role) : null;
    if (kind === "BLOC" && !blocCode) err("Mã khối", `vai trò ${ROLE_LABELS[role!]} cần mã khối.`);
    if (role && kind !== "BLOC" && blocCode) err("Mã khối", `chỉ ghi mã khối với vai trò ${BLOC_ROLE_NAMES}.`);
    if (!role && roleText === "" && blocCode) err("Mã khối", "chỉ ghi mã khối khi có vai trò.");
    if (kind === "AGENCY" && !agencyCode) err("Mã cơ quan", `vai trò ${ROLE_LABELS[role!]} cần mã cơ quan.`);

    const day = (column: "Từ ngày" | "Đến ngày") => {
      const v = readDay(cell(column));
      if (v !== null && typeof v === "object") return (err(column, v.error), null);
      if (v !== null && roleText === "") return (err(column, "chỉ ghi ngày khi có vai trò."), null);
      return v;
    };
    const startsOn = day("Từ ngày");
    const endsOn = day("Đến ngày");
    if (startsOn && endsOn && endsOn < startsOn) err("Đến ngày", "ngày kết thúc phải sau hoặc trùng ngày bắt đầu.");

    drafts.push({ row, name, title, email, phone, agencyCode, role, blocCode, startsOn, endsOn });
  }
  return { drafts, letters, errors };
}

/** The database's answers for the codes and e-mails of the file (the server looks them up). */
export interface ImportLookups {
  /** By upper-cased code. `inScope`: the caller manages the agency's province. */
  agencies: ReadonlyMap<string, { id: string; code: string; name: string; inScope: boolean; dissolved: boolean }>;
  blocs: ReadonlyMap<string, { id: string; code: string; name: string; inScope: boolean }>;
  /** E-mails (lower case) already used by an account. */
  takenEmails: ReadonlySet<string>;
  /** Whether the caller may give ADMIN (system administrators only) and COUNCIL_STAFF (the province chosen for the file). */
  mayGrant: (role: RoleName) => boolean;
}

export interface ImportedAccount {
  row: number;
  name: string;
  title: string | null;
  email: string;
  phone: string | null;
  agencyId: string | null;
  role: RoleName | null;
  blocId: string | null;
  startsOn: string | null;
  endsOn: string | null;
}

export type ResolveResult = { ok: true; accounts: ImportedAccount[] } | { ok: false; errors: string[] };

/** Step 2: codes that exist and lie in the caller's scope, e-mails not yet used, roles the caller may give. */
export function resolveAccountRows(drafts: readonly AccountDraft[], letters: ColumnLetters, lookups: ImportLookups): ResolveResult {
  const errors: string[] = [];
  const accounts: ImportedAccount[] = [];
  for (const d of drafts) {
    const err = (name: AccountColumn, message: string) => errors.push(`Dòng ${d.row}, cột ${letters[name]} (${name}): ${message}`);
    if (d.email && lookups.takenEmails.has(d.email)) err("Email", `Email ${d.email} đã được dùng cho tài khoản khác.`);
    let agencyId: string | null = null;
    if (d.agencyCode) {
      const a = lookups.agencies.get(d.agencyCode);
      if (!a) err("Mã cơ quan", `không có cơ quan nào mã “${d.agencyCode}”.`);
      else if (!a.inScope) err("Mã cơ quan", `cơ quan ${a.name} (${a.code}) không thuộc phạm vi bạn quản lý.`);
      else if (a.dissolved) err("Mã cơ quan", `cơ quan ${a.name} (${a.code}) đã giải thể hoặc sáp nhập.`);
      else agencyId = a.id;
    }
    let blocId: string | null = null;
    if (d.blocCode && d.role && roleScopeKind(d.role) === "BLOC") {
      const b = lookups.blocs.get(d.blocCode);
      if (!b) err("Mã khối", `không có khối nào mã “${d.blocCode}”.`);
      else if (!b.inScope) err("Mã khối", `khối ${b.name} (${b.code}) không thuộc phạm vi bạn quản lý.`);
      else blocId = b.id;
    }
    if (d.role && !lookups.mayGrant(d.role)) {
      err(
        "Vai trò",
        d.role === "ADMIN"
          ? "chỉ Quản trị hệ thống được giao vai trò Quản trị hệ thống."
          : `bạn không được giao vai trò ${ROLE_LABELS[d.role]} ở tỉnh, thành phố đã chọn.`,
      );
    }
    accounts.push({
      row: d.row,
      name: d.name,
      title: d.title,
      email: d.email,
      phone: d.phone,
      agencyId,
      role: d.role,
      blocId,
      startsOn: d.startsOn,
      endsOn: d.endsOn,
    });
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, accounts };
}

/** Messages of both steps in file order (by row, headings first), for one list on the page. */
export function sortImportErrors(errors: readonly string[]): string[] {
  const rowOf = (e: string) => Number(/^Dòng (\d+)/.exec(e)?.[1] ?? 0);
  return [...errors]
    .map((e, i) => ({ e, i }))
    .sort((a, b) => rowOf(a.e) - rowOf(b.e) || a.i - b.i)
    .map((x) => x.e);
}

// ───────────── The uploaded file ─────────────

export const MAX_ACCOUNT_XLSX_BYTES = 2 * 1024 * 1024;

/** An .xlsx is a zip archive: recognised by its content ("PK\x03\x04"), never by its name. */
export function checkAccountXlsxUpload(size: number, head: Uint8Array): { ok: true } | { ok: false; message: string } {
  if (size <= 0) return { ok: false, message: "Tệp rỗng. Vui lòng chọn lại tệp." };
  if (size > MAX_ACCOUNT_XLSX_BYTES) return { ok: false, message: "Tệp vượt quá 2 MB: danh sách tài khoản không cần tệp lớn như vậy." };
  const zip = [0x50, 0x4b, 0x03, 0x04].every((b, i) => head[i] === b);
  if (!zip) return { ok: false, message: "Chỉ nhận tệp Excel .xlsx (kiểm tra theo nội dung tệp)." };
  return { ok: true };
}
