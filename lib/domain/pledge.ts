import { formatNumber } from "@/lib/format";
import { checkPhaseOpen, type PhaseCheck, type PhaseWindow } from "./cycle-phase";
import { withComparator, type TargetComparator } from "./target-comparator";

/**
 * The pledge (giao ước thi đua, docs/domain/yearly-cycle.md#pledge): a version is drafted,
 * opened for signatures, and locks when every member has signed. A locked
 * version never changes; a correction is a new version and the old one is
 * superseded. Pure: the counts and days are arguments.
 */
export const PLEDGE_STATUSES = ["DRAFT", "SIGNING", "LOCKED", "SUPERSEDED"] as const;
export type PledgeStatus = (typeof PLEDGE_STATUSES)[number];

export type PledgeEvent =
  | { type: "EDIT" }
  | { type: "OPEN_SIGNING"; commitmentCount: number; memberCount: number }
  | { type: "BACK_TO_DRAFT"; signatureCount: number }
  | { type: "SIGN"; unsignedAfter: number }
  | { type: "RECORD_MEETING" }
  | { type: "NEW_VERSION" };
export type PledgeEventType = PledgeEvent["type"];

export type Transition = { ok: true; status: PledgeStatus } | { ok: false; reason: string };

const LOCKED_REASON = "Giao ước đã khóa (mọi thành viên đã ký) nên không sửa được. Muốn điều chỉnh, hãy tạo phiên bản mới và ghi rõ lý do.";
const SUPERSEDED_REASON = "Phiên bản này đã được thay thế bởi phiên bản mới hơn; chỉ còn để xem.";

const refuse = (reason: string): Transition => ({ ok: false, reason });
const to = (status: PledgeStatus): Transition => ({ ok: true, status });

/** What happens to a version in `status` when `event` is asked for: its next status, or why not. */
export function transition(status: PledgeStatus, event: PledgeEvent): Transition {
  if (status === "SUPERSEDED") return refuse(SUPERSEDED_REASON);
  switch (event.type) {
    case "EDIT":
      if (status === "DRAFT") return to("DRAFT");
      if (status === "SIGNING") {
        return refuse("Giao ước đang mở ký kết nên không sửa được nội dung. Chuyển về dự thảo (chỉ được khi chưa cơ quan nào ký) rồi sửa.");
      }
      return refuse(LOCKED_REASON);
    case "OPEN_SIGNING":
      if (status !== "DRAFT") return refuse(status === "SIGNING" ? "Giao ước đã được mở ký kết." : LOCKED_REASON);
      if (event.commitmentCount < 1) return refuse("Giao ước cần ít nhất một nội dung cam kết trước khi mở ký kết.");
      if (event.memberCount < 1) return refuse("Khối chưa có cơ quan thành viên trong năm nên chưa thể mở ký kết.");
      return to("SIGNING");
    case "BACK_TO_DRAFT":
      if (status === "DRAFT") return refuse("Giao ước đang là dự thảo.");
      if (status === "LOCKED") return refuse(LOCKED_REASON);
      if (event.signatureCount > 0) {
        return refuse(
          `Đã có ${event.signatureCount} cơ quan ký nên không chuyển về dự thảo được. Khi mọi thành viên đã ký, giao ước khóa; điều chỉnh bằng cách tạo phiên bản mới.`,
        );
      }
      return to("DRAFT");
    case "SIGN":
      if (status === "DRAFT") return refuse("Giao ước còn là dự thảo: Thư ký khối cần mở ký kết trước khi ghi nhận chữ ký.");
      if (status === "LOCKED") return refuse("Giao ước đã khóa: mọi thành viên đã ký.");
      return to(event.unsignedAfter <= 0 ? "LOCKED" : "SIGNING");
    case "RECORD_MEETING":
      if (status === "LOCKED") return refuse(LOCKED_REASON);
      return to(status);
    case "NEW_VERSION":
      // The old version becomes SUPERSEDED; the new one starts as DRAFT.
      if (status !== "LOCKED") return refuse("Chỉ tạo phiên bản mới từ giao ước đã khóa; phiên bản hiện tại vẫn sửa hoặc ký trực tiếp được.");
      return to("SUPERSEDED");
  }
}

/** A membership of the year; null days = from the start / to the end; leftOn is the last day. */
/**
 * The text is drafted while registration or pledge signing is open;
 * when both are closed, the signing phase's reason is the one to act on.
 */
export function checkDraftingOpen(phases: readonly PhaseWindow[], today: string): PhaseCheck {
  const registration = checkPhaseOpen(phases, "REGISTRATION", today);
  if (registration.open) return registration;
  const signing = checkPhaseOpen(phases, "PLEDGE_SIGNING", today);
  if (signing.open) return signing;
  return { open: false, reason: `Chỉ soạn giao ước khi giai đoạn “Đăng ký thi đua” hoặc “Ký kết giao ước” đang mở. ${signing.reason}` };
}

export interface MemberPeriod {
  agencyId: string;
  joinedOn: string | null;
  leftOn: string | null;
}

/**
 * The agencies whose signatures lock the pledge: the year's members on the
 * given day, clamped into the year. A unit that left before (a merger's
 * predecessor) is not waited for; its successor is (docs/domain/edge-cases.md#case-2).
 */
export function requiredSigners(members: readonly MemberPeriod[], year: number, today: string): string[] {
  const first = `${String(year).padStart(4, "0")}-01-01`;
  const last = `${String(year).padStart(4, "0")}-12-31`;
  const day = today < first ? first : today > last ? last : today;
  const isMember = (m: MemberPeriod) => (m.joinedOn === null || m.joinedOn <= day) && (m.leftOn === null || m.leftOn >= day);
  return [...new Set(members.filter(isMember).map((m) => m.agencyId))];
}

/** How many required signers have not signed yet (signatures of others do not count). */
export function unsignedCount(required: readonly string[], signedAgencyIds: readonly string[]): number {
  const signed = new Set(signedAgencyIds);
  return required.filter((id) => !signed.has(id)).length;
}

export const TARGET_KINDS = ["TEXT", "NUMBER", "PERCENT", "YES_NO"] as const;
export type TargetKind = (typeof TARGET_KINDS)[number];

/**
 * The measurable target of a commitment as one line, or null for TEXT: "≥ 90% cán bộ đạt Lao
 * động tiên tiến", "≤ 2 vụ việc", "12 tin bài" (lib/domain/target-comparator). YES_NO stores 1
 * for "yes" (lib/domain/progress reads null as yes too) and takes no comparator.
 */
export function targetText(kind: TargetKind, value: number | null, unit: string | null, comparator: TargetComparator): string | null {
  const u = unit?.trim() || null;
  const figure = (text: string) => withComparator(comparator, text);
  switch (kind) {
    case "TEXT":
      return null;
    case "NUMBER":
      return value === null ? u : figure(`${formatNumber(value)}${u ? ` ${u}` : ""}`);
    case "PERCENT": {
      const rest = u?.replace(/^%\s*/, "") || null;
      return value === null ? rest : figure(`${formatNumber(value)}%${rest ? ` ${rest}` : ""}`);
    }
    case "YES_NO":
      return `${value === 0 ? "Không" : "Có"}${u ? ` (${u})` : ""}`;
  }
}
