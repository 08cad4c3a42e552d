/**
 * What an audit entry changed, as a reader sees it: the keys whose value
 * differs between `before` and `after` (nested objects flattened to dotted
 * paths, arrays compared whole), and each value as short Vietnamese text.
 * Snapshots are JSON (lib/server/audit.ts): Dates arrive as ISO strings.
 */
import { formatNumber } from "@/lib/format";

export type AuditChangeKind = "ADDED" | "REMOVED" | "CHANGED";

export interface AuditChange {
  path: string;
  kind: AuditChangeKind;
  before: unknown;
  after: unknown;
}

/** Bookkeeping columns that change on every write and say nothing to a reader. */
export const NOISE_KEYS: readonly string[] = ["updatedAt", "createdAt"];

/** Keys holding a row's id ("id", "agencyId", "criterionId"…): a reader cannot read them. */
const ID_KEY = /^(id|[a-z][A-Za-z]*Id)$/;

/** What a score entry's snapshot keeps for the system only: its sheet's edit counter and the bounds copied from its criterion. */
const ENTRY_BOOKKEEPING = ["sheetVersion", "minPoints", "maxPoints"];

/**
 * The keys the audit page leaves out for an entity: the noise above, ids, and an entry's
 * bookkeeping. The snapshots themselves keep everything; only the reading is shorter.
 */
export function readerIgnores(entity: string): (key: string) => boolean {
  const skip = new Set([...NOISE_KEYS, ...(entity === "ScoreEntry" || entity === "CrossScore" ? ENTRY_BOOKKEEPING : [])]);
  return (key) => skip.has(key) || ID_KEY.test(key);
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

type Ignore = readonly string[] | ((key: string) => boolean);
const ignored = (ignore: Ignore, key: string) => (typeof ignore === "function" ? ignore(key) : ignore.includes(key));

function flatten(value: unknown, ignore: Ignore, prefix = "", out = new Map<string, unknown>()): Map<string, unknown> {
  if (value === null || value === undefined) return out;
  if (!isPlainObject(value)) {
    out.set(prefix, value);
    return out;
  }
  for (const [k, v] of Object.entries(value)) {
    if (ignored(ignore, k)) continue;
    const path = prefix ? `${prefix}.${k}` : k;
    if (isPlainObject(v) && Object.keys(v).length > 0) flatten(v, ignore, path, out);
    else out.set(path, v);
  }
  return out;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
const isEmpty = (v: unknown) => v === null || v === undefined;

/** The changed keys, in the order they appear in `before`, then new keys of `after`. */
export function auditDiff(before: unknown, after: unknown, ignore: Ignore = NOISE_KEYS): AuditChange[] {
  const b = flatten(before, ignore);
  const a = flatten(after, ignore);
  const paths = [...b.keys(), ...[...a.keys()].filter((k) => !b.has(k))];
  const changes: AuditChange[] = [];
  for (const path of paths) {
    const was = b.get(path);
    const now = a.get(path);
    if (same(was, now)) continue;
    const kind: AuditChangeKind = isEmpty(was) ? "ADDED" : isEmpty(now) ? "REMOVED" : "CHANGED";
    changes.push({ path, kind, before: was ?? null, after: now ?? null });
  }
  return changes;
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})(T00:00:00(\.000)?Z)?$/;
const MOMENT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?Z$/;
// Vietnam keeps UTC+7 all year (no daylight saving), so a fixed offset is exact.
const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;

const pad = (n: number) => String(n).padStart(2, "0");

/** One value as text: days dd/MM/yyyy, moments dd/MM/yyyy HH:mm (Vietnam time), yes/no, lists joined. */
export function describeAuditValue(value: unknown): string {
  if (value === null || value === undefined) return "—";
  if (typeof value === "boolean") return value ? "Có" : "Không";
  if (typeof value === "number") return formatNumber(value);
  if (Array.isArray(value)) return value.length === 0 ? "(không có)" : value.map(describeAuditValue).join("; ");
  if (typeof value === "string") {
    if (value === "") return "(trống)";
    const day = DAY.exec(value);
    if (day) return `${day[3]}/${day[2]}/${day[1]}`;
    if (MOMENT.test(value)) {
      const t = new Date(Date.parse(value) + VIETNAM_OFFSET_MS);
      return `${pad(t.getUTCDate())}/${pad(t.getUTCMonth() + 1)}/${t.getUTCFullYear()} ${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())}`;
    }
    return value;
  }
  return JSON.stringify(value);
}
