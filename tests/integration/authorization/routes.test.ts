import { createRequire } from "node:module";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { checkRoute } from "./harness";
import { loadRoute } from "./inventory";
import { paramsFor, useWorld } from "./lifecycle";
import { ROUTES, routeCases } from "./registry";

vi.mock("@/lib/server/auth/current-user", () => import("../setup/current-user-stub"));
vi.mock("@/lib/server/errors", async (orig) => (await import("./errors-spy")).spied(await orig()));

const world = useWorld();

// NextAuth's route handler reads cookies() and headers(), which need Next's request scope: give
// it a request without cookies (the sign-in API serves everyone alike; it reads no current user).
const nextHeaders = createRequire(import.meta.url)("next/headers") as { cookies: unknown; headers: unknown };
const realHeaders = { cookies: nextHeaders.cookies, headers: nextHeaders.headers };
beforeAll(() => {
  nextHeaders.cookies = async () => ({ getAll: () => [] });
  nextHeaders.headers = async () => new Headers({ host: "test.local" });
});
afterAll(() => Object.assign(nextHeaders, realHeaders));

const cases = Object.keys(ROUTES)
  .sort()
  .flatMap((key) => routeCases(ROUTES[key]!).map((c) => [c.name ? `${key} (${c.name})` : key, key, c] as const));

describe("authorization matrix: route handlers × personas", () => {
  it.each(cases)("%s", async (_name, key, kase) => {
    const w = world();
    const [path, method] = key.split(" ") as [string, string];
    const params = paramsFor(path, w, kase.params?.(w));
    const query = typeof kase.query === "function" ? kase.query(w) : (kase.query ?? "");
    const url = `http://test.local/${path.replace(/^app\//, "").replace(/\/route\.ts$/, "")}${query}`;
    const init = kase.init && (() => kase.init!(w));
    expect(await checkRoute(await loadRoute(key), method, url, params, kase.expect, w, init)).toEqual([]);
  });
});
