import "server-only";
import { statusMark, type PledgeDocData } from "@/lib/documents/pledge-layout";
import { blocLetterhead } from "@/lib/server/blocs/internal/letterhead";
import { AppError } from "@/lib/server/errors";
import { getPledge } from "./get-pledge";

/**
 * One pledge version as the plain data of its printed form and .docx
 * (lib/documents): any user who can read the bloc may have it.
 */
export async function getPledgeDocument(blocId: string, year: number, version: number): Promise<PledgeDocData> {
  const pledge = await getPledge(blocId, year, version);
  const letterhead = await blocLetterhead(blocId, year);
  if (!letterhead) throw new AppError("NOT_FOUND");
  const signedDays = pledge.signatures.flatMap((s) => (s.signature ? [s.signature.signedOn] : [])).sort();
  return {
    isParty: letterhead.isParty,
    blocName: letterhead.blocName,
    blocKind: letterhead.blocKind,
    place: letterhead.place,
    // The conference day; without one, the day the last member signed.
    signedOn: pledge.meeting?.heldOn ?? signedDays.at(-1) ?? null,
    year,
    version: pledge.version,
    title: pledge.title,
    statusMark: statusMark(pledge.status),
    theme: pledge.theme,
    bases: pledge.bases,
    commitments: pledge.commitments.map((c) => ({ number: c.number, text: c.text, target: c.target })),
    signers: pledge.signatures.map((r) => ({
      agencyName: r.agencyName,
      signerTitle: r.signature?.signerTitle ?? null,
      signerName: r.signature?.signerName ?? null,
      signedOn: r.signature?.signedOn ?? null,
    })),
  };
}
