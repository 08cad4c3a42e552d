import type { VoteMinutes } from "@/lib/domain/voting";
import type { ConferenceMinutes } from "@/lib/server/conference/get-conference-minutes";
import { numberLine, recipientLines, type BlocLetterhead, type DocBlock, type DocSigner, type OfficialDoc } from "@/lib/domain/official-document";
import { minutesSections, minutesSubtitle, type MinutesSection as TextSection } from "./minutes-text";
import { buildOfficialDocx } from "./official-docx";
import { issuerLine } from "./pledge-layout";

/**
 * The one layout of a meeting's minutes — the conference minutes and the vote-count minutes of the
 * same meeting look alike: the bloc over its head's agency, "Số …-BB/…", the place and the meeting
 * day, the title, numbered sections, the closing line, the signers side by side, "Nơi nhận".
 */

export interface MinutesSection extends TextSection {
  /** Drawn after the lines (the vote count's candidates). */
  table?: Extract<DocBlock, { kind: "table" }>;
}

export const MINUTES_CLOSING = "Biên bản được lập xong và thông qua tại hội nghị.";

export interface MinutesParts {
  letterhead: BlocLetterhead;
  /** The register's number (lib/domain/document-numbers.ts), when given. */
  number?: string | null;
  /** The meeting day, yyyy-MM-dd: the date line. */
  heldOn: string;
  title: string;
  subtitle: string | null;
  /** Italic lines under the title, before the sections ("Bỏ phiếu lại, vòng 2."). */
  lead?: string[];
  sections: MinutesSection[];
  closing: string;
  signers: DocSigner[];
}

/** A bloc's documents are issued in its name and its head's agency (as the dossier's memo). */
export function blocIssuer(l: BlocLetterhead): string[] {
  return [issuerLine(l.blocName, l.blocKind), ...(l.headAgencyName ? [l.headAgencyName] : [])];
}

export function minutesDocument(p: MinutesParts): OfficialDoc {
  const l = p.letterhead;
  return {
    isParty: l.isParty,
    issuer: blocIssuer(l),
    numberLine: numberLine(l.isParty, "BB", p.number),
    place: l.place,
    dated: { day: p.heldOn, year: Number(p.heldOn.slice(0, 4)) },
    title: p.title,
    subtitle: p.subtitle,
    blocks: [
      ...(p.lead ?? []).map((text) => ({ kind: "para" as const, text, italics: true })),
      ...p.sections.flatMap((s): DocBlock[] => [
        { kind: "heading", text: s.heading },
        ...s.lines.map((text) => ({ kind: "para" as const, text })),
        ...(s.table ? [s.table] : []),
      ]),
      { kind: "para", text: p.closing, italics: true },
    ],
    signers: p.signers,
    recipients: recipientLines(["Các cơ quan thành viên khối"], l.isParty),
  };
}

/** The conference minutes: the same sections as the printable page (minutes-text.ts), signed by the secretary and the chair. */
export function conferenceMinutesDocument(m: ConferenceMinutes): OfficialDoc {
  return minutesDocument({
    letterhead: m.letterhead,
    number: m.number,
    heldOn: m.heldOn,
    title: m.title,
    subtitle: minutesSubtitle(m),
    sections: minutesSections(m),
    closing: MINUTES_CLOSING,
    signers: [
      { role: ["THƯ KÝ"], name: m.secretaryName },
      { role: ["CHỦ TRÌ"], name: m.chairName },
    ],
  });
}

export function buildConferenceMinutesDocx(m: ConferenceMinutes): Promise<Buffer> {
  return buildOfficialDocx(conferenceMinutesDocument(m));
}

/** A closed vote's minutes, with the meeting day and the bloc's letterhead. */
export type VoteMinutesDocument = VoteMinutes & { heldOn: string; letterhead: BlocLetterhead };

export function voteMinutesDocument(m: VoteMinutesDocument): OfficialDoc {
  const [count, ...rest] = m.sections;
  const table: MinutesSection["table"] = {
    kind: "table",
    head: ["TT", "Ứng viên", "Số phiếu đồng ý", "Tỷ lệ / tổng số đơn vị", "Kết quả"],
    widths: [8, 40, 16, 18, 18],
    align: ["center", "left", "center", "center", "center"],
    rows: m.rows.map((r) => [String(r.order), r.name, String(r.votes), r.pctOfAllMembers, r.result]),
  };
  const [attendance, result] = [count!, rest[0]!];
  return minutesDocument({
    letterhead: m.letterhead,
    heldOn: m.heldOn,
    title: m.title,
    subtitle: m.purpose,
    lead: m.roundLine ? [m.roundLine] : [],
    sections: [attendance, { ...result, table }, ...rest.slice(1)],
    closing: m.closing,
    signers:
      m.committee.length > 0
        ? m.committee.map((c) => ({ role: [c.role.toLocaleUpperCase("vi-VN")], name: c.name }))
        : [{ role: ["TRƯỞNG BAN KIỂM PHIẾU"], name: null }],
  });
}

export function buildVoteMinutesDocx(m: VoteMinutesDocument): Promise<Buffer> {
  return buildOfficialDocx(voteMinutesDocument(m));
}
