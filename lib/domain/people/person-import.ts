/**
 * Past years of people's records imported from a spreadsheet (docs/decisions/0037), in the two
 * steps of the account import (lib/domain/account-import.ts), each problem named "Dòng N, cột X
 * (Tiêu đề): …":
 *   1. readPersonRows — the headings and each row on its own (required cells, numbers, years,
 *      rows repeated within the file);
 *   2. resolvePersonRows — against what the server looked up (agency codes the caller may import
 *      for, the titles and forms known, the people already recorded and their records).
 * Sheet "Cá nhân": one row per person, year and title. Pure.
 */
import { columnLetter, normCode, type Cell } from "../account-import";
import { titleFromText } from "./person-titles";

export const PERSON_SHEET_NAME = "Cá nhân";
export const PERSON_GUIDE_SHEET_NAME = "Hướng dẫn";
export const PERSON_COLUMNS = ["Họ và tên", "Năm sinh", "Mã cơ quan", "Năm", "Danh hiệu, hình thức", "Số quyết định"] as const;
export type PersonColumn = (typeof PERSON_COLUMNS)[number];
export type PersonColumnLetters = Record<PersonColumn, string>;

export const MAX_PERSON_ROWS = 2000;
export const PERSON_NAME_MAX = 200;
export const DECISION_REF_MAX = 100;
export const FIRST_RECORD_YEAR = 1945;

export interface PersonDraft {
  row: number;
  name: string;
  birthYear: number | null;
  agencyCode: string;
  year: number;
  title: string;
  decisionRef: string | null;
}

const text = (v: Cell | undefined): string => (v === null || v === undefined ? "" : String(v)).normalize("NFC").trim();
export const normName = (s: string) => s.normalize("NFC").trim().toLocaleLowerCase("vi").replace(/\s+/g, " ");

function readYear(v: Cell | undefined, min: number, max: number): number | null | { error: string } {
  const s = text(v);
  if (s === "") return null;
  if (!/^\d{4}$/.test(s)) return { error: `“${s}” không phải là một năm (4 chữ số).` };
  const y = Number(s);
  return y < min || y > max ? { error: `năm ${y} nằm ngoài khoảng ${min}–${max}.` } : y;
}

/** Step 1: the headings, then every row on its own and the rows the file repeats. `lastYear`: the latest year of achievement accepted. */
export function readPersonRows(
  rows: readonly (readonly Cell[])[],
  lastYear: number,
): { drafts: PersonDraft[]; letters: PersonColumnLetters | null; errors: string[] } {
  const errors: string[] = [];
  const headingIndex = rows.findIndex((r) => r.some((c) => text(c) !== ""));
  if (headingIndex < 0) return { drafts: [], letters: null, errors: [`Trang “${PERSON_SHEET_NAME}” trống: hãy dùng tệp mẫu.`] };
  const headingRow = headingIndex + 1;
  const headings = rows[headingIndex]!.map((c) => normName(text(c)));
  const col = new Map<PersonColumn, number>();
  for (const name of PERSON_COLUMNS) {
    const i = headings.indexOf(normName(name));
    if (i >= 0) col.set(name, i);
  }
  const known = new Set(PERSON_COLUMNS.map(normName));
  rows[headingIndex]!.forEach((c, i) => {
    const h = text(c);
    if (h !== "" && !known.has(normName(h))) errors.push(`Dòng ${headingRow}, cột ${columnLetter(i)}: cột “${h}” không có trong tệp mẫu.`);
  });
  for (const name of PERSON_COLUMNS) if (!col.has(name)) errors.push(`Dòng ${headingRow}: thiếu cột “${name}” (tiêu đề các cột phải giữ như tệp mẫu).`);
  if (col.size < PERSON_COLUMNS.length) return { drafts: [], letters: null, errors };
  const letters = Object.fromEntries(PERSON_COLUMNS.map((n) => [n, columnLetter(col.get(n)!)])) as PersonColumnLetters;

  const filled = rows
    .slice(headingIndex + 1)
    .map((r, i) => ({ r, row: headingRow + 1 + i }))
    .filter(({ r }) => r.some((c) => text(c) !== ""));
  if (filled.length === 0) return { drafts: [], letters, errors: [...errors, "Tệp không có dòng nào (từ dòng sau dòng tiêu đề)."] };
  if (filled.length > MAX_PERSON_ROWS)
    return { drafts: [], letters, errors: [...errors, `Tệp có ${filled.length} dòng; mỗi lần nhập tối đa ${MAX_PERSON_ROWS}.`] };

  const drafts: PersonDraft[] = [];
  const firstRowOf = new Map<string, number>();
  for (const { r, row } of filled) {
    const cell = (name: PersonColumn) => r[col.get(name)!];
    const before = errors.length;
    const err = (name: PersonColumn, message: string) => errors.push(`Dòng ${row}, cột ${letters[name]} (${name}): ${message}`);

    const name = text(cell("Họ và tên")).replace(/\s+/g, " ");
    if (name === "") err("Họ và tên", "chưa có họ và tên.");
    else if (name.length > PERSON_NAME_MAX) err("Họ và tên", `quá dài (tối đa ${PERSON_NAME_MAX} ký tự).`);
    const birth = readYear(cell("Năm sinh"), 1900, lastYear);
    if (birth !== null && typeof birth === "object") err("Năm sinh", birth.error);
    const agencyCode = normCode(text(cell("Mã cơ quan")));
    if (agencyCode === "") err("Mã cơ quan", "chưa có mã cơ quan.");
    const year = readYear(cell("Năm"), FIRST_RECORD_YEAR, lastYear);
    if (year === null) err("Năm", "chưa có năm đạt danh hiệu, hình thức.");
    else if (typeof year === "object") err("Năm", year.error);
    const title = text(cell("Danh hiệu, hình thức"));
    if (title === "") err("Danh hiệu, hình thức", "chưa có danh hiệu hoặc hình thức khen thưởng.");
    const decisionRef = text(cell("Số quyết định")) || null;
    if (decisionRef && decisionRef.length > DECISION_REF_MAX) err("Số quyết định", `quá dài (tối đa ${DECISION_REF_MAX} ký tự).`);
    if (errors.length > before) continue;

    const birthYear = typeof birth === "number" ? birth : null;
    const key = [normName(name), birthYear ?? "", agencyCode, year, normName(title)].join("|");
    if (firstRowOf.has(key)) {
      err("Danh hiệu, hình thức", `trùng với dòng ${firstRowOf.get(key)} (cùng người, năm và danh hiệu).`);
      continue;
    }
    firstRowOf.set(key, row);
    drafts.push({ row, name, birthYear, agencyCode, year: year as number, title, decisionRef });
  }
  return { drafts, letters, errors };
}

/** What the server looked up for the file's codes and names. */
export interface PersonImportLookups {
  /** By upper-cased code: the agency, and whether the caller may import its people (a member of the bloc this year, in their scope). */
  agencies: ReadonlyMap<string, { id: string; code: string; name: string; mayImport: boolean }>;
  /** The bloc's individual award forms (any year), besides the titles of lib/domain/people/person-titles. */
  forms: readonly { code: string; name: string }[];
  /** People already linked to the file's agencies. */
  people: readonly { id: string; name: string; birthYear: number | null; agencyIds: readonly string[] }[];
  /** "personId|year|code" of the records already there. */
  existing: ReadonlySet<string>;
}

export type PersonRef = { kind: "EXISTING"; personId: string } | { kind: "NEW"; key: string };

export interface PersonImportPlan {
  /** People to create, one per agency, name and birth year of the file. */
  newPeople: { key: string; name: string; birthYear: number | null; agencyId: string }[];
  /** Records to write, in file order. */
  records: { row: number; person: PersonRef; agencyId: string; year: number; code: string; name: string; decisionRef: string | null }[];
  /** Rows already recorded (same person, year and title): left as they are. */
  alreadyThere: number;
  /** Existing people who get records (linked to the agency already). */
  existingPeople: string[];
}

export type PersonResolveResult = { ok: true; plan: PersonImportPlan } | { ok: false; errors: string[] };

/**
 * Step 2. A row names an existing person when exactly one person of that agency has the name (and
 * the birth year, when both are written); several such people need the birth year to tell them
 * apart. Otherwise the row's name, birth year and agency make a new person.
 */
export function resolvePersonRows(drafts: readonly PersonDraft[], letters: PersonColumnLetters, lookups: PersonImportLookups): PersonResolveResult {
  const errors: string[] = [];
  const plan: PersonImportPlan = { newPeople: [], records: [], alreadyThere: 0, existingPeople: [] };
  const newByKey = new Map<string, PersonImportPlan["newPeople"][number]>();
  const existingUsed = new Set<string>();
  for (const d of drafts) {
    const err = (name: PersonColumn, message: string) => errors.push(`Dòng ${d.row}, cột ${letters[name]} (${name}): ${message}`);
    const agency = lookups.agencies.get(d.agencyCode);
    if (!agency) {
      err("Mã cơ quan", `không có cơ quan nào mã “${d.agencyCode}” trong khối năm nay.`);
      continue;
    }
    if (!agency.mayImport) {
      err("Mã cơ quan", `bạn không được nhập lịch sử khen thưởng của ${agency.name} (${agency.code}).`);
      continue;
    }
    const title = titleFromText(d.title, lookups.forms);
    if (!title) {
      err("Danh hiệu, hình thức", `“${d.title}” không có trong danh sách danh hiệu, hình thức (xem trang Hướng dẫn).`);
      continue;
    }
    const namesake = lookups.people.filter((p) => p.agencyIds.includes(agency.id) && normName(p.name) === normName(d.name));
    const matches = d.birthYear === null ? namesake : namesake.filter((p) => p.birthYear === null || p.birthYear === d.birthYear);
    if (matches.length > 1) {
      err(
        "Năm sinh",
        `${agency.name} có ${matches.length} người tên ${d.name}${d.birthYear ? ` (năm sinh ${d.birthYear} hoặc chưa ghi)` : ""}: ghi năm sinh để phân biệt.`,
      );
      continue;
    }
    let person: PersonRef;
    if (matches.length === 1) {
      const id = matches[0]!.id;
      if (lookups.existing.has(`${id}|${d.year}|${title.code}`)) {
        plan.alreadyThere += 1;
        continue;
      }
      if (!existingUsed.has(id)) plan.existingPeople.push(id);
      existingUsed.add(id);
      person = { kind: "EXISTING", personId: id };
    } else {
      const key = [agency.id, normName(d.name), d.birthYear ?? ""].join("|");
      if (!newByKey.has(key)) newByKey.set(key, { key, name: d.name, birthYear: d.birthYear, agencyId: agency.id });
      person = { kind: "NEW", key };
    }
    const duplicate = plan.records.find((r) => samePerson(r.person, person) && r.year === d.year && r.code === title.code);
    if (duplicate) {
      err("Danh hiệu, hình thức", `trùng với dòng ${duplicate.row} (cùng người, năm và danh hiệu “${title.name}”).`);
      continue;
    }
    plan.records.push({ row: d.row, person, agencyId: agency.id, year: d.year, code: title.code, name: title.name, decisionRef: d.decisionRef });
  }
  plan.newPeople = [...newByKey.values()];
  return errors.length ? { ok: false, errors } : { ok: true, plan };
}

const samePerson = (a: PersonRef, b: PersonRef) =>
  a.kind === "EXISTING" && b.kind === "EXISTING" ? a.personId === b.personId : a.kind === "NEW" && b.kind === "NEW" && a.key === b.key;
