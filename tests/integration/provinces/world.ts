import type { PrismaClient } from "@/lib/generated/prisma/client";
import { makeAgency, makeBloc, makeMembership } from "../../factories";
import { auditRows, makeRoleUser, type Outcome } from "../setup/bloc-world";
import { testDb } from "../setup/db";
import { reusableWorld } from "../setup/reusable-world";

export { expectRefused } from "../setup/bloc-world";
export type { Outcome };

export const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/**
 * After the 2025 reorganisation: Kon Tum (KT) merged into Quảng Ngãi (QNG) on
 * 01/07/2025; Ninh Bình (NB) is another province. Kon Tum's bloc A has three
 * Kon Tum agencies as members in 2025; a central bloc has a central agency.
 * One user per role: council staff of Kon Tum ("the province"), of Quảng Ngãi
 * ("the province that absorbed it"), of Ninh Bình ("another province"), of
 * the central level, a system administrator, and bloc A's secretary, chair,
 * observer and the leader of one of its members.
 */
async function buildWorld() {
  const db = testDb();
  const qng = await db.province.create({ data: { code: "QNG", name: "Quảng Ngãi" } });
  const kt = await db.province.create({
    data: { code: "KT", name: "Kon Tum", mergedIntoId: qng.id, mergedOn: day("2025-07-01"), mergerRef: "Nghị quyết số 202/2025/QH15" },
  });
  const nb = await db.province.create({ data: { code: "NB", name: "Ninh Bình" } });

  const agency = (code: string, name: string, provinceId: string | null) => makeAgency(db, { code, name, provinceId });
  const btg = await agency("KT-BTG", "Ban Tuyên giáo Tỉnh ủy Kon Tum", kt.id);
  const bdv = await agency("KT-BDV", "Ban Dân vận Tỉnh ủy Kon Tum", kt.id);
  const btc = await agency("KT-BTC", "Ban Tổ chức Tỉnh ủy Kon Tum", kt.id);
  const qngBtc = await agency("QNG-BTC", "Ban Tổ chức Tỉnh ủy Quảng Ngãi", qng.id);
  const nbBtc = await agency("NB-BTC", "Ban Tổ chức Tỉnh ủy Ninh Bình", nb.id);
  const central = await agency("TW-BTC", "Ban Tổ chức Trung ương", null);

  const blocA = await makeBloc(db, { name: "Khối các cơ quan Đảng tỉnh Kon Tum", provinceId: kt.id });
  for (const a of [btg, bdv, btc]) await makeMembership(db, { blocId: blocA.id, agencyId: a.id, year: 2025 });
  const blocCentral = await makeBloc(db, { name: "Khối các cơ quan Đảng Trung ương", level: "CENTRAL" });
  await makeMembership(db, { blocId: blocCentral.id, agencyId: central.id, year: 2025 });

  const users = {
    ADMIN: await makeRoleUser(db, "ADMIN"),
    COUNCIL: await makeRoleUser(db, "COUNCIL_STAFF", { provinceId: kt.id }),
    ABSORBER: await makeRoleUser(db, "COUNCIL_STAFF", { provinceId: qng.id }),
    OTHER_COUNCIL: await makeRoleUser(db, "COUNCIL_STAFF", { provinceId: nb.id }),
    CENTRAL: await makeRoleUser(db, "COUNCIL_STAFF", { provinceId: null }),
    SECRETARY: await makeRoleUser(db, "SECRETARY", { blocId: blocA.id }),
    CHAIR: await makeRoleUser(db, "CHAIR", { blocId: blocA.id }),
    AGENCY_LEADER: await makeRoleUser(db, "AGENCY_LEADER", { agencyId: btc.id }),
    OBSERVER: await makeRoleUser(db, "OBSERVER", { blocId: blocA.id }),
  };
  return { db, qng, kt, nb, btg, bdv, btc, qngBtc, nbBtc, central, blocA, blocCentral, users };
}

/** The world above, built once per test file and put back for its later tests (setup/reusable-world.ts). */
export const world = reusableWorld(buildWorld);

export type World = Awaited<ReturnType<typeof world>>;
export type Who = keyof World["users"];

/** Province administration: system administrators only; everyone else is refused. */
export const ADMIN_ONLY: [Who, Outcome][] = [
  ["ADMIN", "ok"],
  ["COUNCIL", "FORBIDDEN"],
  ["ABSORBER", "FORBIDDEN"],
  ["OTHER_COUNCIL", "FORBIDDEN"],
  ["CENTRAL", "FORBIDDEN"],
  ["SECRETARY", "FORBIDDEN"],
  ["CHAIR", "FORBIDDEN"],
  ["AGENCY_LEADER", "FORBIDDEN"],
  ["OBSERVER", "FORBIDDEN"],
];

/**
 * An agency of Kon Tum in the register: the system administrator, Kon Tum's
 * council staff and those of Quảng Ngãi (which absorbed it) keep it; for
 * everyone else it does not exist.
 */
export const KON_TUM_AGENCY: [Who, Outcome][] = [
  ["ADMIN", "ok"],
  ["COUNCIL", "ok"],
  ["ABSORBER", "ok"],
  ["OTHER_COUNCIL", "NOT_FOUND"],
  ["CENTRAL", "NOT_FOUND"],
  ["SECRETARY", "NOT_FOUND"],
  ["CHAIR", "NOT_FOUND"],
  ["AGENCY_LEADER", "NOT_FOUND"],
  ["OBSERVER", "NOT_FOUND"],
];

export function auditOf(entity: string, entityId?: string) {
  return auditRows(testDb(), entity, entityId);
}

/** Rows that a refused call must leave untouched. */
export async function counts(db: PrismaClient) {
  const [provinces, formerNames, agencies, lineage, memberships, audit] = await Promise.all([
    db.province.count(),
    db.provinceFormerName.count(),
    db.agency.count(),
    db.agencyLineage.count(),
    db.membership.count(),
    db.auditLog.count(),
  ]);
  return { provinces, formerNames, agencies, lineage, memberships, audit };
}
