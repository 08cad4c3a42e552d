import type { AgencyFacts, PersonFacts } from "./eligibility";

/**
 * Short membership in the year (docs/domain/edge-cases.md): flagged, not refused — the chair and
 * the council weigh it. An agency that joined the bloc after 1 July has not had a whole year of
 * emulation in it; a person who came to the agency after 1 July has worked under six months that
 * year, and TT 01/2024 gives no Lao động tiên tiến to a recruit of under six months.
 */
export function shortMembershipNotes(facts: Pick<AgencyFacts, "joinedOn" | "name">, person: PersonFacts | null | undefined, year: number): string[] {
  const midYear = `${year}-07-01`;
  const day = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
  const notes: string[] = [];
  if (facts.joinedOn && facts.joinedOn > midYear && facts.joinedOn.startsWith(String(year))) {
    notes.push(`${facts.name} tham gia khối từ ngày ${day(facts.joinedOn)} (sau 01/07): chưa đủ một năm thi đua trong khối năm ${year}.`);
  }
  if (person?.atAgencySince && person.atAgencySince > midYear && person.atAgencySince.startsWith(String(year))) {
    notes.push(
      `${person.name} công tác tại cơ quan từ ngày ${day(person.atAgencySince)}: chưa đủ 6 tháng trong năm ${year}, không được xét danh hiệu “Lao động tiên tiến” năm ${year} (Thông tư 01/2024/TT-BNV).`,
    );
  }
  return notes;
}
