import { randomUUID } from "node:crypto";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";

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

export function makeCycle(
  db: PrismaClient,
  data: Pick<Prisma.CycleUncheckedCreateInput, "blocId"> & Partial<Prisma.CycleUncheckedCreateInput>,
) {
  return db.cycle.create({ data: { year: 2026, theme: "Đoàn kết, đổi mới", ...data } });
}

/** A user without roles; passwordHash is not a real hash (no login). */
export function makeUser(db: PrismaClient, data: Partial<Prisma.UserUncheckedCreateInput> = {}) {
  const id = uniq();
  return db.user.create({
    data: { email: `user-${id}@test.local`, name: `Người dùng ${id}`, passwordHash: "not-a-hash", ...data },
  });
}
