import { addDays } from "./membership";
import type { OfficerRole } from "./officer-terms";

/**
 * When the agency holding a bloc's Trưởng khối or Phó khối term merges or is dissolved mid-term
 * (docs/domain/edge-cases.md#case-31), its terms end the day before, and the deputy's agency acts
 * as head for the rest of the head's term: a HEAD term with the method ACTING, until the council
 * or the next conference records a new head. A renamed agency is the same body under a new record:
 * its terms continue under the new record. Days are ISO "YYYY-MM-DD", both ends inclusive.
 */
export interface HeldTerm {
  id: string;
  blocId: string;
  agencyId: string;
  role: OfficerRole;
  startsOn: string;
  endsOn: string;
  method: string;
  personName: string | null;
}

/** An agency that ceases to exist; `renamedTo` when it continues as another record (a rename). */
export interface GoneAgency {
  agencyId: string;
  renamedTo: string | null;
}

export type HandoverOperation =
  | { op: "END_TERM"; termId: string; blocId: string; endsOn: string }
  /** A new term from the day: the deputy acting as head (method ACTING), or a renamed agency's term continued. */
  | {
      op: "NEW_TERM";
      blocId: string;
      agencyId: string;
      role: OfficerRole;
      method: string;
      startsOn: string;
      endsOn: string;
      personName: string | null;
      replacesTermId: string;
    };

const inForce = (t: HeldTerm, day: string) => t.startsOn <= day && day <= t.endsOn;

/**
 * What happens to the terms of `terms` (every term of the blocs concerned) when the agencies of
 * `goneAgencies` cease to exist on `effectiveOn`. A term that starts on or after that day is left
 * for the council to correct: there is no earlier day to end it on.
 */
export function planHandover(terms: readonly HeldTerm[], goneAgencies: readonly GoneAgency[], effectiveOn: string): HandoverOperation[] {
  const gone = new Set(goneAgencies.map((g) => g.agencyId));
  const renamedTo = new Map(goneAgencies.flatMap((g) => (g.renamedTo ? [[g.agencyId, g.renamedTo] as const] : [])));
  const dayBefore = addDays(effectiveOn, -1);
  const ops: HandoverOperation[] = [];
  const ending = terms.filter((t) => gone.has(t.agencyId) && t.startsOn <= dayBefore && effectiveOn <= t.endsOn);
  for (const t of ending) ops.push({ op: "END_TERM", termId: t.id, blocId: t.blocId, endsOn: dayBefore });

  for (const t of ending) {
    const successor = renamedTo.get(t.agencyId);
    if (successor) ops.push({ ...newTerm(t, successor, t.role, t.method, effectiveOn, t.endsOn, t.personName) });
  }

  for (const head of ending.filter((t) => t.role === "HEAD" && !renamedTo.has(t.agencyId))) {
    const deputy = terms.find((t) => t.blocId === head.blocId && t.role === "DEPUTY" && !gone.has(t.agencyId) && inForce(t, effectiveOn));
    if (!deputy) continue; // no deputy left to act: the council records a new head
    // Up to the end of the head's term, or the day before a head already recorded after it.
    const nextHead = terms
      .filter((t) => t.blocId === head.blocId && t.role === "HEAD" && t.id !== head.id && t.startsOn >= effectiveOn && t.startsOn <= head.endsOn)
      .sort((a, b) => a.startsOn.localeCompare(b.startsOn))[0];
    const endsOn = nextHead ? addDays(nextHead.startsOn, -1) : head.endsOn;
    if (endsOn < effectiveOn) continue;
    ops.push(newTerm(head, deputy.agencyId, "HEAD", "ACTING", effectiveOn, endsOn, deputy.personName));
  }
  return ops;
}

function newTerm(
  replaced: HeldTerm,
  agencyId: string,
  role: OfficerRole,
  method: string,
  startsOn: string,
  endsOn: string,
  personName: string | null,
): HandoverOperation {
  return { op: "NEW_TERM", blocId: replaced.blocId, agencyId, role, method, startsOn, endsOn, personName, replacesTermId: replaced.id };
}
