import { signInAs } from "../setup/current-user-stub";
import { testDb } from "../setup/db";
import { caught, formData, type Fields, type ServerAction } from "../authorization/harness";
import type { Who } from "../authorization/world";
import { FILE_CORPUS, TEXT_CORPUS } from "./corpus";

/**
 * Sends one probe in place of one field of a valid form and says what went
 * wrong, if anything: the action threw (a raw 500 in the app), refused and
 * still wrote, or stored what no field may store.
 */
export type Outcome = { ok: boolean } | { threw: string };

export async function call(action: ServerAction, fields: Fields, userId: string | null): Promise<Outcome> {
  signInAs(userId);
  try {
    const state = (await action(null, formData(fields))) as { ok?: boolean } | null;
    return { ok: state?.ok === true };
  } catch (e) {
    // Navigation is how actions end on purpose (redirect after success, notFound).
    const c = caught(e);
    if (c.kind === "redirect") return { ok: !c.url.includes("/login") };
    if (c.kind === "http") return { ok: true };
    const message = c.kind === "app" ? `AppError: ${c.message}` : c.message;
    return { threw: message.slice(0, 300) };
  }
}

export interface Probe {
  label: string;
  value: string | File | readonly (string | File)[];
  marker?: string;
}

/** The probes for one field: text for text, files for files, one element replaced in a list. */
export function probesFor(value: Fields[string]): Probe[] {
  const isFile = (v: unknown): v is File => typeof v === "object" && v !== null && "arrayBuffer" in v;
  const first = Array.isArray(value) ? value[0] : value;
  const wrap = (v: string | File) => (Array.isArray(value) ? [v, ...value.slice(1)] : v);
  if (isFile(first)) return FILE_CORPUS.map((p) => ({ label: p.name, value: wrap(p.file()) }));
  return TEXT_CORPUS.map((p) => ({ label: p.name, value: wrap(p.value), marker: p.mustRefuse ? p.value.split(" ")[0] : undefined }));
}

/** Whether a marker was stored in any of these tables. */
export async function stored(tables: string[], marker: string): Promise<string[]> {
  const found: string[] = [];
  for (const t of tables) {
    const [row] = await testDb().$queryRawUnsafe<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM public."${t.replaceAll('"', '""')}" x WHERE x::text LIKE $1`,
      `%${marker}%`,
    );
    if (row && row.n > 0) found.push(t);
  }
  return found;
}

/** Who fills the form: a persona the action allows, preferring the bloc's own staff. */
const PREFERENCE: Who[] = ["secretary", "chair", "leader", "officer", "council", "admin", "observer", "otherLeader", "councilB", "chairB", "leaderB", "anon"];
export function actorFor(allow: readonly Who[]): Who {
  return PREFERENCE.find((p) => allow.includes(p)) ?? "anon";
}
