/**
 * One person's titles and awards by year (docs/decisions/0036): the years imported from a file,
 * the authority's decisions recorded in the app, and the nominations still on their way. Pure:
 * the server loads the rows, this merges them. A cancelled decision and a rejected item give
 * nothing; a CHANGED item counts as the form it was changed to (docs/domain/awards.md#decisions).
 */
import { compareVi } from "@/lib/format";

export type HistorySource = "IMPORT" | "DECISION" | "NOMINATION";

export const HISTORY_SOURCE_LABELS: Record<HistorySource, string> = {
  IMPORT: "nhập từ tệp",
  DECISION: "quyết định",
  NOMINATION: "đang đề nghị",
};

export interface ImportedRecord {
  year: number;
  code: string;
  name: string;
  decisionRef: string | null;
}

export interface DecidedItem {
  year: number;
  outcome: "APPROVED" | "CHANGED" | "REJECTED";
  form: { code: string; name: string };
  changedTo: { code: string; name: string } | null;
  decisionNumber: string;
  cancelled: boolean;
}

export interface PendingNomination {
  year: number;
  status: "DRAFT" | "PROPOSED" | "SENT" | "RETURNED" | "REJECTED";
  form: { code: string; name: string };
}

export interface HistoryEntry {
  code: string;
  name: string;
  source: HistorySource;
  /** The decision's number (imported or recorded); null when not known. */
  reference: string | null;
}

export interface PersonYear {
  year: number;
  entries: HistoryEntry[];
}

/** The titles held (imported or decided), as the record rules read them. */
export function heldTitles(imported: readonly ImportedRecord[], decided: readonly DecidedItem[]): { code: string; year: number }[] {
  const seen = new Set<string>();
  const out: { code: string; year: number }[] = [];
  const add = (code: string, year: number) => {
    const key = `${year}:${code}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ code, year });
  };
  for (const r of imported) add(r.code, r.year);
  for (const d of decided) {
    const held = heldForm(d);
    if (held) add(held.code, d.year);
  }
  return out.sort((a, b) => a.year - b.year || a.code.localeCompare(b.code));
}

function heldForm(d: DecidedItem): { code: string; name: string } | null {
  if (d.cancelled || d.outcome === "REJECTED") return null;
  return d.outcome === "CHANGED" && d.changedTo ? d.changedTo : d.form;
}

/**
 * Newest year first; within a year held titles before nominations, then by name. Only the live
 * nominations (proposed or sent) show: a draft is the agency's own work and a rejection gives nothing.
 */
export function personHistory(imported: readonly ImportedRecord[], decided: readonly DecidedItem[], pending: readonly PendingNomination[]): PersonYear[] {
  const years = new Map<number, HistoryEntry[]>();
  const push = (year: number, e: HistoryEntry) => {
    const list = years.get(year) ?? [];
    if (!list.some((x) => x.code === e.code && x.source === e.source && x.reference === e.reference)) list.push(e);
    years.set(year, list);
  };
  for (const r of imported) push(r.year, { code: r.code, name: r.name, source: "IMPORT", reference: r.decisionRef });
  for (const d of decided) {
    const held = heldForm(d);
    if (held) push(d.year, { code: held.code, name: held.name, source: "DECISION", reference: d.decisionNumber });
  }
  for (const n of pending) {
    if (n.status === "PROPOSED" || n.status === "SENT") push(n.year, { code: n.form.code, name: n.form.name, source: "NOMINATION", reference: null });
  }
  const order: Record<HistorySource, number> = { IMPORT: 0, DECISION: 0, NOMINATION: 1 };
  return [...years.entries()]
    .sort(([a], [b]) => b - a)
    .map(([year, entries]) => ({ year, entries: entries.sort((a, b) => order[a.source] - order[b.source] || compareVi(a.name, b.name)) }));
}
