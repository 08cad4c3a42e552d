/**
 * Notifications (docs/decisions/0034): the kinds, whether each is e-mailed unless the user chose
 * otherwise, which phase reminder a day calls for, and how a failed e-mail is retried. Pure: the
 * clock and the stored choices are arguments.
 */
import { PHASE_LABELS, type PhaseKey } from "./cycle-phase";

export const NOTIFICATION_KINDS = [
  "SHEET_RETURNED",
  "SHEET_VERIFIED",
  "OBJECTION_DECIDED",
  "REGISTRATION_SUBMITTED",
  "REGISTRATION_REVIEWED",
  "PHASE_REMINDER",
  "VOTE_OPENED",
  "NOMINATION_REVIEWED",
  "DECISION_RECORDED",
  "CRITERIA_CHANGED",
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

interface KindInfo {
  /** What the kind is, as the account page lists it. */
  label: string;
  /** E-mailed unless the user turned it off: the kinds that ask the reader to act. */
  emailByDefault: boolean;
}

export const NOTIFICATION_KIND_INFO: Record<NotificationKind, KindInfo> = {
  SHEET_RETURNED: { label: "Bảng điểm bị trả lại để sửa", emailByDefault: true },
  SHEET_VERIFIED: { label: "Bảng điểm đã được thẩm định xong", emailByDefault: false },
  OBJECTION_DECIDED: { label: "Kiến nghị về điểm đã được quyết định", emailByDefault: true },
  REGISTRATION_SUBMITTED: { label: "Cơ quan thành viên gửi bản đăng ký thi đua", emailByDefault: false },
  REGISTRATION_REVIEWED: { label: "Bản đăng ký thi đua được chấp nhận hoặc trả lại", emailByDefault: true },
  PHASE_REMINDER: { label: "Nhắc việc: giai đoạn mở, sắp đóng (còn 3 ngày, còn 1 ngày)", emailByDefault: true },
  VOTE_OPENED: { label: "Cuộc bỏ phiếu được mở", emailByDefault: true },
  NOMINATION_REVIEWED: { label: "Đề nghị khen thưởng được gửi lên, trả lại hoặc không đề nghị", emailByDefault: true },
  DECISION_RECORDED: { label: "Quyết định khen thưởng được ghi nhận", emailByDefault: false },
  CRITERIA_CHANGED: { label: "Bảng tiêu chí có phiên bản mới", emailByDefault: false },
};

/** Whether a notification of `kind` is e-mailed to a user whose stored choice is `choice` (undefined: none stored). */
export function wantsEmail(kind: NotificationKind, choice: boolean | undefined): boolean {
  return choice ?? NOTIFICATION_KIND_INFO[kind].emailByDefault;
}

// ── Phase reminders ──

export type ReminderMoment = "OPENS_TODAY" | "CLOSES_IN_3_DAYS" | "CLOSES_TOMORROW";

/** Days between two "yyyy-MM-dd" days (b − a). */
function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

/** The reminder a phase calls for on `today`, or null. A phase opening and closing the same day is only "opens today". */
export function reminderMoment(phase: { opensOn: string; closesOn: string }, today: string): ReminderMoment | null {
  if (phase.opensOn === today) return "OPENS_TODAY";
  if (today < phase.opensOn) return null;
  const left = daysBetween(today, phase.closesOn);
  if (left === 3) return "CLOSES_IN_3_DAYS";
  if (left === 1) return "CLOSES_TOMORROW";
  return null;
}

/** The days on which some phase calls for a reminder: opening today, closing in 3 days or tomorrow. */
export function reminderDays(today: string): { opensOn: string; closesOn: string[] } {
  const plus = (n: number) => new Date(Date.parse(`${today}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
  return { opensOn: today, closesOn: [plus(3), plus(1)] };
}

export function reminderMessage(p: { key: PhaseKey; moment: ReminderMoment; closesOn: string; year: number; blocName: string; todo: string }): string {
  const phase = `Giai đoạn “${PHASE_LABELS[p.key]}” năm ${p.year} của ${p.blocName}`;
  const until = p.closesOn.split("-").reverse().join("/");
  const when =
    p.moment === "OPENS_TODAY"
      ? `mở từ hôm nay đến hết ngày ${until}`
      : p.moment === "CLOSES_IN_3_DAYS"
        ? `còn 3 ngày, đóng sau ngày ${until}`
        : `đóng sau ngày mai (${until})`;
  return `${phase} ${when}. ${p.todo}`;
}

/** The key that makes a reminder exist once per user, however many runs write it. */
export function reminderKey(phaseId: string, moment: ReminderMoment, today: string): string {
  return `phase:${phaseId}:${moment}:${today}`;
}

// ── E-mail delivery ──

export const MAIL_MAX_ATTEMPTS = 6;
/** How long a claimed e-mail stays with its sender before another may take it (a sender that died). */
export const MAIL_LEASE_MS = 5 * 60_000;

/** After failed attempt n (1, 2, …): 1 min, 4 min, 16 min, 64 min, then at most 6 hours. */
export function retryDelayMs(attempt: number): number {
  return Math.min(60_000 * 4 ** Math.max(0, attempt - 1), 6 * 3_600_000);
}

/** What happens to an e-mail after its `attempts`-th attempt failed. */
export function afterFailure(attempts: number, now: Date): { status: "PENDING"; nextAttemptAt: Date } | { status: "FAILED" } {
  if (attempts >= MAIL_MAX_ATTEMPTS) return { status: "FAILED" };
  return { status: "PENDING", nextAttemptAt: new Date(now.getTime() + retryDelayMs(attempts)) };
}

/** The e-mail of a notification: its kind as the subject, its message and where to see it. */
export function mailOf(kind: NotificationKind, message: string, url: string | null): { subject: string; text: string } {
  const lines = [message, ""];
  if (url) lines.push(`Xem chi tiết: ${url}`, "");
  lines.push("Thư này được gửi tự động từ phần mềm thi đua khối. Bạn có thể chọn loại thông báo nào được gửi qua e-mail tại trang Tài khoản của tôi.");
  return { subject: `Thi đua khối: ${NOTIFICATION_KIND_INFO[kind].label}`, text: lines.join("\n") };
}
