import "server-only";
import type { CouncilScope, Grant, Principal, RoleName } from "@/lib/domain/roles";
import { todayInVietnam } from "@/lib/server/clock";
import { db } from "@/lib/server/db";

export interface CurrentUser extends Principal {
  name: string;
  email: string;
  title: string | null;
  agencyName: string | null;
  /** A temporary password: every page leads to the change-password form until it is changed. */
  mustChangePassword: boolean;
  /** The browser session this request came from (null outside a request, e.g. in tests). */
  sessionId: string | null;
  /** Unread notifications, for the header of every page: counted in the same statement. */
  unreadNotifications: number;
}

/**
 * Reads the user, their roles in force today and the blocs their agency roles
 * reach, in one query, on every request: a revoked role, a deactivated account
 * or a revoked session stops working at once (nothing about roles lives in the
 * session token). Council staff cost one more query, for the provinces they
 * reach through mergers and those provinces' blocs.
 *
 * `sessionId` is the session named by the token; when given, the session must
 * exist and not be revoked. Only callers outside a request omit it.
 */
export async function loadPrincipal(userId: string, sessionId?: string): Promise<CurrentUser | null> {
  const today = new Date(`${todayInVietnam()}T00:00:00Z`);
  const user = await db().user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      name: true,
      email: true,
      title: true,
      isActive: true,
      mustChangePassword: true,
      agencyId: true,
      agency: { select: { name: true } },
      sessions: sessionId === undefined ? undefined : { where: { id: sessionId, revokedAt: null }, select: { id: true } },
      // The header's count rides on this read rather than costing every page a statement of its own.
      _count: { select: { notifications: { where: { readAt: null } } } },
      roles: {
        where: {
          AND: [{ OR: [{ startsOn: null }, { startsOn: { lte: today } }] }, { OR: [{ endsOn: null }, { endsOn: { gte: today } }] }],
        },
        select: {
          role: true,
          blocId: true,
          agencyId: true,
          provinceId: true,
          agency: { select: { memberships: { select: { blocId: true } } } },
        },
      },
    },
  });
  if (!user || !user.isActive) return null;
  if (sessionId !== undefined && user.sessions.length === 0) return null;

  const councilRoles = user.roles.filter((r) => r.role === "COUNCIL_STAFF");
  const reach = councilRoles.length > 0 ? await councilReach(councilRoles.map((r) => r.provinceId)) : null;
  const grants: Grant[] = user.roles.map((r) => {
    if (r.role === "COUNCIL_STAFF" && reach) {
      const council: CouncilScope = r.provinceId
        ? { provinceIds: reach.provincesOf.get(r.provinceId) ?? [r.provinceId], central: false }
        : { provinceIds: [], central: true };
      const scopeBlocIds = r.provinceId ? council.provinceIds.flatMap((p) => reach.blocsOf.get(p) ?? []) : reach.centralBlocIds;
      return { role: "COUNCIL_STAFF", blocId: null, agencyId: null, scopeBlocIds, council };
    }
    return {
      role: r.role as RoleName,
      blocId: r.blocId,
      agencyId: r.agencyId,
      scopeBlocIds: [...new Set(r.agency?.memberships.map((m) => m.blocId) ?? [])],
    };
  });
  return {
    userId: user.id,
    name: user.name,
    email: user.email,
    title: user.title,
    agencyId: user.agencyId,
    agencyName: user.agency?.name ?? null,
    mustChangePassword: user.mustChangePassword,
    sessionId: sessionId ?? null,
    unreadNotifications: user._count.notifications,
    grants,
  };
}

/**
 * For council staff: each granted province with every province it absorbed
 * (through any chain of mergers), the blocs of each, and the central blocs
 * when a grant is for the central level. One recursive query.
 */
async function councilReach(provinceIds: (string | null)[]) {
  const roots = provinceIds.filter((p): p is string => p !== null);
  const wantCentral = provinceIds.includes(null);
  const rows = await db().$queryRaw<{ root: string | null; provinceId: string | null; blocId: string | null }[]>`
    WITH RECURSIVE scope(root, id) AS (
      SELECT p."id", p."id" FROM "Province" p WHERE p."id" = ANY(${roots}::text[])
      UNION
      SELECT s.root, c."id" FROM "Province" c JOIN scope s ON c."mergedIntoId" = s.id
    )
    SELECT s.root, s.id AS "provinceId", b."id" AS "blocId" FROM scope s LEFT JOIN "Bloc" b ON b."provinceId" = s.id
    UNION ALL
    SELECT NULL, NULL, b."id" FROM "Bloc" b WHERE ${wantCentral} AND b."level" = 'CENTRAL' AND b."provinceId" IS NULL`;
  const provincesOf = new Map<string, string[]>();
  const blocsOf = new Map<string, string[]>();
  const centralBlocIds: string[] = [];
  for (const r of rows) {
    if (r.root === null) {
      if (r.blocId) centralBlocIds.push(r.blocId);
      continue;
    }
    const provinces = provincesOf.get(r.root) ?? [];
    if (r.provinceId && !provinces.includes(r.provinceId)) provinces.push(r.provinceId);
    provincesOf.set(r.root, provinces);
    if (r.provinceId && r.blocId) blocsOf.set(r.provinceId, [...(blocsOf.get(r.provinceId) ?? []), r.blocId]);
  }
  return { provincesOf, blocsOf, centralBlocIds };
}
