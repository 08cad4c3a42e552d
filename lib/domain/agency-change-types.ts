/**
 * What planning an agency change takes and gives (agency-change.ts): the change as entered, the
 * members and register it is checked against, and the plain operations the use case applies.
 */
import type { FieldErrors } from "./membership";

export type AgencyChangeKind = "MERGER" | "SPLIT" | "RENAME" | "DISSOLUTION";

export interface MemberSnapshot {
  agencyId: string;
  name: string;
  type: string;
  joinedOn: string | null;
  leftOn: string | null;
  dissolvedOn: string | null;
}

/** Agencies named as existing successors that may not be members (yet). */
export interface KnownAgency {
  agencyId: string;
  name: string;
  dissolvedOn: string | null;
}

/** An agency of the council's register, as a predecessor or a successor. */
export interface RegisterAgency extends KnownAgency {
  type: string;
  establishedOn: string | null;
}

/** One bloc's members in the year of the day before a register change. */
export interface BlocYearMembers {
  blocId: string;
  year: number;
  members: readonly MemberSnapshot[];
}

export interface NewAgency {
  name: string;
  shortName: string;
  /** Null for a rename: the renamed agency keeps its type. */
  type: string | null;
}

export type SuccessorInput = { existingId: string } | { newAgency: NewAgency };

export interface AgencyChangeInput {
  kind: AgencyChangeKind;
  effectiveOn: string;
  predecessorIds: readonly string[];
  successors: readonly SuccessorInput[];
  decisionRef: string | null;
  note: string | null;
}

/** A successor in the plan: an existing agency or the n-th agency the plan creates. */
export type AgencyRef = { existingId: string } | { newIndex: number };

export type ChangeOperation =
  | { op: "CREATE_AGENCY"; newIndex: number; name: string; shortName: string; type: string; establishedOn: string }
  | { op: "END_MEMBERSHIP"; agencyId: string; leftOn: string }
  | { op: "DISSOLVE_AGENCY"; agencyId: string; dissolvedOn: string }
  | { op: "ADD_MEMBERSHIP"; agency: AgencyRef; joinedOn: string }
  | { op: "MOVE_JOINED_ON"; agencyId: string; joinedOn: string }
  /** successor null: a dissolution, which has no successor. */
  | {
      op: "LINK_LINEAGE";
      predecessorId: string;
      successor: AgencyRef | null;
      kind: AgencyChangeKind;
      effectiveOn: string;
      decisionRef: string | null;
      note: string | null;
    };

export type ChangePlan = { ok: true; operations: ChangeOperation[] } | { ok: false; errors: FieldErrors };

/** The membership side of a register change, for one bloc and year. */
export interface BlocMembershipOps {
  blocId: string;
  year: number;
  operations: ChangeOperation[];
}

export type RegisterPlan = { ok: true; agencyOperations: ChangeOperation[]; memberships: BlocMembershipOps[] } | { ok: false; errors: FieldErrors };
