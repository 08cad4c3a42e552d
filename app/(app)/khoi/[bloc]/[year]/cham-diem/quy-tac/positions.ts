import { TIE_BREAK_KINDS } from "@/lib/domain/scoring-rules-settings";

/** How many tie-break positions the form offers (one per rule kind, plus one spare). */
export const TIE_BREAK_POSITIONS = TIE_BREAK_KINDS.length + 1;

/** Spare empty rows under the stored bands, so a band can be added without script. */
export const SPARE_BAND_ROWS = 2;
