/**
 * The council's overview of its blocs in one year (docs/decisions/0031-council-overview.md): per
 * bloc its open phases, next deadline, published results and late items, per agency its own late
 * items; the counts by kind; and the filters of the page. Pure: built from plain facts and `today`.
 */
import { compareVi } from "@/lib/format";
import { cycleStatus, type PhaseKey, type CycleStatus } from "../cycle-phase";
import { LATE_KINDS, lateItems, type BlocYearFacts, type LateItem, type LateKind } from "./late-items";

export interface PublicationFact {
  version: number;
  /** ISO day. */
  publishedOn: string;
  isPublic: boolean;
}

export interface BlocYearInput {
  code: string;
  name: string;
  /** The province it belongs to, when the council's scope holds several (absorbed ones). */
  provinceName: string | null;
  /** Member agencies' names by id (the year's members). */
  agencyNames: ReadonlyMap<string, string>;
  /** null: the bloc has no cycle for the year. */
  facts: BlocYearFacts | null;
  publication: PublicationFact | null;
}

export interface AgencyLate {
  id: string;
  name: string;
  items: LateItem[];
}

export interface OverviewRow {
  code: string;
  name: string;
  provinceName: string | null;
  hasYear: boolean;
  open: PhaseKey[];
  nextDeadline: CycleStatus["deadlines"][number] | null;
  isFinished: boolean;
  members: number;
  /** Every member agency's name, for the search. */
  memberNames: string[];
  publication: PublicationFact | null;
  /** The bloc's own late steps (agencyId null). */
  blocItems: LateItem[];
  /** Agencies with at least one late item, in Vietnamese order. */
  agencies: AgencyLate[];
  lateCount: number;
  byKind: Record<LateKind, number>;
}

export function emptyKindCounts(): Record<LateKind, number> {
  return Object.fromEntries(LATE_KINDS.map((k) => [k, 0])) as Record<LateKind, number>;
}

export function overviewRow(input: BlocYearInput, today: string): OverviewRow {
  const facts = input.facts;
  const status = cycleStatus(facts?.phases ?? [], today);
  const items = facts ? lateItems(facts, today) : [];
  const byKind = emptyKindCounts();
  for (const item of items) byKind[item.kind] += 1;
  const perAgency = new Map<string, LateItem[]>();
  for (const item of items) if (item.agencyId !== null) perAgency.set(item.agencyId, [...(perAgency.get(item.agencyId) ?? []), item]);
  const agencies = [...perAgency].map(([id, list]) => ({ id, name: input.agencyNames.get(id) ?? "—", items: list })).sort((a, b) => compareVi(a.name, b.name));
  return {
    code: input.code,
    name: input.name,
    provinceName: input.provinceName,
    hasYear: facts !== null,
    open: status.open,
    nextDeadline: status.deadlines[0] ?? null,
    isFinished: status.isFinished,
    members: input.agencyNames.size,
    memberNames: [...input.agencyNames.values()],
    publication: input.publication,
    blocItems: items.filter((i) => i.agencyId === null),
    agencies,
    lateCount: items.length,
    byKind,
  };
}

/** The page's filters (GET parameters, lib/schemas/overview.ts). */
export interface OverviewFilter {
  /** An open phase; "NONE": blocs with no phase open today. */
  phase: PhaseKey | "NONE" | null;
  onlyLate: boolean;
  /** Part of a bloc's name or code, or of a member agency's name. */
  q: string;
}

const fold = (s: string) => s.normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/g, "d").replace(/Đ/g, "D").toLocaleLowerCase("vi");

/** The rows the filter keeps, in their order. The search ignores case and diacritics. */
export function filterRows(rows: readonly OverviewRow[], filter: OverviewFilter): OverviewRow[] {
  const needle = fold(filter.q.trim());
  return rows.filter(
    (r) =>
      (filter.phase === null || (filter.phase === "NONE" ? r.open.length === 0 : r.open.includes(filter.phase))) &&
      (!filter.onlyLate || r.lateCount > 0) &&
      (needle === "" || [r.name, r.code, ...r.memberNames].some((text) => fold(text).includes(needle))),
  );
}

export interface OverviewTotals {
  blocs: number;
  withYear: number;
  late: number;
  published: number;
  byKind: Record<LateKind, number>;
}

export function overviewTotals(rows: readonly OverviewRow[]): OverviewTotals {
  const byKind = emptyKindCounts();
  for (const r of rows) for (const k of LATE_KINDS) byKind[k] += r.byKind[k];
  return {
    blocs: rows.length,
    withYear: rows.filter((r) => r.hasYear).length,
    late: rows.filter((r) => r.lateCount > 0).length,
    published: rows.filter((r) => r.publication !== null).length,
    byKind,
  };
}
