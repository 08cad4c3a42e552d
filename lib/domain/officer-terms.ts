import { firstDay, lastDay, vnDay, type FieldErrors } from "./membership";

/**
 * Trưởng khối / Phó khối terms (docs/domain/edge-cases.md#case-29): terms of the same
 * role in the same bloc never overlap, both ends inclusive (as the database
 * trigger's daterange '[]'). This check gives the friendly message naming the
 * clashing term; the trigger stays the backstop for concurrent saves.
 */
export type OfficerRole = "HEAD" | "DEPUTY";

export interface OfficerTermSpan {
  id: string;
  role: OfficerRole;
  agencyName: string;
  startsOn: string;
  endsOn: string;
}

export interface OfficerTermDraft {
  /** Set when editing: the term itself never clashes with its old dates. */
  id?: string | null;
  role: OfficerRole;
  agencyId: string;
  startsOn: string;
  endsOn: string;
}

const ROLE_NAMES: Record<OfficerRole, string> = { HEAD: "Trưởng khối", DEPUTY: "Phó khối" };

export function findOverlappingTerm(existing: readonly OfficerTermSpan[], draft: OfficerTermDraft): OfficerTermSpan | null {
  return existing.find((t) => t.role === draft.role && t.id !== draft.id && t.startsOn <= draft.endsOn && draft.startsOn <= t.endsOn) ?? null;
}

export function overlapMessage(role: OfficerRole, clash: Pick<OfficerTermSpan, "agencyName" | "startsOn" | "endsOn">): string {
  return `Nhiệm kỳ ${ROLE_NAMES[role]} bị trùng với nhiệm kỳ của ${clash.agencyName} (${vnDay(clash.startsOn)} – ${vnDay(clash.endsOn)}).`;
}

export interface OfficerTermContext {
  /** The year the term is recorded for (the page's year). */
  year: number;
  /** Agencies with a membership row in that year. */
  memberAgencyIds: readonly string[];
  /** Every term of the bloc (any role, any year). */
  existing: readonly OfficerTermSpan[];
}

/** Field errors for a term, or null when it can be saved. */
export function checkOfficerTerm(draft: OfficerTermDraft, ctx: OfficerTermContext): FieldErrors | null {
  const errors: FieldErrors = {};
  if (!ctx.memberAgencyIds.includes(draft.agencyId)) {
    errors.agencyId = [`Cơ quan được chọn không phải thành viên của khối năm ${ctx.year}.`];
  }
  if (draft.endsOn < draft.startsOn) {
    errors.endsOn = ["Ngày kết thúc nhiệm kỳ không được trước ngày bắt đầu."];
  } else if (draft.startsOn > lastDay(ctx.year) || draft.endsOn < firstDay(ctx.year)) {
    errors.startsOn = [`Nhiệm kỳ phải có ít nhất một ngày trong năm ${ctx.year}.`];
  } else {
    const clash = findOverlappingTerm(ctx.existing, draft);
    if (clash) errors.startsOn = [overlapMessage(draft.role, clash)];
  }
  return Object.keys(errors).length ? errors : null;
}
