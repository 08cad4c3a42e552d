import { OfficialSheet } from "@/components/documents/official-sheet";
import { pledgeDocument, type PledgeDocData } from "@/lib/documents/pledge-layout";

/** The pledge on an A4 sheet: the very document its .docx draws (pledgeDocument). */
export function PledgePrintSheet({ doc }: { doc: PledgeDocData }) {
  return <OfficialSheet doc={pledgeDocument(doc)} />;
}
