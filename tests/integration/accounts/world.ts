import ExcelJS from "exceljs";
import { ACCOUNT_COLUMNS, ACCOUNT_SHEET_NAME } from "@/lib/domain/account-import";
import type { Role } from "@/lib/generated/prisma/client";
import { makeAgency, makeBloc, makeMembership, makeUser, uniq } from "../../factories";
import { auditRows, makeRoleUser, type Outcome, type RoleScope } from "../setup/bloc-world";
import { testDb } from "../setup/db";
import { reusableWorld } from "../setup/reusable-world";

export { expectRefused } from "../setup/bloc-world";

/**
 * Council scopes around one province P that was merged into Q:
 *  - P holds bloc A (member: agency A) and the accounts the use cases act on;
 *  - Q absorbed P, so Q's council staff reach P as well;
 *  - R is another province with bloc B and agency B; the central level has bloc C.
 * One user per role: the system administrator, council staff of P, of Q, of R
 * and of the central level, and bloc A's secretary, chair, observer, agency A's
 * leader and officer. TARGET is an account of P with no role.
 */
async function buildWorld() {
  const db = testDb();
  const province = (name: string) => db.province.create({ data: { code: uniq("T"), name } });
  const q = await province("Quảng Ngãi");
  const r = await province("Hà Nội");
  const p = await db.province.create({ data: { code: uniq("T"), name: "Kon Tum", mergedIntoId: q.id, mergedOn: new Date("2025-07-01T00:00:00Z") } });
  const [blocA, blocB, blocC] = await Promise.all([
    makeBloc(db, { name: "Khối các cơ quan Đảng tỉnh Kon Tum", provinceId: p.id }),
    makeBloc(db, { name: "Khối các cơ quan Đảng Hà Nội", provinceId: r.id }),
    makeBloc(db, { name: "Khối các ban Đảng Trung ương", level: "CENTRAL", provinceId: null }),
  ]);
  const agencyA = await makeAgency(db, { name: "Ban Tổ chức Tỉnh ủy Kon Tum", provinceId: p.id });
  const agencyB = await makeAgency(db, { name: "Ban Tổ chức Thành ủy Hà Nội", provinceId: r.id });
  const agencyC = await makeAgency(db, { name: "Ban Tổ chức Trung ương", provinceId: null });
  await makeMembership(db, { blocId: blocA.id, agencyId: agencyA.id });
  await makeMembership(db, { blocId: blocB.id, agencyId: agencyB.id });

  /** A user with a role, managed from `home` (null = central). */
  const person = async (role: Role, scope: RoleScope, home: string | null, name?: string) => {
    const id = await makeRoleUser(db, role, scope, name ? { name } : {});
    await db.user.update({ where: { id }, data: { provinceId: home } });
    return id;
  };
  const users = {
    ADMIN: await person("ADMIN", {}, null, "Quản trị viên"),
    STAFF_P: await person("COUNCIL_STAFF", { provinceId: p.id }, p.id, "Cán bộ Kon Tum"),
    STAFF_Q: await person("COUNCIL_STAFF", { provinceId: q.id }, q.id, "Cán bộ Quảng Ngãi"),
    STAFF_R: await person("COUNCIL_STAFF", { provinceId: r.id }, r.id, "Cán bộ Hà Nội"),
    STAFF_CENTRAL: await person("COUNCIL_STAFF", { provinceId: null }, null, "Cán bộ Trung ương"),
    SECRETARY: await person("SECRETARY", { blocId: blocA.id }, p.id),
    CHAIR: await person("CHAIR", { blocId: blocA.id }, p.id, "Trưởng khối A"),
    OBSERVER: await person("OBSERVER", { blocId: blocA.id }, p.id),
    AGENCY_LEADER: await person("AGENCY_LEADER", { agencyId: agencyA.id }, p.id),
    AGENCY_OFFICER: await person("AGENCY_OFFICER", { agencyId: agencyA.id }, p.id),
  };
  const target = await makeUser(db, { name: "Nguyễn Văn Đích", title: "Chuyên viên", agencyId: agencyA.id, provinceId: p.id });
  return { db, p, q, r, blocA, blocB, blocC, agencyA, agencyB, agencyC, users, target };
}

/** The world above, built once per test file and put back for its later tests (setup/reusable-world.ts). */
export const world = reusableWorld(buildWorld);

export type World = Awaited<ReturnType<typeof world>>;
export type Who = keyof World["users"];

/** Who may act on an account of P (and on P's blocs and agencies), and what the others get. */
export function outcomesOnP(refused: "NOT_FOUND" | "FORBIDDEN"): [Who, Outcome][] {
  return [
    ["ADMIN", "ok"],
    ["STAFF_P", "ok"],
    ["STAFF_Q", "ok"],
    ["STAFF_R", refused],
    ["STAFF_CENTRAL", refused],
    ["SECRETARY", refused],
    ["CHAIR", refused],
    ["OBSERVER", refused],
    ["AGENCY_LEADER", refused],
    ["AGENCY_OFFICER", refused],
  ];
}

/** What every user without "user:manage" gets from the list and the form readers. */
export const NO_COUNCIL: Who[] = ["SECRETARY", "CHAIR", "OBSERVER", "AGENCY_LEADER", "AGENCY_OFFICER"];

export function auditOf(entity: string, entityId?: string) {
  return auditRows(testDb(), entity, entityId);
}

/** How many rows the writes of this area touch, to show a refusal wrote nothing. */
export async function counts() {
  const db = testDb();
  const [users, roles, audit, sessions] = await Promise.all([
    db.user.count(),
    db.roleAssignment.count(),
    db.auditLog.count(),
    db.userSession.count({ where: { revokedAt: { not: null } } }),
  ]);
  return { users, roles, audit, revokedSessions: sessions };
}

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** An import file: the template's headings (or `headings`) and the rows, cells by column name. */
export async function importFile(
  rows: Partial<Record<(typeof ACCOUNT_COLUMNS)[number], string | number>>[],
  headings: readonly string[] = ACCOUNT_COLUMNS,
): Promise<File> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(ACCOUNT_SHEET_NAME);
  ws.addRow([...headings]);
  for (const r of rows) ws.addRow(ACCOUNT_COLUMNS.map((c) => r[c] ?? null));
  return new File([new Uint8Array(await wb.xlsx.writeBuffer())], "tai-khoan.xlsx", { type: XLSX });
}
