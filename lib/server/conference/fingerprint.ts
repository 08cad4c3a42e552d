import "server-only";
import { createHash } from "node:crypto";
import { isoDay } from "@/lib/format";

/**
 * Optimistic concurrency without a version column (Meeting and Attendance have none and the
 * schema stays as it is): a form carries the fingerprint of what it was filled from, and a save
 * whose fingerprint no longer matches the stored record (read under a row lock) is stale.
 */
const hash = (value: unknown) => createHash("sha256").update(JSON.stringify(value)).digest("hex").slice(0, 32);

export function meetingFingerprint(m: {
  heldOn: Date;
  place: string;
  chairName: string;
  secretaryName: string | null;
  agenda: string[];
  notes: string | null;
}): string {
  return hash([isoDay(m.heldOn), m.place, m.chairName, m.secretaryName, m.agenda, m.notes]);
}

/** Order-independent; an empty table has a fingerprint too (the form sends it). */
export function attendanceFingerprint(
  rows: readonly { agencyId: string; status: string; representativeName: string | null; absenceReason: string | null }[],
): string {
  const sorted = [...rows].sort((a, b) => (a.agencyId < b.agencyId ? -1 : a.agencyId > b.agencyId ? 1 : 0));
  return hash(sorted.map((r) => [r.agencyId, r.status, r.representativeName, r.absenceReason]));
}
