import "server-only";
import { can, canInProvince, type Action, type Resource } from "@/lib/domain/permissions";
import type { Principal } from "@/lib/domain/roles";
import { AppError } from "@/lib/server/errors";

/**
 * Where an action happens: a bloc (with the owning agency for ":own" actions), read from the
 * database by a lookup in ./scopes — never from the form — or a province for council work that
 * belongs to no bloc (accounts, the agency register, provinces; null = the central level).
 */
export type Scope = Resource | ProvinceScope;
export interface ProvinceScope {
  provinceId: string | null;
}

export interface Refusal {
  /** The NOT_FOUND message (default: the generic one). */
  notFound?: string;
  /** The FORBIDDEN message (default: the generic one). */
  forbidden?: string;
  /**
   * Refuse a missing action as NOT_FOUND too, for things a user may not even see without the
   * action (another agency's registration, an account outside one's provinces).
   */
  hidden?: boolean;
}

/**
 * The one authorization check of every use case and reader, after `requireUser()` and a scope
 * lookup. A bloc scope that is missing (the lookup found nothing) or out of the user's reach
 * ("bloc:read") is NOT_FOUND, so its existence is not told; a bloc the user reads without any of
 * `action` (several = any of them) is FORBIDDEN, or NOT_FOUND when `hidden`. A province scope has
 * nothing to read first: without the action it is FORBIDDEN (NOT_FOUND when `hidden`).
 * Asserts the scope is present, so callers go on with it typed.
 */
export function authorize<S extends Scope>(
  user: Principal,
  action: Action | readonly Action[],
  scope: S | null | undefined,
  refusal: Refusal = {},
): asserts scope is S {
  if (!scope) throw new AppError("NOT_FOUND", refusal.notFound);
  const actions: readonly Action[] = typeof action === "string" ? [action] : action;
  if ("blocId" in scope && !can(user, "bloc:read", { blocId: scope.blocId })) throw new AppError("NOT_FOUND", refusal.notFound);
  const allowed = actions.some((a) => ("blocId" in scope ? can(user, a, scope) : canInProvince(user, a, scope.provinceId)));
  if (allowed) return;
  throw refusal.hidden ? new AppError("NOT_FOUND", refusal.notFound) : new AppError("FORBIDDEN", refusal.forbidden);
}
