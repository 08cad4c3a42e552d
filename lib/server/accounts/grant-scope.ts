import "server-only";
import { checkGrantShape, normaliseScope, roleScopeKind, type GrantScope } from "@/lib/domain/account-rules";
import { canInProvince } from "@/lib/domain/permissions";
import { councilScopeOf, ROLE_LABELS, type RoleName } from "@/lib/domain/roles";
import { isoDay } from "@/lib/format";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { CurrentUser } from "@/lib/server/auth/load-principal";
import { AppError } from "@/lib/server/errors";
import { CENTRAL_LABEL, CHECK_FIELDS, fieldError } from "./account-references";

export const ADMIN_ONLY = "Chỉ Quản trị hệ thống được giao hoặc thu hồi vai trò Quản trị hệ thống.";
const OUT_OF_SCOPE = (what: string) => `${what} không thuộc phạm vi bạn quản lý: bạn chỉ giao, thu hồi được vai trò trong tỉnh, thành phố của mình.`;

export interface GrantRequest {
  role: RoleName;
  blocId?: string | null;
  agencyId?: string | null;
  provinceId?: string | null;
  startsOn?: Date | null;
  endsOn?: Date | null;
}

/** A grant checked against the database and the caller's scope, ready to write and audit. */
export interface ResolvedGrant {
  role: RoleName;
  scope: GrantScope;
  startsOn: Date | null;
  endsOn: Date | null;
  /** The bloc of a bloc role: the audit row's blocId. */
  auditBlocId: string | null;
  /** The scope in words: the bloc's, agency's or province's name, "Trung ương", "Toàn hệ thống". */
  scopeLabel: string;
}

/** Whether the caller covers a stored grant's scope (to give it or take it back). */
export function coversGrant(user: CurrentUser, role: RoleName, provinceOfScope: string | null): boolean {
  if (role === "ADMIN") return councilScopeOf(user) === "all";
  return canInProvince(user, "user:manage", provinceOfScope);
}

/**
 * Checks one role to give: its shape (a bloc role names a bloc…), that the
 * bloc, agency or province exists, and that the caller covers it — a bloc's
 * or an agency's province, the council staff's province (the central level
 * for null); ADMIN only by a system administrator. A scope out of reach is
 * FORBIDDEN with a clear message. `fields` renames the form fields errors go to.
 */
export async function resolveGrant(
  client: Prisma.TransactionClient,
  user: CurrentUser,
  req: GrantRequest,
  fields: Partial<Record<"blocId" | "agencyId" | "provinceId" | "endsOn", string>> = {},
): Promise<ResolvedGrant> {
  const field = (k: "blocId" | "agencyId" | "provinceId" | "endsOn") => fields[k] ?? k;
  const scope = normaliseScope(req.role, req);
  const startsOn = req.startsOn ?? null;
  const endsOn = req.endsOn ?? null;
  const shape = checkGrantShape(req.role, scope, { startsOn: startsOn && isoDay(startsOn), endsOn: endsOn && isoDay(endsOn) });
  if (shape) throw new AppError("INVALID_INPUT", CHECK_FIELDS, Object.fromEntries(Object.entries(shape).map(([k, v]) => [field(k as "blocId"), v])));
  const base = { role: req.role, scope, startsOn, endsOn };

  switch (roleScopeKind(req.role)) {
    case "NONE":
      if (!coversGrant(user, req.role, null)) throw new AppError("FORBIDDEN", ADMIN_ONLY);
      return { ...base, auditBlocId: null, scopeLabel: "Toàn hệ thống" };
    case "PROVINCE": {
      if (scope.provinceId === null) {
        if (!coversGrant(user, req.role, null)) throw new AppError("FORBIDDEN", OUT_OF_SCOPE("Cấp Trung ương"));
        return { ...base, auditBlocId: null, scopeLabel: CENTRAL_LABEL };
      }
      const p = await client.province.findUnique({ where: { id: scope.provinceId }, select: { name: true } });
      if (!p) throw fieldError(field("provinceId"), "Không tìm thấy tỉnh, thành phố đã chọn.");
      if (!coversGrant(user, req.role, scope.provinceId)) throw new AppError("FORBIDDEN", OUT_OF_SCOPE(p.name));
      return { ...base, auditBlocId: null, scopeLabel: p.name };
    }
    case "BLOC": {
      const b = await client.bloc.findUnique({ where: { id: scope.blocId! }, select: { id: true, name: true, provinceId: true } });
      if (!b) throw fieldError(field("blocId"), "Không tìm thấy khối đã chọn.");
      if (!coversGrant(user, req.role, b.provinceId)) throw new AppError("FORBIDDEN", OUT_OF_SCOPE("Khối đã chọn"));
      return { ...base, auditBlocId: b.id, scopeLabel: b.name };
    }
    case "AGENCY": {
      const a = await client.agency.findUnique({ where: { id: scope.agencyId! }, select: { name: true, provinceId: true } });
      if (!a) throw fieldError(field("agencyId"), "Không tìm thấy cơ quan đã chọn.");
      if (!coversGrant(user, req.role, a.provinceId)) throw new AppError("FORBIDDEN", OUT_OF_SCOPE("Cơ quan đã chọn"));
      return { ...base, auditBlocId: null, scopeLabel: a.name };
    }
  }
}

/** The audit snapshot of a grant (who holds it, the role and its scope in words, the days). */
export function grantSnapshot(grant: {
  userId: string;
  email: string;
  role: RoleName;
  scope: GrantScope;
  scopeLabel: string;
  startsOn: Date | null;
  endsOn: Date | null;
}) {
  return {
    userId: grant.userId,
    email: grant.email,
    role: grant.role,
    roleLabel: ROLE_LABELS[grant.role],
    scope: grant.scopeLabel,
    ...grant.scope,
    startsOn: grant.startsOn && isoDay(grant.startsOn),
    endsOn: grant.endsOn && isoDay(grant.endsOn),
  };
}

/** Writes a resolved grant; the unique key (one grant per user, role and scope) turns a repeat into a message. */
export async function insertGrant(tx: Prisma.TransactionClient, userId: string, g: ResolvedGrant): Promise<string> {
  const row = await tx.roleAssignment.create({
    data: { userId, role: g.role, ...g.scope, startsOn: g.startsOn, endsOn: g.endsOn },
    select: { id: true },
  });
  return row.id;
}

export function duplicateGrantMessage(g: { role: RoleName; scopeLabel: string }): string {
  return `Tài khoản đã có vai trò ${ROLE_LABELS[g.role]} (${g.scopeLabel}).`;
}
