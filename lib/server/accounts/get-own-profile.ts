import "server-only";
import type { RoleName } from "@/lib/domain/roles";
import { requireUser } from "@/lib/server/auth/current-user";
import { db } from "@/lib/server/db";

export interface OwnRole {
  role: RoleName;
  /** Where the role applies: a bloc, an agency, a province or the central level. */
  scope: string;
  startsOn: Date | null;
  endsOn: Date | null;
}

export interface OwnProfile {
  name: string;
  title: string | null;
  phone: string | null;
  email: string;
  agencyName: string | null;
  passwordChangedAt: Date | null;
  /** The version the profile form sends back (optimistic concurrency). */
  updatedAt: string;
  roles: OwnRole[];
}

/** The signed-in user's own account, with every role assignment (also those not or no longer in force) and its scope. */
export async function getOwnProfile(): Promise<OwnProfile> {
  const user = await requireUser();
  const row = await db().user.findUniqueOrThrow({
    where: { id: user.userId },
    select: {
      name: true,
      title: true,
      phone: true,
      email: true,
      passwordChangedAt: true,
      updatedAt: true,
      agency: { select: { name: true } },
      roles: {
        orderBy: [{ startsOn: { sort: "desc", nulls: "last" } }, { createdAt: "asc" }],
        select: {
          role: true,
          startsOn: true,
          endsOn: true,
          bloc: { select: { name: true } },
          agency: { select: { name: true } },
          province: { select: { name: true } },
        },
      },
    },
  });
  return {
    name: row.name,
    title: row.title,
    phone: row.phone,
    email: row.email,
    agencyName: row.agency?.name ?? null,
    passwordChangedAt: row.passwordChangedAt,
    updatedAt: row.updatedAt.toISOString(),
    roles: row.roles.map((r) => ({
      role: r.role as RoleName,
      scope: r.bloc?.name ?? r.agency?.name ?? r.province?.name ?? (r.role === "COUNCIL_STAFF" ? "Cấp Trung ương" : "Toàn hệ thống"),
      startsOn: r.startsOn,
      endsOn: r.endsOn,
    })),
  };
}
