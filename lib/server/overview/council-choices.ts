import "server-only";
import { CAPABILITIES } from "@/lib/domain/permissions";
import { provinceFamily, registerRoots } from "@/lib/domain/provinces";
import { councilScopeOf } from "@/lib/domain/roles";
import { sortVi } from "@/lib/format";
import { CENTRAL_KEY, registerChoiceOf, type RegisterChoice } from "@/lib/server/agency-register/find-agency-register";
import type { CurrentUser } from "@/lib/server/auth/load-principal";
import { AppError } from "@/lib/server/errors";
import type { ProvinceNodeRow } from "@/lib/server/provinces/province-nodes";
import type { CouncilTarget } from "./internal/overview-queries";

export { CENTRAL_KEY };
export type CouncilChoice = RegisterChoice;

export const NO_OVERVIEW = "Chỉ cán bộ Hội đồng Thi đua – Khen thưởng xem được tổng quan các khối.";
export const COUNCIL_NOT_FOUND = "Không tìm thấy tỉnh, thành phố này trong phạm vi bạn theo dõi.";

/**
 * The councils whose overview the user may open, as the agency register groups them
 * (docs/decisions/0011): each province of their scope that no other province of it absorbed
 * (with those it absorbed), and the central level for central staff; a system administrator
 * every current province and the central level. Empty for anyone else.
 */
export function councilChoices(user: CurrentUser, nodes: readonly ProvinceNodeRow[]): CouncilChoice[] {
  const scope = councilScopeOf({ ...user, grants: user.grants.filter((g) => CAPABILITIES[g.role]?.includes("overview:read")) });
  if (scope === null) return [];
  const roots = scope === "all" ? nodes.filter((n) => n.mergedIntoId === null) : nodes.filter((n) => registerRoots(nodes, scope.provinceIds).includes(n.id));
  const choices = sortVi(roots, (n) => n.name).map(registerChoiceOf);
  if (scope === "all" || scope.central) choices.push(registerChoiceOf(null));
  return choices;
}

/** The council named by `key` (a province code or CENTRAL_KEY; default the first), or NOT_FOUND. */
export function pickCouncil(choices: readonly CouncilChoice[], key: string | null | undefined): CouncilChoice {
  if (choices.length === 0) throw new AppError("FORBIDDEN", NO_OVERVIEW);
  if (!key) return choices[0]!;
  const found = choices.find((c) => c.key === key);
  if (!found) throw new AppError("NOT_FOUND", COUNCIL_NOT_FOUND);
  return found;
}

/** Which blocs a council covers: its province and every province merged into it, or the central blocs. */
export function councilTarget(choice: CouncilChoice, nodes: readonly ProvinceNodeRow[]): CouncilTarget {
  return choice.provinceId === null
    ? { rootProvinceId: null, family: null }
    : { rootProvinceId: choice.provinceId, family: provinceFamily(nodes, choice.provinceId) };
}
