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
  awardFormName: string;
  awardFormOrder: number;
  authorityName: string;
  /** Who decides the award form, by kind (the memo's addressee and channel follow from it). */
  authorityKind: "PRIME_MINISTER" | "PROVINCE_CHAIR" | "PARTY_COMMITTEE" | "BLOC_HEAD_AGENCY" | "AGENCY_HEAD" | "OTHER";
  priority: number;
}

export interface DossierAgencyFacts {
  /** Latest publication: rank among members, total, band. */
  result: { rank: number; total: number; bandLabel: string | null; publicationVersion: number } | null;
  registration: { status: string; titles: string[]; targets: string[] } | null;
  /** The day the agency signed the year's locked pledge. */
  pledgeSignedOn: string | null;
  /** Awards already received, by year of achievement (cancelled decisions excluded). */
  pastAwards: { year: number; text: string }[];
}

export interface DossierMeeting {
  heldOn: string;
  place: string;
  chairName: string;
  secretaryName: string | null;
  agenda: string[];
  notes: string | null;
  attendance: { agencyName: string; status: "PRESENT" | "ABSENT" | "REPRESENTED"; representativeName: string | null; absenceReason: string | null }[];
  /** Closed votes: title and outcome text, for the conference minutes. */
  voteOutcomes: { title: string; outcome: string }[];
}

export interface DossierData {
  bloc: { name: string; kind: "KHOI" | "CUM"; level: "CENTRAL" | "PROVINCE" | "DISTRICT"; isParty: boolean; province: string | null };
  year: number;
  memberCount: number;
  /** The Trưởng khối's agency and person (the memo's issuer and signer), if known. */
  head: { agencyName: string; personName: string | null } | null;
  nominees: DossierNominee[];
  meeting: DossierMeeting | null;
  /** The vote-count minutes of each closed vote, as ready paragraphs. */
  voteMinutes: { title: string; lines: string[] }[];
  facts: Record<string, DossierAgencyFacts>;
}

export interface DocSpec {
  /** Stable id used in the download route ("to-trinh", "bao-cao-thanh-tich-3"). */
  slug: string;
  /** Vietnamese file name, with ".docx". */
  fileName: string;
  title: string;
  subtitle: string | null;
  /** The left header's issuer lines (under "KHỐI THI ĐUA …"), e.g. the head's agency. */
  issuer: string | null;
  numberLine: string | null;
  /** The place-and-date line: the day when known (minutes), else only the year, left to fill in. */
  dated: { day: string | null; year: number };
  blocks: DocBlock[];
  signers: DocSigner[];
  /** "Nơi nhận" lines, beside the (single) signature; none for minutes and reports. */
  recipients?: string[];
}
