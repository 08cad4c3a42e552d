import type { ResultsCriterion, ResultsRow } from "@/lib/domain/results-view";
import { EXCLUSION_REASONS } from "./ranking-eligibility";

/**
 * Publishing the results (công bố — docs/domain/score-review.md#publication): each publication is an immutable,
 * numbered snapshot; a correction (đính chính) is the next version, with a reason. Publishing
 * waits until every objection of the cycle has been decided. A member that is not ranked (its
 * sheet not verified, or its cross-scoring incomplete — lib/domain/ranking-eligibility) stops
 * publishing unless the chair gives a reason; the snapshot then records who was left out and why.
 */

/** Version 1 for the first publication, then one more than the highest. */
export function nextPublicationVersion(existing: readonly number[]): number {
  return existing.length === 0 ? 1 : Math.max(...existing) + 1;
}

export interface OpenObjectionRef {
  agencyName: string;
  criterionCode: string;
}

/** A member left out of a published ranking, and why. */
export interface PublishedExclusion {
  agencyName: string;
  reason: string;
}

export type PublishCheck = { ok: true } | { ok: false; message: string; field?: "reason"; openObjections?: string[]; excluded?: string[] };

export function checkPublish(input: {
  version: number;
  reason: string | null;
  openObjections: readonly OpenObjectionRef[];
  resultsReady: boolean;
  excluded: readonly PublishedExclusion[];
}): PublishCheck {
  if (input.openObjections.length > 0) {
    return {
      ok: false,
      message: `Chưa thể công bố: còn ${input.openObjections.length} kiến nghị chưa được quyết định.`,
      openObjections: input.openObjections.map((o) => `${o.agencyName} — tiêu chí ${o.criterionCode}`),
    };
  }
  if (!input.resultsReady) return { ok: false, message: "Chưa có kết quả chấm điểm để công bố." };
  if (input.excluded.length > 0 && !input.reason?.trim()) {
    return {
      ok: false,
      field: "reason",
      message: `Chưa thể công bố: ${input.excluded.length} cơ quan thành viên chưa được xếp hạng. Nếu vẫn công bố, vui lòng nhập lý do; bản công bố sẽ ghi rõ các cơ quan này và lý do không xếp hạng.`,
      excluded: input.excluded.map((e) => `${e.agencyName}: ${e.reason}`),
    };
  }
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
  /** The members not ranked, with the reason (read from `withoutSheet` for a snapshot stored before exclusions were recorded). */
  excluded: PublishedExclusion[];
}

/** The label of a publication's reason: a correction's from version 2 on, otherwise why it was published with exclusions. */
export function publicationReasonLabel(version: number): string {
  return version > 1 ? "Lý do đính chính" : "Lý do công bố";
}

export function buildSnapshot(input: {
  version: number;
  publishedAt: Date;
  view: {
    table: PublicationSnapshot["table"];
    criteria: ResultsCriterion[];
    rows: ResultsRow[];
    withoutSheet: string[];
    excluded: readonly PublishedExclusion[];
  };
}): PublicationSnapshot {
  const { view } = input;
  return {
    format: SNAPSHOT_FORMAT,
    version: input.version,
    publishedAt: input.publishedAt.toISOString(),
    table: view.table,
    criteria: view.criteria,
    rows: view.rows,
    withoutSheet: view.withoutSheet,
    excluded: view.excluded.map((e) => ({ agencyName: e.agencyName, reason: e.reason })),
  };
}

/** A stored snapshot, or null when it is not a format this code reads. */
export function readSnapshot(json: unknown): PublicationSnapshot | null {
  if (!json || typeof json !== "object") return null;
  const s = json as Partial<PublicationSnapshot>;
  if (s.format !== SNAPSHOT_FORMAT || !Array.isArray(s.rows) || !Array.isArray(s.criteria) || !s.table || typeof s.publishedAt !== "string") return null;
  const withoutSheet = Array.isArray(s.withoutSheet) ? s.withoutSheet : [];
  // Published before exclusions were recorded: the members without a sheet were the only ones left out.
  const excluded = Array.isArray(s.excluded) ? s.excluded : withoutSheet.map((agencyName) => ({ agencyName, reason: EXCLUSION_REASONS.NO_SHEET }));
  return { ...(s as PublicationSnapshot), withoutSheet, excluded };
}

/** The before/after of a publication's audit entry: each agency's rank and total. */
export function totalsOf(
  snapshot: PublicationSnapshot | null,
): { version: number; totals: { agency: string; rank: number; total: number; band: string | null }[] } | null {
  if (!snapshot) return null;
  return { version: snapshot.version, totals: snapshot.rows.map((r) => ({ agency: r.agencyName, rank: r.rank, total: r.total, band: r.bandLabel })) };
}
