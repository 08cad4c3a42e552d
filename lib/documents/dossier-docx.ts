import JSZip from "jszip";
import type { DossierData, DossierEntry } from "@/lib/domain/dossier-types";
import { agencyIssuer, documentPlace, type OfficialDoc } from "@/lib/domain/official-document";
import type { ConferenceMinutes } from "@/lib/server/conference/get-conference-minutes";
import { conferenceMinutesDocument, voteMinutesDocument, type VoteMinutesDocument } from "./minutes-docx";
import { buildOfficialDocx } from "./official-docx";
import { issuerLine } from "./pledge-layout";

/**
 * The dossier's documents as .docx files, drawn like every document of the app
 * (lib/documents/official-docx.ts). The memo is headed by the bloc over its head's agency, a report
 * by the agency under its governing body; both are placed in the bloc's province (Hà Nội for a
 * central bloc). The minutes are the standalone minutes (minutes-docx.ts), with their number line
 * and "Nơi nhận", so a minute is drawn one way. Entries come from lib/domain/dossier.ts.
 */
export interface DossierMinutes {
  /** The year-end conference's minutes, when one was recorded. */
  conference: ConferenceMinutes | null;
  /** Each closed vote's count minutes, in the order of DossierData.voteMinutes. */
  votes: VoteMinutesDocument[];
}

export type Dossier = DossierData & { minutes: DossierMinutes };

export function dossierOfficialDoc(d: Dossier, entry: DossierEntry): OfficialDoc {
  if (entry.minutes === "conference") {
    if (!d.minutes.conference) throw new Error("The dossier lists conference minutes it does not hold.");
    return conferenceMinutesDocument(d.minutes.conference);
  }
  if (entry.minutes === "vote") {
    const vote = d.minutes.votes[entry.index];
    if (!vote) throw new Error(`The dossier lists vote minutes ${entry.index + 1} it does not hold.`);
    return voteMinutesDocument(vote);
  }
  return {
    isParty: d.bloc.isParty,
    issuer:
      entry.issuedBy === "agency" && entry.issuer
        ? agencyIssuer(entry.issuer, d.bloc.province)
        : [issuerLine(d.bloc.name, d.bloc.kind), ...(entry.issuer ? [entry.issuer] : [])],
    numberLine: entry.numberLine,
    place: documentPlace(d.bloc.province, d.bloc.level),
    dated: entry.dated,
    title: entry.title,
    subtitle: entry.subtitle,
    blocks: entry.blocks,
    signers: entry.signers,
    recipients: entry.recipients,
  };
}

export function buildDossierDocx(d: Dossier, entry: DossierEntry): Promise<Buffer> {
  return buildOfficialDocx(dossierOfficialDoc(d, entry));
}

/** Every document of the dossier in one .zip (UTF-8 names, deflated). */
export async function buildDossierZip(d: Dossier, entries: readonly DossierEntry[]): Promise<Buffer> {
  const zip = new JSZip();
  const buffers = await Promise.all(entries.map((e) => buildDossierDocx(d, e)));
  entries.forEach((e, i) => zip.file(e.fileName, buffers[i]!));
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}
