// Who verifies a live bloc's sheet, by the app's rule (lib/domain/verification verifierOf): the
// Trưởng khối's team for every member except the head's own agency, which the Phó khối's agency
// verifies. The demo's verifiers are the bloc's chair account and the deputy agency's leader.
import { verifierOf } from "../../../lib/domain/verification";
import type { LiveBloc } from "./organisation";

export function verifierFor(bloc: LiveBloc, agencyCode: string, ids: { chair: string; deputyLeader: string }): string {
  const v = verifierOf(agencyCode, { headAgencyId: bloc.head, deputyAgencyId: bloc.deputy });
  return v.kind === "CHAIR" ? ids.chair : ids.deputyLeader;
}
