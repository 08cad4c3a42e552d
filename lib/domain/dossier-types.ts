/** The data a proposal dossier is made from, and the document specs it produces (dossier.ts). */
import type { DocBlock, DocSigner } from "./official-document";

export type { DocBlock } from "./official-document";

export interface DossierNominee {
  id: string;
  target: "COLLECTIVE" | "INDIVIDUAL";
  agencyId: string;
  agencyName: string;
  collectiveName: string | null;
  personName: string | null;
  personPosition: string | null;
  achievements: string | null;
  awardFormId: string;
  awardFormCode: string;
  awardFormName: string;
  awardFormIsFlag: boolean;
  awardFormOrder: number;
  authorityName: string;
  /** Who decides the award form, by kind (the memo's addressee and channel follow from it). */
  authorityKind: "PRIME_MINISTER" | "PROVINCE_CHAIR" | "PARTY_COMMITTEE" | "BLOC_HEAD_AGENCY" | "AGENCY_HEAD" | "OTHER";
  priority: number;
}

/** A registration target or pledge commitment with its figure ("≥ 90%"), as printed. */
export interface DossierTarget {
  number: number;
  text: string;
  /** The figure with its comparator, null for a target in words only. */
  figure: string | null;
}

/** An award already received, from a recorded (not cancelled) decision of the bloc's earlier years. */
export interface DossierPastAward {
  /** The year of achievement. */
  year: number;
  formName: string;
  /** A danh hiệu thi đua (flags, TTLĐXS…) rather than a hình thức khen thưởng (Bằng khen…). */
  isTitle: boolean;
  recipient: { kind: "AGENCY" } | { kind: "COLLECTIVE"; name: string } | { kind: "PERSON"; name: string };
  decisionNumber: string;
  issuedOn: string;
  issuer: string;
}

export interface DossierAgencyFacts {
  /** False for a body without its own Party organisation / mass organisations: its report says so (docs/domain/edge-cases.md#case-34). */
  hasPartyOrganisation: boolean;
  hasMassOrganisations: boolean;
  /** Latest publication: rank among members, total, band. */
  result: { rank: number; total: number; bandLabel: string | null; publicationVersion: number } | null;
  registration: { status: string; titles: string[]; targets: DossierTarget[] } | null;
  /** The year's locked pledge: the day the agency signed it, and the commitments with the agency's own progress. */
  pledge: {
    signedOn: string | null;
    commitments: (DossierTarget & { progress: { status: string; value: number | null } | null })[];
  } | null;
  /** Awards already received, by year of achievement (cancelled decisions excluded). */
  pastAwards: DossierPastAward[];
}

/** The year-end conference, as far as the memo and the dossier's list need it; its minutes are drawn by lib/documents/minutes-docx.ts. */
export interface DossierMeeting {
  heldOn: string;
}

export interface DossierData {
  bloc: { name: string; kind: "KHOI" | "CUM"; level: "CENTRAL" | "PROVINCE" | "DISTRICT"; isParty: boolean; province: string | null };
  year: number;
  /** The year's emulation theme (chương trình thi đua), if set. */
  theme: string | null;
  /** The memo's number in the register ("05/TTr-KTĐ"), once given (docs/decisions/0044-document-numbers.md). */
  memoNumber?: string | null;
  memberCount: number;
  /** The Trưởng khối's agency and person (the memo's issuer and signer), if known. */
  head: { agencyName: string; personName: string | null } | null;
  nominees: DossierNominee[];
  meeting: DossierMeeting | null;
  /** Each closed vote of the conference, by what it decided (its minutes are drawn by lib/documents/minutes-docx.ts). */
  voteMinutes: { title: string }[];
  facts: Record<string, DossierAgencyFacts>;
}

interface DocEntry {
  /** Stable id used in the download route ("to-trinh", "bao-cao-thanh-tich-3"). */
  slug: string;
  /** Vietnamese file name, with ".docx". */
  fileName: string;
  title: string;
  subtitle: string | null;
  /** What the dossier page lists it as ("Báo cáo thành tích — Ban Tuyên giáo Tỉnh ủy") and the line under it. */
  label: string;
  detail: string | null;
}

/** A document the dossier writes itself (the memo, the achievement reports). */
export interface DocSpec extends DocEntry {
  minutes?: undefined;
  /** Whose letterhead: the bloc over `issuer` (the memo), or the agency `issuer` under its governing body (a report). */
  issuedBy: "bloc" | "agency";
  issuer: string | null;
  numberLine: string | null;
  /** The place-and-date line: the day when known, else only the year, left to fill in. */
  dated: { day: string | null; year: number };
  blocks: DocBlock[];
  signers: DocSigner[];
  /** "Nơi nhận" lines, beside the (single) signature; none for reports. */
  recipients?: string[];
  /** The annex form a report follows, for the dossier page ("Mẫu số 02, Phụ lục I …"). */
  form?: string | null;
}

/** The meeting's minutes, drawn as the standalone minutes are (lib/documents/minutes-docx.ts). */
export type MinutesEntry = DocEntry & ({ minutes: "conference" } | { minutes: "vote"; index: number });

export type DossierEntry = DocSpec | MinutesEntry;
