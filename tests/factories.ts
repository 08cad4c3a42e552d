import { randomUUID } from "node:crypto";
import type { Prisma, PrismaClient, Role } from "@/lib/generated/prisma/client";

/**
 * Small builders with unique data, so tests never collide on unique codes or
 * e-mails (even against a database that was not reset). Each takes the
 * client and optional overrides, and returns the created row.
 */
export function uniq(prefix = ""): string {
  return `${prefix}${randomUUID().replaceAll("-", "").slice(0, 10)}`;
}

export function makeBloc(db: PrismaClient, data: Partial<Prisma.BlocUncheckedCreateInput> = {}) {
  const code = uniq("KHOI-");
  return db.bloc.create({
    data: { code, name: `Khối thi đua ${code}`, level: "PROVINCE", organiser: "Ban Thi đua - Khen thưởng", ...data },
  });
}

export function makeAgency(db: PrismaClient, data: Partial<Prisma.AgencyUncheckedCreateInput> = {}) {
  const code = uniq("CQ-");
  return db.agency.create({
    data: { code, name: `Cơ quan ${code}`, shortName: code, type: "BAN_DANG", ...data },
  });
}

export function makeMembership(
  db: PrismaClient,
  data: Pick<Prisma.MembershipUncheckedCreateInput, "blocId" | "agencyId"> & Partial<Prisma.MembershipUncheckedCreateInput>,
) {
  return db.membership.create({ data: { year: 2026, ...data } });
}

export function makeCycle(db: PrismaClient, data: Pick<Prisma.CycleUncheckedCreateInput, "blocId"> & Partial<Prisma.CycleUncheckedCreateInput>) {
  return db.cycle.create({ data: { year: 2026, theme: "Đoàn kết, đổi mới", ...data } });
}

/** A user without roles; passwordHash is not a real hash (no login). */
export function makeUser(db: PrismaClient, data: Partial<Prisma.UserUncheckedCreateInput> = {}) {
  const id = uniq();
  return db.user.create({
    data: { email: `user-${id}@test.local`, name: `Người dùng ${id}`, passwordHash: "not-a-hash", ...data },
  });
}

export function makeProvince(db: PrismaClient, data: Partial<Prisma.ProvinceUncheckedCreateInput> = {}) {
  const code = uniq("TINH-");
  return db.province.create({ data: { code, name: `Tỉnh ${code}`, ...data } });
}

export type RoleScope = { blocId?: string; agencyId?: string; provinceId?: string | null };

/**
 * A user holding `role` on `scope`; the user belongs to `scope.agencyId` unless `opts.agencyId`
 * names another agency (e.g. a chair who works at a member agency). `opts.user` sets other fields
 * of the user (the end-to-end tests give an e-mail and a real password hash). Returns the user's id.
 */
export async function makeRoleUser(
  db: PrismaClient,
  role: Role,
  scope: RoleScope = {},
  opts: { agencyId?: string; name?: string; user?: Partial<Prisma.UserUncheckedCreateInput> } = {},
) {
  const u = await makeUser(db, { agencyId: opts.agencyId ?? scope.agencyId, ...(opts.name ? { name: opts.name } : {}), ...opts.user });
  await db.roleAssignment.create({ data: { userId: u.id, role, ...scope } });
  return u.id;
}
