import { hashPassword } from "@/lib/auth/password";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { makeAgency, makeBloc, makeUser, uniq } from "../../factories";
import { makeRoleUser } from "../setup/bloc-world";
import { testDb } from "../setup/db";

/**
 * The accounts-self worlds: a user with a real password and sessions, and
 * (for reset links) a province that absorbed another, with council staff of
 * each, of a third province and of the central level, and bloc / agency roles
 * that must not reach accounts.
 */

export const OLD_PASSWORD = "Cũ-Hồ-Gươm-2025";
export const NEW_PASSWORD = "Lúa-Vàng-Sông-Hậu-9";

let oldHash: Promise<string> | undefined;
/** Argon2 is slow on purpose: hash the old password once per file. */
export function oldPasswordHash() {
  oldHash ??= hashPassword(OLD_PASSWORD);
  return oldHash;
}

export async function makeAccount(db: PrismaClient, data: Parameters<typeof makeUser>[1] = {}) {
  return makeUser(db, { name: "Nguyễn Thị Hoa", email: `hoa.${uniq()}@thiduakhoi.vn`, passwordHash: await oldPasswordHash(), ...data });
}

export function openSessionRow(
  db: PrismaClient,
  userId: string,
  userAgent = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
  createdAt?: Date,
) {
  return db.userSession.create({ data: { userId, userAgent, ...(createdAt ? { createdAt } : {}) } });
}

export async function resetWorld() {
  const db = testDb();
  const absorbed = await db.province.create({ data: { code: uniq("KT"), name: "Kon Tum" } });
  const absorber = await db.province.create({ data: { code: uniq("QNG"), name: "Quảng Ngãi" } });
  await db.province.update({ where: { id: absorbed.id }, data: { mergedIntoId: absorber.id, mergedOn: new Date("2025-07-01T00:00:00Z") } });
  const other = await db.province.create({ data: { code: uniq("CT"), name: "Cần Thơ" } });
  const bloc = await makeBloc(db, { provinceId: absorbed.id });
  const agency = await makeAgency(db, { provinceId: absorbed.id });
  const account = await makeAccount(db, { provinceId: absorbed.id, agencyId: agency.id });
  const council = async (provinceId: string | null) => {
    const u = await makeUser(db);
    await db.roleAssignment.create({ data: { userId: u.id, role: "COUNCIL_STAFF", provinceId } });
    return u.id;
  };
  const users = {
    SYSTEM_ADMIN: await makeRoleUser(db, "ADMIN"),
    STAFF_OWN_PROVINCE: await council(absorbed.id),
    STAFF_ABSORBING_PROVINCE: await council(absorber.id),
    STAFF_OTHER_PROVINCE: await council(other.id),
    STAFF_CENTRAL: await council(null),
    SECRETARY: await makeRoleUser(db, "SECRETARY", { blocId: bloc.id }),
    CHAIR: await makeRoleUser(db, "CHAIR", { blocId: bloc.id }),
    AGENCY_LEADER: await makeRoleUser(db, "AGENCY_LEADER", { agencyId: agency.id }),
  };
  return { db, absorbed, absorber, other, account, users };
}
