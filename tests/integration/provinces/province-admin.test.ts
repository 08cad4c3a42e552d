import { beforeEach, describe, expect, it, vi } from "vitest";
import { AddProvinceInputSchema, MergeProvincesInputSchema, RenameProvinceInputSchema } from "@/lib/schemas/provinces";
import { addProvince } from "@/lib/server/provinces/add-province";
import { findProvinceList } from "@/lib/server/provinces/find-province-list";
import { mergeProvinces } from "@/lib/server/provinces/merge-provinces";
import { renameProvince } from "@/lib/server/provinces/rename-province";
import { signInAs } from "../setup/current-user-stub";
import { ADMIN_ONLY, counts, expectRefused, world, type World } from "./world";

vi.mock("@/lib/server/auth/current-user", () => import("../setup/current-user-stub"));

// Every use case and reader of the province administration, with a valid input.
const CASES: [string, (w: World) => Promise<unknown>][] = [
  ["findProvinceList", () => findProvinceList()],
  ["addProvince", () => addProvince(AddProvinceInputSchema.parse({ code: "HUE", name: "Huế" }))],
  [
    "renameProvince",
    (w) =>
      renameProvince(RenameProvinceInputSchema.parse({ provinceId: w.nb.id, currentName: "Ninh Bình", name: "Tỉnh Ninh Bình", effectiveOn: "2026-01-01" })),
  ],
  [
    "mergeProvinces",
    (w) => mergeProvinces(MergeProvincesInputSchema.parse({ sourceIds: [w.nb.id], targetId: w.qng.id, mergedOn: "2026-07-01", mergerRef: "Nghị quyết thử" })),
  ],
];

describe("province administration: system administrators only", () => {
  beforeEach(() => signInAs(null));

  describe.each(CASES)("%s", (_name, call) => {
    it.each(ADMIN_ONLY)("%s → %s", async (who, outcome) => {
      const w = await world();
      const before = await counts(w.db);
      signInAs(w.users[who]);
      if (outcome === "ok") await call(w);
      else {
        const e = await expectRefused(call(w), outcome);
        expect(e.message).toBe("Chỉ quản trị hệ thống được thêm, đổi tên và hợp nhất tỉnh, thành phố.");
        expect(await counts(w.db)).toEqual(before);
        expect(await w.db.province.findUniqueOrThrow({ where: { id: w.nb.id } })).toMatchObject({ name: "Ninh Bình", mergedIntoId: null });
      }
    });
  });

  it("refuses a signed-out caller", async () => {
    await world();
    await expectRefused(findProvinceList(), "UNAUTHENTICATED");
  });
});
