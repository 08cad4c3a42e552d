import { NextRequest } from "next/server";
import { signInAs } from "../setup/current-user-stub";
import { clearSeen, seenCodes } from "./recorder";
import { restoreSnapshot, writeMark, writtenSince } from "./snapshot";
import { PERSONA_LABELS, PERSONAS, SECRETS, userOf, type Secret, type Who, type World } from "./world";

/**
 * Calls a page, a route handler or a server action as each persona and compares what happened
 * with the registry. What counts as a refusal:
 *  - notFound() / forbidden() / unauthorized(), a redirect to /login;
 *  - an AppError FORBIDDEN, NOT_FOUND or UNAUTHENTICATED, thrown, or caught by the action and
 *    returned as `{ ok: false }` (recorder.ts tells which code it caught);
 *  - for a route handler, 401, 403 or 404.
 * A refusal for another reason (CONFLICT, INVALID_INPUT, PHASE_CLOSED) means the caller got past
 * the authorization check, so it counts as allowed. A form refused by its schema before any use
 * case ran proves nothing: that is reported as a broken fixture.
 */
export const AUTHZ_CODES = ["FORBIDDEN", "NOT_FOUND", "UNAUTHENTICATED"] as const;

export type Fields = Record<string, string | File | readonly (string | File)[]>;
export type Params = Record<string, string | string[]>;

/** Personas not named get "deny". */
export type Expect<O extends string> = Partial<Record<O, readonly Who[]>>;

export function expected<O extends string>(expect: Expect<O>, who: Who): O | "deny" {
  for (const [outcome, whos] of Object.entries(expect) as [O, readonly Who[]][]) if (whos.includes(who)) return outcome;
  return "deny";
}

export type Caught =
  { kind: "redirect"; url: string } | { kind: "http"; status: number } | { kind: "app"; code: string; message: string } | { kind: "error"; message: string };

/** What an action or page threw: a navigation (redirect, notFound/forbidden), an AppError, or a crash. */
export function caught(e: unknown): Caught {
  const digest = (e as { digest?: unknown })?.digest;
  if (typeof digest === "string" && digest.startsWith("NEXT_REDIRECT;")) return { kind: "redirect", url: digest.split(";")[2] ?? "" };
  if (typeof digest === "string" && digest.startsWith("NEXT_HTTP_ERROR_FALLBACK;")) return { kind: "http", status: Number(digest.split(";")[1]) };
  const code = (e as { code?: unknown })?.code;
  if (e instanceof Error && e.name === "AppError" && typeof code === "string") return { kind: "app", code, message: e.message };
  return { kind: "error", message: e instanceof Error ? `${e.name}: ${e.message}` : String(e) };
}

const isLogin = (url: string) => url === "/login" || url.startsWith("/login?");

// ── Pages ──

export type PageOutcome = "ok" | "notice" | "redirect";
type PageResult = { outcome: PageOutcome | "deny" | "error"; detail: string; shown?: Secret[] };

/** What a page hands to its components (and so to the browser), as text; functions left out. */
function rendered(tree: unknown): string {
  const seen = new WeakSet<object>();
  return (
    JSON.stringify(tree, (_k, v: unknown) => {
      if (typeof v === "object" && v !== null) {
        if (seen.has(v)) return undefined;
        seen.add(v);
      }
      return typeof v === "function" || typeof v === "symbol" ? undefined : v;
    }) ?? ""
  );
}

export type PageModule = { default: (props: { params: Promise<Params>; searchParams: Promise<Params> }) => unknown };

/**
 * "ok": the page rendered; "notice": it rendered but caught an authorization refusal to say so
 * (e.g. "only the chair…"); "redirect": it sent the user elsewhere (not to sign in).
 */
async function callPage(page: PageModule, params: Params, searchParams: Params, userId: string | null): Promise<PageResult> {
  signInAs(userId);
  clearSeen();
  try {
    const tree = await page.default({ params: Promise.resolve(params), searchParams: Promise.resolve(searchParams) });
    const text = rendered(tree);
    const shown = (Object.keys(SECRETS) as Secret[]).filter((s) => text.includes(SECRETS[s]));
    const refused = seenCodes().filter((c) => (AUTHZ_CODES as readonly string[]).includes(c));
    return refused.length
      ? { outcome: "notice", detail: `rendered after catching ${refused.join(", ")}`, shown }
      : { outcome: "ok", detail: "rendered", shown };
  } catch (e) {
    const c = caught(e);
    if (c.kind === "redirect") return isLogin(c.url) ? { outcome: "deny", detail: `redirect ${c.url}` } : { outcome: "redirect", detail: `redirect ${c.url}` };
    if (c.kind === "http") return { outcome: "deny", detail: `HTTP ${c.status}` };
    if (c.kind === "app" && (AUTHZ_CODES as readonly string[]).includes(c.code)) return { outcome: "deny", detail: `${c.code}: ${c.message}` };
    return { outcome: "error", detail: c.kind === "app" ? `${c.code}: ${c.message}` : c.message };
  }
}

/**
 * `sees`: who may be handed each of BTG's secrets (world.ts SECRETS) by this page; a secret not
 * named is shown to nobody.
 */
export async function checkPage(
  page: PageModule,
  params: Params,
  searchParams: Params,
  expect: Expect<PageOutcome>,
  sees: Partial<Record<Secret, readonly Who[]>>,
  w: World,
): Promise<string[]> {
  const problems: string[] = [];
  const mark = await writeMark();
  for (const who of PERSONAS) {
    const want = expected(expect, who);
    const got = await callPage(page, params, searchParams, userOf(w, who));
    const label = `${who} (${PERSONA_LABELS[who]})`;
    if (got.outcome !== want) problems.push(`${label}: expected ${want}, got ${got.outcome} — ${got.detail}`);
    for (const secret of Object.keys(SECRETS) as Secret[]) {
      const may = sees[secret]?.includes(who) ?? false;
      const shown = got.shown?.includes(secret) ?? false;
      if (shown && !may) problems.push(`${label}: is shown BTG's ${secret} (${SECRETS[secret]})`);
      if (!shown && may) problems.push(`${label}: expected to be shown BTG's ${secret}, but is not`);
    }
  }
  const written = (await writtenSince(mark)).tables;
  if (written.length) problems.push(`rendering wrote to ${written.join(", ")}`);
  signInAs(null);
  return problems;
}

// ── Route handlers ──

export type RouteHandler = (req: Request, ctx: { params: Promise<Params> }) => Promise<Response>;

/**
 * "refused": past the authorization check, then refused for another reason (a JSON answer with
 * code INVALID_INPUT, CONFLICT or PHASE_CLOSED), as an upload to a sheet already submitted.
 */
export type RouteOutcome = "ok" | "redirect" | "refused";

const REFUSED_PAST_AUTHZ = ["INVALID_INPUT", "CONFLICT", "PHASE_CLOSED"];

/** What a refusal's JSON answer names as its code, if it is one. */
async function refusalCode(res: Response): Promise<string | undefined> {
  try {
    return ((await res.clone().json()) as { code?: string }).code;
  } catch {
    return undefined;
  }
}

/**
 * 2xx "ok", 3xx "redirect", 401/403/404 "deny", 400/409/413 with a code of REFUSED_PAST_AUTHZ
 * "refused"; anything else is an error. `init` makes each call's headers and body (a body is
 * read once, so every persona gets its own).
 */
export async function checkRoute(
  handler: RouteHandler,
  method: string,
  url: string,
  params: Params,
  expect: Expect<RouteOutcome>,
  w: World,
  init?: () => { headers?: Record<string, string>; body?: BodyInit },
): Promise<string[]> {
  const problems: string[] = [];
  const mark = await writeMark();
  for (const who of PERSONAS) {
    const want = expected(expect, who);
    signInAs(userOf(w, who));
    let got: string;
    let detail: string;
    try {
      const res = await handler(new NextRequest(url, { method, ...init?.() }), { params: Promise.resolve(params) });
      const s = res.status;
      const refused = [400, 409, 413].includes(s) && REFUSED_PAST_AUTHZ.includes((await refusalCode(res)) ?? "");
      got = s >= 200 && s < 300 ? "ok" : s >= 300 && s < 400 ? "redirect" : [401, 403, 404].includes(s) ? "deny" : refused ? "refused" : "error";
      detail = `HTTP ${s}${got === "ok" ? "" : ` ${res.headers.get("Location") ?? (await res.text()).slice(0, 200)}`}`;
    } catch (e) {
      got = "error";
      detail = caught(e).kind === "error" ? (e as Error).message : JSON.stringify(caught(e));
    }
    if (got !== want) problems.push(`${who} (${PERSONA_LABELS[who]}): expected ${want}, got ${got} — ${detail}`);
  }
  const written = (await writtenSince(mark)).tables;
  if (written.length) problems.push(`the calls wrote to ${written.join(", ")}`);
  signInAs(null);
  return problems;
}

// ── Server actions ──

export type ServerAction = (prev: null, formData: FormData) => Promise<unknown>;
/** `ready`: the answer of a check step that found nothing wrong (lib/forms/step.ts). */
export type ActionResult = { kind: "ok" | "refused" | "invalid" | "error"; code?: string; ready?: boolean; detail: string };

export function formData(fields: Fields): FormData {
  const fd = new FormData();
  for (const [k, v] of Object.entries(fields)) for (const item of Array.isArray(v) ? v : [v]) fd.append(k, item as string | File);
  return fd;
}

export async function callAction(action: ServerAction, fields: Fields, userId: string | null): Promise<ActionResult> {
  signInAs(userId);
  clearSeen();
  try {
    const state = (await action(null, formData(fields))) as { ok?: boolean; ready?: boolean; message?: string; fieldErrors?: unknown } | null;
    if (state?.ok === true) return { kind: "ok", ready: state.ready === true, detail: state.ready ? "ready" : `ok: ${state.message ?? ""}` };
    const code = seenCodes().at(-1);
    const detail = `${state?.message ?? "null"}${state?.fieldErrors ? ` ${JSON.stringify(state.fieldErrors)}` : ""}`;
    return code ? { kind: "refused", code, detail: `${code}: ${detail}` } : { kind: "invalid", detail };
  } catch (e) {
    const c = caught(e);
    if (c.kind === "redirect")
      return isLogin(c.url) ? { kind: "refused", code: "UNAUTHENTICATED", detail: `redirect ${c.url}` } : { kind: "ok", detail: `redirect ${c.url}` };
    if (c.kind === "http")
      return { kind: "refused", code: c.status === 403 ? "FORBIDDEN" : c.status === 401 ? "UNAUTHENTICATED" : "NOT_FOUND", detail: `HTTP ${c.status}` };
    if (c.kind === "app") return { kind: "refused", code: c.code, detail: `${c.code} (thrown): ${c.message}` };
    return { kind: "error", detail: c.message };
  }
}

export interface ActionCase {
  /** Shown in the test name when an action has several cases. */
  name?: string;
  /** The form, as the page would post it, about bloc A's objects. */
  input: (w: World, who: Who) => Fields;
  allow: readonly Who[];
  /** Codes that also mean "refused" for this case (e.g. a scope checked as a field error). */
  refusal?: readonly string[];
}

export async function checkAction(action: ServerAction, kase: ActionCase, w: World): Promise<string[]> {
  const problems: string[] = [];
  const refusal = new Set<string>([...AUTHZ_CODES, ...(kase.refusal ?? [])]);
  let dirty = false;
  let mark = await writeMark();
  for (const who of PERSONAS) {
    if (dirty) {
      await restoreSnapshot();
      mark = await writeMark();
    }
    const want = kase.allow.includes(who) ? "allow" : "deny";
    const r = await callAction(action, kase.input(w, who), userOf(w, who));
    const since = await writtenSince(mark);
    const changed = since.tables;
    mark = since.mark;
    dirty = changed.length > 0;
    const label = `${who} (${PERSONA_LABELS[who]})`;
    if (r.kind === "invalid" || r.kind === "error") {
      problems.push(`${label}: ${r.kind === "invalid" ? "the form was refused by its schema (fix the fixture)" : "failed"} — ${r.detail}`);
      continue;
    }
    const got = r.kind === "refused" && refusal.has(r.code!) ? "deny" : "allow";
    if (process.env.AUTHZ_REPORT)
      console.log(`[authz] ${kase.name ?? ""} ${who}: ${got} ${r.kind === "ok" ? "ok" : r.code} ${changed.join(",")} | ${r.detail.slice(0, 140)}`);
    if (got !== want) problems.push(`${label}: expected ${want}, got ${got} — ${r.detail}`);
    if (want === "deny" && dirty) problems.push(`${label}: refused, but wrote to ${changed.join(", ")}`);
  }
  if (dirty) await restoreSnapshot();
  signInAs(null);
  return problems;
}
