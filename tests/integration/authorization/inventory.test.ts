import { describe, expect, it } from "vitest";
import { actionKeys, pageModules, routeKeys } from "./inventory";
import { ACTIONS, PAGES, ROUTES } from "./registry";

/**
 * The matrix covers exactly what app/ holds: a new page, route handler or server action without
 * an entry in registry.ts fails here, and so does an entry for one that is gone.
 */
describe("authorization matrix: inventory", () => {
  it("has an entry for every page (app/**/page.tsx) and none for a page that is gone", () => {
    expect(Object.keys(PAGES).sort()).toEqual(Object.keys(pageModules).sort());
  });

  it("has an entry for every route handler method (app/**/route.ts) and none for one that is gone", async () => {
    expect(Object.keys(ROUTES).sort()).toEqual(await routeKeys());
  });

  it("has an entry for every server action (exports of app/**/actions.ts) and none for one that is gone", async () => {
    const { keys, notAsync } = await actionKeys();
    expect(Object.keys(ACTIONS).sort()).toEqual(keys);
    expect(notAsync).toEqual([]);
  });
});
