/** The dossier's nominees as its documents list them (dossier.ts, dossier-memo.ts). Pure. */
import { compareVi } from "@/lib/format";
import type { DossierData, DossierNominee } from "./dossier-types";

/** The nominee as printed: "Nguyễn Thị Hoa, Phó Trưởng ban (Ban Tuyên giáo)", the collective, or the agency. */
export function nomineeName(n: Pick<DossierNominee, "personName" | "personPosition" | "collectiveName" | "agencyName">, withPosition = false): string {
  if (n.personName) return `${n.personName}${withPosition && n.personPosition ? `, ${n.personPosition}` : ""} (${n.agencyName})`;
  if (n.collectiveName) return `${n.collectiveName} (${n.agencyName})`;
  return n.agencyName;
}

/** SENT nominees grouped by award form (catalogue order), each by the chair's priority (0 last). */
export function nomineesByForm(nominees: readonly DossierNominee[]): { formName: string; authorityName: string; nominees: DossierNominee[] }[] {
  const rank = (p: number) => (p === 0 ? Number.POSITIVE_INFINITY : p);
  const groups = new Map<string, { formName: string; authorityName: string; order: number; nominees: DossierNominee[] }>();
  for (const n of nominees) {
    const g = groups.get(n.awardFormId) ?? { formName: n.awardFormName, authorityName: n.authorityName, order: n.awardFormOrder, nominees: [] };
    groups.set(n.awardFormId, g);
    g.nominees.push(n);
  }
  return [...groups.values()]
    .sort((a, b) => a.order - b.order || compareVi(a.formName, b.formName))
    .map(({ order: _order, ...g }) => ({
      ...g,
      nominees: g.nominees.sort((a, b) => rank(a.priority) - rank(b.priority) || compareVi(nomineeName(a), nomineeName(b))),
    }));
}

/** Documents are issued after the conference: its year, or the year of achievement when none was recorded. */
export function issueYear(d: DossierData): number {
  return d.meeting ? Number(d.meeting.heldOn.slice(0, 4)) : d.year;
}

/**
 * The day that chooses the instruments the dossier's documents cite and follow (the memo's
 * grounds, the reports' annex form): the conference day, else the year's last day.
 */
export function issueDay(d: DossierData): string {
  return d.meeting?.heldOn ?? `${issueYear(d)}-12-31`;
}
