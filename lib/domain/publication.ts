import type { ResultsCriterion, ResultsRow } from "@/lib/server/results/results-view";

/**
 * Publishing the results (công bố — domain §3.4 point 6): each publication is an immutable,
 * numbered snapshot; a correction (đính chính) is the next version, with a reason. Publishing
 * waits until every objection of the cycle has been decided.
 */

/** Version 1 for the first publication, then one more than the highest. */
export function nextPublicationVersion(existing: readonly number[]): number {
  return existing.length === 0 ? 1 : Math.max(...existing) + 1;
}

export interface OpenObjectionRef {
  agencyName: string;
  criterionCode: string;
}

export type PublishCheck = { ok: true } | { ok: false; message: string; field?: "reason"; openObjections?: string[] };

export function checkPublish(input: { version: number; reason: string | null; openObjections: readonly OpenObjectionRef[]; resultsReady: boolean }): PublishCheck {
  if (input.openObjections.length > 0) {
    return {
      ok: false,
      message: `Chưa thể công bố: còn ${input.openObjections.length} kiến nghị chưa được quyết định.`,
      openObjections: input.openObjections.map((o) => `${o.agencyName} — tiêu chí ${o.criterionCode}`),
    };
  }
  if (!input.resultsReady) return { ok: false, message: "Chưa có kết quả chấm điểm để công bố." };
  if (input.version > 1 && !input.reason?.trim()) {
    return { ok: false, field: "reason", message: "Vui lòng nhập lý do đính chính: kết quả đã công bố, bản công bố mới là một bản đính chính." };
  }
  return { ok: true };
}

export const SNAPSHOT_FORMAT = 1;

/** What a publication stores: the ranking as it was, readable without recomputing anything. */
export interface PublicationSnapshot {
  format: typeof SNAPSHOT_FORMAT;
  version: number;
  /** ISO timestamp. */
  publishedAt: string;
  table: { id: string; title: string; version: number; scale: number };
  criteria: ResultsCriterion[];
  /** In ranking order: rank, Nhất/Nhì/Ba, totals, band, cells and group scores. */
  rows: ResultsRow[];
  withoutSheet: string[];
}

export function buildSnapshot(input: {
  version: number;
  publishedAt: Date;
  view: { table: PublicationSnapshot["table"]; criteria: ResultsCriterion[]; rows: ResultsRow[]; withoutSheet: string[] };
}): PublicationSnapshot {
  const { view } = input;
  return { format: SNAPSHOT_FORMAT, version: input.version, publishedAt: input.publishedAt.toISOString(), table: view.table, criteria: view.criteria, rows: view.rows, withoutSheet: view.withoutSheet };
}

/** A stored snapshot, or null when it is not a format this code reads. */
export function readSnapshot(json: unknown): PublicationSnapshot | null {
  if (!json || typeof json !== "object") return null;
  const s = json as Partial<PublicationSnapshot>;
  if (s.format !== SNAPSHOT_FORMAT || !Array.isArray(s.rows) || !Array.isArray(s.criteria) || !s.table || typeof s.publishedAt !== "string") return null;
  return s as PublicationSnapshot;
}

/** The before/after of a publication's audit entry: each agency's rank and total. */
export function totalsOf(snapshot: PublicationSnapshot | null): { version: number; totals: { agency: string; rank: number; total: number; band: string | null }[] } | null {
  if (!snapshot) return null;
  return { version: snapshot.version, totals: snapshot.rows.map((r) => ({ agency: r.agencyName, rank: r.rank, total: r.total, band: r.bandLabel })) };
}
