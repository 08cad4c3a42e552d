import { afterAll, beforeAll, beforeEach } from "vitest";
import { resetDb } from "../setup/db";
import { segmentValue } from "./registry";
import { segmentsOf } from "./inventory";
import type { Params } from "./harness";
import { dropSnapshot, restoreSnapshot, takeSnapshot } from "./snapshot";
import { buildWorld, type World } from "./world";

/**
 * Builds the world once for the file and puts it back before each test (reset-db.ts empties
 * the database before each one). Returns a getter: the world exists once beforeAll ran.
 */
export function useWorld(): () => World {
  let w: World | undefined;
  beforeAll(async () => {
    await resetDb();
    w = await buildWorld();
    await takeSnapshot();
  });
  beforeEach(restoreSnapshot);
  afterAll(dropSnapshot);
  return () => w!;
}

/** The params of a page or route: bloc A's values for its segments, then the entry's own. */
export function paramsFor(path: string, w: World, own: Params = {}): Params {
  const params: Params = {};
  for (const name of segmentsOf(path)) {
    const value = own[name] ?? segmentValue(w, name);
    if (value === undefined) throw new Error(`${path}: no value for [${name}]: give it in the registry entry`);
    params[name] = value;
  }
  return params;
}
