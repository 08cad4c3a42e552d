import { checkPhaseOpen, PHASE_LABELS, type PhaseCheck, type PhaseKey, type PhaseWindow } from "./cycle-phase";
import { can, type Resource } from "./permissions";
import type { Principal } from "./roles";

/**
 * An agency's registration (đăng ký thi đua, docs/domain/yearly-cycle.md#registration): the agency's
 * officer drafts it, its leader submits it, the bloc's secretary or chair
 * accepts it or returns it with a reason, and a returned registration is
 * edited and submitted again. Pure: the server derives the actor's
 * capabilities (with their agency scope) and passes them in.
 *
 *   DRAFT ──submit──▶ SUBMITTED ──accept──▶ ACCEPTED
 *     ▲ saveDraft         │ return (reason)
 *     └─── RETURNED ◀─────┘   (saveDraft keeps RETURNED; submit → SUBMITTED)
 */
export const REGISTRATION_STATUSES = ["DRAFT", "SUBMITTED", "ACCEPTED", "RETURNED"] as const;
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number];

export const REGISTRATION_ACTIONS = ["saveDraft", "submit", "accept", "return"] as const;
export type RegistrationAction = (typeof REGISTRATION_ACTIONS)[number];

/** A return reason shorter than this tells the agency nothing it can act on. */
export const MIN_RETURN_REASON = 10;

/** What the caller may do to THIS registration (permissions.ts, scoped to its agency and bloc). */
export interface RegistrationActor {
  /** "registration:edit:own": the agency's leader or officer. */
  canEdit: boolean;
  /** "registration:submit:own": the agency's leader. */
  canSubmit: boolean;
  /** "registration:review": the bloc's secretary or chair. */
  canReview: boolean;
}

/** The actor a principal makes on one agency's registration in one bloc. */
export function registrationActor(principal: Principal | null, resource: Required<Resource>): RegistrationActor {
  return {
    canEdit: can(principal, "registration:edit:own", resource),
    canSubmit: can(principal, "registration:submit:own", resource),
    canReview: can(principal, "registration:review", resource),
  };
}

export type RegistrationCommand =
  { action: "saveDraft" } | { action: "submit"; titleCount: number; targetCount: number } | { action: "accept" } | { action: "return"; reason: string };

export type RefusalCode = "FORBIDDEN" | "WRONG_STATE" | "INVALID";
export type Transition = { ok: true; to: RegistrationStatus } | { ok: false; code: RefusalCode; reason: string; field?: string };

const STATUS_TEXT: Record<RegistrationStatus, string> = {
  DRAFT: "đang soạn",
  SUBMITTED: "đã gửi, đang chờ tiếp nhận",
  ACCEPTED: "đã được tiếp nhận",
  RETURNED: "đã bị trả lại",
};

/** The states each action starts from. */
const FROM: Record<RegistrationAction, readonly RegistrationStatus[]> = {
  saveDraft: ["DRAFT", "RETURNED"],
  submit: ["DRAFT", "RETURNED"],
  accept: ["SUBMITTED"],
  return: ["SUBMITTED"],
};

/** Whether the actor's role allows the action at all, whatever the state. */
export function checkActor(action: RegistrationAction, actor: RegistrationActor): Transition | null {
  if (action === "saveDraft" && !actor.canEdit) {
    return refuse("FORBIDDEN", "Chỉ lãnh đạo và cán bộ thi đua của cơ quan được soạn bản đăng ký của cơ quan mình.");
  }
  if (action === "submit" && !actor.canSubmit) {
    return refuse("FORBIDDEN", "Chỉ Thủ trưởng cơ quan được gửi bản đăng ký thi đua của cơ quan.");
  }
  if ((action === "accept" || action === "return") && !actor.canReview) {
    return refuse("FORBIDDEN", "Chỉ Thư ký khối và Trưởng khối được tiếp nhận hoặc trả lại bản đăng ký.");
  }
  return null;
}

/** The next state, or why the command cannot run from `status` (role not considered). */
export function transition(status: RegistrationStatus, command: RegistrationCommand): Transition {
  if (!FROM[command.action].includes(status)) {
    return refuse("WRONG_STATE", wrongStateReason(status, command.action));
  }
  switch (command.action) {
    case "saveDraft":
      // Editing a returned registration keeps it RETURNED (and its reason
      // visible) until the leader submits it again.
      return { ok: true, to: status };
    case "submit":
      if (command.titleCount + command.targetCount === 0) {
        return refuse("INVALID", "Bản đăng ký cần ít nhất một danh hiệu đăng ký hoặc một chỉ tiêu trước khi gửi.");
      }
      return { ok: true, to: "SUBMITTED" };
    case "accept":
      return { ok: true, to: "ACCEPTED" };
    case "return": {
      const length = command.reason.trim().length;
      if (length < MIN_RETURN_REASON) {
        const message = `Lý do trả lại cần ít nhất ${MIN_RETURN_REASON} ký tự để cơ quan biết cần sửa gì.`;
        return { ok: false, code: "INVALID", reason: message, field: "reason" };
      }
      return { ok: true, to: "RETURNED" };
    }
  }
}

/** Role first, then state, then content: the refusal names the first thing that stops the command. */
export function decideRegistration(status: RegistrationStatus, command: RegistrationCommand, actor: RegistrationActor): Transition {
  return checkActor(command.action, actor) ?? transition(status, command);
}

/** Which actions the actor could take from `status` (for showing buttons; content rules aside). */
export function availableActions(status: RegistrationStatus, actor: RegistrationActor): RegistrationAction[] {
  return REGISTRATION_ACTIONS.filter((a) => checkActor(a, actor) === null && FROM[a].includes(status));
}

function wrongStateReason(status: RegistrationStatus, action: RegistrationAction): string {
  const now = `Bản đăng ký ${STATUS_TEXT[status]}`;
  if (action === "saveDraft") return `${now}: không sửa được nữa.`;
  if (action === "submit") return `${now}: không gửi lại được.`;
  return `${now}: chỉ tiếp nhận hoặc trả lại được bản đăng ký đã gửi.`;
}

function refuse(code: RefusalCode, reason: string): Transition {
  return { ok: false, code, reason };
}

/**
 * Decision (the requirements left it open): the secretary and chair may accept or
 * return a registration while REGISTRATION is open and also during
 * PLEDGE_SIGNING, because registrations sent on the last day are often only
 * checked in the following days, before the signing conference. Drafting and
 * submitting stay limited to REGISTRATION.
 */
export const REVIEW_PHASES: readonly PhaseKey[] = ["REGISTRATION", "PLEDGE_SIGNING"];

export function checkReviewWindow(phases: readonly PhaseWindow[], today: string): PhaseCheck {
  if (REVIEW_PHASES.some((key) => checkPhaseOpen(phases, key, today).open)) return { open: true };
  const labels = REVIEW_PHASES.map((k) => `“${PHASE_LABELS[k]}”`).join(" hoặc ");
  // Before registration opens, say when it opens; afterwards, how signing stands.
  const registration = phases.find((p) => p.key === "REGISTRATION");
  const detail = checkPhaseOpen(phases, registration && today < registration.opensOn ? "REGISTRATION" : "PLEDGE_SIGNING", today);
  const why = detail.open ? "" : ` ${detail.reason}`;
  return { open: false, reason: `Chỉ tiếp nhận hoặc trả lại bản đăng ký trong giai đoạn ${labels}.${why}` };
}
