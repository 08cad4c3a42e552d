/**
 * How long each kind of uploaded file is kept (docs/decisions/0045-file-retention.md) and when a
 * file's period ends. The periods are defaults [I], counted in whole calendar years after the end
 * of the emulation year the file belongs to: a file of 2024 kept 10 years is kept until
 * 31/12/2034 and may be disposed of from 01/01/2035. null = kept permanently. Pure.
 */

export type FileKind = "SCORE_EVIDENCE" | "PROGRESS_EVIDENCE" | "OBJECTION_EVIDENCE" | "ROLE_MODEL_EVIDENCE" | "PLEDGE_SCAN" | "OTHER";

export const FILE_KIND_LABELS: Record<FileKind, string> = {
  SCORE_EVIDENCE: "Minh chứng chấm điểm",
  PROGRESS_EVIDENCE: "Minh chứng sơ kết",
  OBJECTION_EVIDENCE: "Minh chứng khiếu nại",
  ROLE_MODEL_EVIDENCE: "Minh chứng điển hình tiên tiến",
  PLEDGE_SCAN: "Bản chụp giao ước đã ký",
  OTHER: "Tệp khác",
};

/**
 * Years after the year ends. Evidence of scores, progress and objections: 10 years (the working
 * records of an emulation year, as scoring records are kept in the agencies' archives); the
 * signed pledge and role models' records: permanently (signed acts and the record of honours,
 * like award dossiers and decisions). Evidence of an agency proposed for an award that year is
 * part of its award dossier and kept permanently whatever its kind (`isProtected`).
 */
export const DEFAULT_RETENTION_YEARS: Record<FileKind, number | null> = {
  SCORE_EVIDENCE: 10,
  PROGRESS_EVIDENCE: 10,
  OBJECTION_EVIDENCE: 10,
  ROLE_MODEL_EVIDENCE: null,
  PLEDGE_SCAN: null,
  OTHER: 10,
};

/** The last day (yyyy-MM-dd) the file is kept, or null when it is kept permanently. */
export function keepUntil(years: number | null, year: number, isProtected: boolean): string | null {
  if (years === null || isProtected) return null;
  return `${year + years}-12-31`;
}

/** Whether the file's period is over on `today` (yyyy-MM-dd). */
export function isPastRetention(until: string | null, today: string): boolean {
  return until !== null && today > until;
}

/**
 * The latest emulation year whose files of a kind kept `years` are past their period on `today`:
 * the lister's bound (a file of year Y is past when Y + years < this year).
 */
export function lastExpiredYear(years: number, today: string): number {
  return Number(today.slice(0, 4)) - years - 1;
}

export const DISPOSED_MESSAGE = (day: string) => `Tệp đã được hủy theo thời hạn lưu trữ ngày ${day}.`;

export const FILE_KINDS = Object.keys(FILE_KIND_LABELS) as FileKind[];

/** The periods in force for a council: its own settings over the defaults (null = permanently). */
export function retentionPeriods(settings: readonly { kind: string; years: number | null }[]): Record<FileKind, number | null> {
  const periods = { ...DEFAULT_RETENTION_YEARS };
  for (const s of settings) if (s.kind in periods) periods[s.kind as FileKind] = s.years;
  return periods;
}
