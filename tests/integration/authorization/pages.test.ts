import { describe, expect, it, vi } from "vitest";
import { checkPage } from "./harness";
import { pageModules } from "./inventory";
import { paramsFor, useWorld } from "./lifecycle";
import { PAGES } from "./registry";

vi.mock("@/lib/server/auth/current-user", () => import("../setup/current-user-stub"));
vi.mock("@/lib/server/errors", async (orig) => (await import("./errors-spy")).spied(await orig()));
vi.mock("next/cache", async (orig) => ({ ...(await orig<typeof import("next/cache")>()), revalidatePath: () => undefined, revalidateTag: () => undefined }));

const world = useWorld();

describe("authorization matrix: pages × personas", () => {
  it.each(Object.keys(PAGES).sort())("%s", async (path) => {
    const entry = PAGES[path]!;
    const w = world();
    const page = await pageModules[path]!();
    expect(await checkPage(page, paramsFor(path, w, entry.params?.(w)), entry.searchParams ?? {}, entry.expect, entry.sees ?? {}, w)).toEqual([]);
  });
});
