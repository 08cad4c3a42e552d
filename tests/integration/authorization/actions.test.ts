import { describe, expect, it, vi } from "vitest";
import { checkAction } from "./harness";
import { loadAction } from "./inventory";
import { useWorld } from "./lifecycle";
import { ACTIONS, actionCases } from "./registry";

vi.mock("@/lib/server/auth/current-user", () => import("../setup/current-user-stub"));
vi.mock("@/lib/server/errors", async (orig) => (await import("./errors-spy")).spied(await orig()));
vi.mock("next/cache", async (orig) => ({ ...(await orig<typeof import("next/cache")>()), revalidatePath: () => undefined, revalidateTag: () => undefined }));

const world = useWorld();

const cases = Object.keys(ACTIONS)
  .sort()
  .flatMap((key) => actionCases(ACTIONS[key]!).map((c) => [c.name ? `${key} (${c.name})` : key, key, c] as const));

describe("authorization matrix: server actions × personas (refused calls write nothing)", () => {
  it.each(cases)("%s", async (_name, key, kase) => {
    expect(await checkAction(await loadAction(key), kase, world())).toEqual([]);
  });
});
