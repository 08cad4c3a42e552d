import { buildOfficialDocx } from "./official-docx";
import { pledgeDocument, type PledgeDocData } from "./pledge-layout";

/** The pledge as a .docx: its document (pledge-layout.ts pledgeDocument) drawn like every other one. */
export function buildPledgeDocx(d: PledgeDocData): Promise<Buffer> {
  return buildOfficialDocx(pledgeDocument(d));
}
