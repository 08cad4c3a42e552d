/**
 * What is late in one bloc's year, for the council's overview (docs/decisions/0031-council-overview.md):
 * a step is late once its phase has ended — its last day, or the day it was reopened to, has
 * passed — and it is still not done. Agencies count when they were members on that day. Pure: the
 * facts and `today` are arguments.
 */
import { isMemberOn, type MembershipPeriod } from "../membership";
import { phaseState, type PhaseKey, type PhaseWindow } from "../cycle-phase";

export const LATE_KINDS = [
  "REGISTRATION_NOT_SUBMITTED",
  "PLEDGE_UNSIGNED",
  "SELF_SCORING_NOT_SUBMITTED",
  "VERIFICATION_PENDING",
  "OBJECTION_PENDING",
  "CONFERENCE_NOT_RECORDED",
  "NOMINATION_NOT_SENT",
] as const;
export type LateKind = (typeof LATE_KINDS)[number];

/** Short names of the kinds, for the overview's columns and the workbook. */
export const LATE_KIND_LABELS: Record<LateKind, string> = {
  REGISTRATION_NOT_SUBMITTED: "Chưa nộp đăng ký thi đua",
  PLEDGE_UNSIGNED: "Chưa ký giao ước",
  SELF_SCORING_NOT_SUBMITTED: "Chưa nộp bảng tự chấm điểm",
  VERIFICATION_PENDING: "Thẩm định, chấm chéo chưa xong",
  OBJECTION_PENDING: "Kiến nghị chưa được trả lời",
  CONFERENCE_NOT_RECORDED: "Chưa ghi nhận hội nghị tổng kết",
  NOMINATION_NOT_SENT: "Đề nghị khen thưởng chưa gửi",
};

/** The phase whose end makes each kind late. */
export const LATE_KIND_PHASE: Record<LateKind, PhaseKey> = {
  REGISTRATION_NOT_SUBMITTED: "REGISTRATION",
  PLEDGE_UNSIGNED: "PLEDGE_SIGNING",
  SELF_SCORING_NOT_SUBMITTED: "SELF_SCORING",
  VERIFICATION_PENDING: "VERIFICATION",
  OBJECTION_PENDING: "OBJECTION",
  CONFERENCE_NOT_RECORDED: "CONFERENCE",
  NOMINATION_NOT_SENT: "NOMINATION",
};

export type RegistrationStatus = "DRAFT" | "SUBMITTED" | "ACCEPTED" | "RETURNED";
export type SheetStatus = "DRAFT" | "SUBMITTED" | "RETURNED" | "VERIFIED";
export type NominationStatus = "DRAFT" | "PROPOSED" | "SENT" | "RETURNED" | "REJECTED";

export interface MemberPeriod extends MembershipPeriod {
  agencyId: string;
}

/** What the database says about one bloc's year, keyed by agency id. */
export interface BlocYearFacts {
  phases: readonly PhaseWindow[];
  scoringMode: "VERIFICATION" | "CROSS_SCORING";
  members: readonly MemberPeriod[];
  registrations: ReadonlyMap<string, RegistrationStatus>;
  pledge: {
    /** A version every member signed exists (LOCKED, or SUPERSEDED after it was locked). */
    signed: boolean;
    /** Who signed the latest version; null when the bloc has no pledge at all. */
    latestSigners: ReadonlySet<string> | null;
  };
  /** Sheets on the latest locked criteria table (none when no table is locked). */
  sheets: ReadonlyMap<string, SheetStatus>;
  /** CROSS_SCORING: how many other members each agency submitted its scores of. */
  crossSubmitted: ReadonlyMap<string, number>;
  /** OPEN objections by the agency that raised them. */
  openObjections: ReadonlyMap<string, number>;
  conferenceRecorded: boolean;
  nominations: readonly { agencyId: string; status: NominationStatus }[];
}

export interface LateItem {
  kind: LateKind;
  /** null: the bloc's own step (its secretary or chair), not one agency's. */
  agencyId: string | null;
  /** The last day of the phase (or of its reopening): late from the next day. */
  dueOn: string;
  /** What exactly, in Vietnamese. */
  text: string;
}

/** The last day a phase could be worked in: its closing day, or the day it was reopened to if later. */
export function phaseEnd(phase: PhaseWindow): string {
  return phase.reopenedUntil && phase.reopenedUntil > phase.closesOn ? phase.reopenedUntil : phase.closesOn;
}

/** Every late item of the bloc's year: the bloc's own first, then the agencies' in member order. */
export function lateItems(facts: BlocYearFacts, today: string): LateItem[] {
  const out: LateItem[] = [];
  const ended = (key: PhaseKey): string | null => {
    const phase = facts.phases.find((p) => p.key === key);
    return phase && phaseState(phase, today) === "CLOSED" ? phaseEnd(phase) : null;
  };
  const membersOn = (day: string) => facts.members.filter((m) => isMemberOn(m, day)).map((m) => m.agencyId);
  const add = (kind: LateKind, agencyId: string | null, dueOn: string, text: string) => out.push({ kind, agencyId, dueOn, text });

  const registration = ended("REGISTRATION");
  if (registration) {
    for (const id of membersOn(registration)) {
      const status = facts.registrations.get(id);
      if (!status || status === "DRAFT") add("REGISTRATION_NOT_SUBMITTED", id, registration, "Chưa gửi bản đăng ký thi đua.");
      else if (status === "RETURNED") add("REGISTRATION_NOT_SUBMITTED", id, registration, "Bản đăng ký bị trả lại, chưa gửi lại.");
    }
  }

  const signing = ended("PLEDGE_SIGNING");
  if (signing && !facts.pledge.signed) {
    const signers = facts.pledge.latestSigners;
    if (signers === null) add("PLEDGE_UNSIGNED", null, signing, "Khối chưa lập giao ước thi đua.");
    for (const id of membersOn(signing)) {
      if (!signers?.has(id)) add("PLEDGE_UNSIGNED", id, signing, "Chưa ký giao ước thi đua.");
    }
  }

  const scoring = ended("SELF_SCORING");
  if (scoring) {
    for (const id of membersOn(scoring)) {
      const status = facts.sheets.get(id);
      if (!status || status === "DRAFT") add("SELF_SCORING_NOT_SUBMITTED", id, scoring, "Chưa nộp bảng tự chấm điểm.");
      else if (status === "RETURNED") add("SELF_SCORING_NOT_SUBMITTED", id, scoring, "Bảng điểm bị trả lại, chưa nộp lại.");
    }
  }

  const verification = ended("VERIFICATION");
  if (verification) {
    const members = membersOn(verification);
    for (const id of members) {
      if (facts.scoringMode === "CROSS_SCORING") {
        const done = facts.crossSubmitted.get(id) ?? 0;
        const due = members.length - 1;
        if (done < due) add("VERIFICATION_PENDING", id, verification, `Mới chấm chéo ${done}/${due} đơn vị.`);
      } else if (facts.sheets.get(id) === "SUBMITTED") {
        add("VERIFICATION_PENDING", id, verification, "Bảng điểm đã nộp, chưa được thẩm định xong.");
      }
    }
  }

  const objection = ended("OBJECTION");
  if (objection) {
    for (const [id, count] of facts.openObjections) {
      if (count > 0) add("OBJECTION_PENDING", id, objection, `${count} kiến nghị chưa được trả lời.`);
    }
  }

  const conference = ended("CONFERENCE");
  if (conference && !facts.conferenceRecorded) add("CONFERENCE_NOT_RECORDED", null, conference, "Chưa ghi nhận hội nghị tổng kết.");

  const nomination = ended("NOMINATION");
  if (nomination) {
    if (!facts.nominations.some((n) => n.status === "SENT")) add("NOMINATION_NOT_SENT", null, nomination, "Khối chưa gửi đề nghị khen thưởng nào.");
    const counts = new Map<string, { draft: number; proposed: number }>();
    for (const n of facts.nominations) {
      const c = counts.get(n.agencyId) ?? { draft: 0, proposed: 0 };
      if (n.status === "DRAFT" || n.status === "RETURNED") c.draft++;
      if (n.status === "PROPOSED") c.proposed++;
      counts.set(n.agencyId, c);
    }
    for (const [id, c] of counts) {
      if (c.draft > 0) add("NOMINATION_NOT_SENT", id, nomination, `${c.draft} đề nghị còn ở cơ quan, chưa trình khối.`);
      if (c.proposed > 0) add("NOMINATION_NOT_SENT", id, nomination, `${c.proposed} đề nghị đã trình, Trưởng khối chưa gửi hoặc trả lại.`);
    }
  }

  const memberOrder = new Map(facts.members.map((m, i) => [m.agencyId, i]));
  const rank = (i: LateItem) => (i.agencyId === null ? -1 : (memberOrder.get(i.agencyId) ?? facts.members.length));
  return out
    .map((item, i) => ({ item, i }))
    .sort((a, b) => rank(a.item) - rank(b.item) || a.i - b.i)
    .map((x) => x.item);
}
