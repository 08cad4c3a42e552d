import "server-only";
import type { Principal, RoleName } from "@/lib/domain/roles";
import { db } from "@/lib/server/db";

export interface CurrentUser extends Principal {
  name: string;
  email: string;
  title: string | null;
  agencyName: string | null;
}

/**
 * Reads the user, their roles and the blocs their agency roles reach, in one
 * query, on every request: a revoked role or a deactivated account stops
 * working at once (nothing about roles lives in the session token).
 */
export async function loadPrincipal(userId: string): Promise<CurrentUser | null> {
  const user = await db().user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      name: true,
      email: true,
      title: true,
      isActive: true,
      agencyId: true,
      agency: { select: { name: true } },
      roles: {
        select: {
          role: true,
          blocId: true,
          agencyId: true,
          agency: { select: { memberships: { select: { blocId: true } } } },
        },
      },
    },
  });
  if (!user || !user.isActive) return null;
  return {
    userId: user.id,
    name: user.name,
    email: user.email,
    title: user.title,
    agencyId: user.agencyId,
    agencyName: user.agency?.name ?? null,
    grants: user.roles.map((r) => ({
      role: r.role as RoleName,
      blocId: r.blocId,
      agencyId: r.agencyId,
      agencyBlocIds: [...new Set(r.agency?.memberships.map((m) => m.blocId) ?? [])],
    })),
  };
}
