import type { BlocLetterhead } from "@/lib/domain/official-document";
import type { ReportRoleModel } from "./year-end-role-models";

/**
 * What the bloc's year-end report (báo cáo tổng kết công tác thi đua, khen thưởng) is drawn from:
 * the year's stored data, read by lib/server/reports/get-year-end-report.ts, and the text the
 * secretary or chair wrote (YearEndReport). Plain data; days are yyyy-MM-dd.
 */
export interface YearEndReportInput {
  letterhead: BlocLetterhead;
  /** The number given in the register ("05/BC-KTĐ"); null until then (docs/decisions/0044-document-numbers.md). */
  number?: string | null;
  /** Who organises the bloc (Bloc.organiser): the report goes to it. */
  organiser: string;
  year: number;
  theme: string | null;
  members: { agencyId: string; name: string; joinedOn: string | null; leftOn: string | null }[];
  officers: { role: "HEAD" | "DEPUTY"; agencyName: string; personName: string | null }[];
  /** One per agency that has a registration; titles are the award forms' names in catalogue order. */
  registrations: { agencyId: string; status: "DRAFT" | "SUBMITTED" | "ACCEPTED" | "RETURNED"; titles: string[] }[];
  /** The latest locked (signed) pledge, with its signatures and the mid-year progress on it. */
  pledge: {
    version: number;
    commitments: number;
    signatures: { agencyId: string; signedOn: string }[];
    progress: { agencyId: string; status: "NOT_STARTED" | "ON_TRACK" | "AT_RISK" | "ACHIEVED" }[];
  } | null;
  /** The mid-year review meeting (hội nghị sơ kết), when one was recorded. */
  midYearMeeting: { heldOn: string; place: string } | null;
  /** The latest published version of the results. */
  publication: {
    version: number;
    publishedOn: string;
    /** In ranking order. */
    rows: { rank: number; agencyName: string; total: number; bandLabel: string | null }[];
    excluded: { agencyName: string; reason: string }[];
  } | null;
  /** The year-end conference, as its minutes read it (lib/server/conference/get-conference-minutes). */
  conference: {
    heldOn: string;
    place: string;
    present: number;
    represented: number;
    absent: number;
    unrecorded: number;
    votes: { title: string; round: number; outcome: string }[];
  } | null;
  /** Nominations sent to the deciding authority (SENT). */
  nominations: { formName: string; formOrder: number; nominee: string }[];
  /** The authority's recorded decisions of the year, with what each item decided. */
  decisions: {
    number: string;
    issuedOn: string;
    authorityName: string;
    cancelled: boolean;
    items: { outcome: "APPROVED" | "CHANGED" | "REJECTED" }[];
  }[];
  /** The year's role-model register (docs/decisions/0039), every entry with its stage. */
  roleModels: ReportRoleModel[];
  /** The editable section; "" = not written yet. */
  text: YearEndReportText;
}

export interface YearEndReportText {
  assessment: string;
  shortcomings: string;
  directions: string;
}

/** The editable parts, in report order, with the heading each takes and what a blank one says. */
export const REPORT_TEXT_PARTS: readonly { key: keyof YearEndReportText; label: string }[] = [
  { key: "assessment", label: "Đánh giá chung" },
  { key: "shortcomings", label: "Tồn tại, hạn chế và nguyên nhân" },
  { key: "directions", label: "Phương hướng, nhiệm vụ năm tới" },
];
