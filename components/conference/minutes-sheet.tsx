import { OfficialSheet } from "@/components/documents/official-sheet";
import { conferenceMinutesDocument } from "@/lib/documents/minutes-docx";
import type { ConferenceMinutes } from "@/lib/server/conference/get-conference-minutes";

/** The conference minutes as an A4 sheet: the very document the .docx draws (conferenceMinutesDocument). */
export function MinutesSheet({ minutes }: { minutes: ConferenceMinutes }) {
  return <OfficialSheet doc={conferenceMinutesDocument(minutes)} />;
}
