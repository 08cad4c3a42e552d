import { beforeEach, describe, expect, it, vi } from "vitest";
import { RenameProvinceInputSchema } from "@/lib/schemas/provinces";
import { renameProvince } from "@/lib/server/provinces/rename-province";
import { signInAs } from "../setup/current-user-stub";
import { auditOf, counts, day, expectRefused, world, type World } from "./world";

vi.mock("@/lib/server/auth/current-user", () => import("../setup/current-user-stub"));

const form = (w: World, over: Record<string, string> = {}) =>
  RenameProvinceInputSchema.parse({ provinceId: w.nb.id, currentName: "Ninh Bình", name: "Tỉnh Ninh Bình mới", effectiveOn: "2026-01-01", ...over });

describe("renameProvince", () => {
  beforeEach(() => signInAs(null));

  it("keeps the old name until the effective day, audited with before and after", async () => {
    const w = await world();
    signInAs(w.users.ADMIN);
    await renameProvince(form(w));
    const p = await w.db.province.findUniqueOrThrow({ where: { id: w.nb.id }, include: { formerNames: true } });
    expect([p.name, p.formerNames.map((f) => [f.name, f.until.toISOString().slice(0, 10)])]).toEqual(["Tỉnh Ninh Bình mới", [["Ninh Bình", "2026-01-01"]]]);
    const [row] = await auditOf("Province", w.nb.id);
    expect(row).toMatchObject({ actorId: w.users.ADMIN, action: "province.rename", blocId: null, before: { code: "NB", name: "Ninh Bình" } });
    expect(row!.after).toMatchObject({ name: "Tỉnh Ninh Bình mới", formerName: { name: "Ninh Bình", until: "2026-01-01" } });
  });

  it.each<[string, (w: World) => Promise<void>, Record<string, string>, Record<string, string[]>]>([
    ["the same name", async () => {}, { name: " ninh bình " }, { name: ["Tên mới trùng với tên hiện tại."] }],
    ["another current province's name", async () => {}, { name: "Quảng Ngãi" }, { name: ["Đã có tỉnh, thành phố tên “Quảng Ngãi”."] }],
    [
      "a day not after the last rename",
      async (w) => void (await w.db.provinceFormerName.create({ data: { provinceId: w.nb.id, name: "Hoa Lư", until: day("2026-01-01") } })),
      {},
      { effectiveOn: ["Lần đổi tên trước có hiệu lực từ ngày 01/01/2026: ngày hiệu lực phải sau ngày đó."] },
    ],
  ])("refuses %s with a field message, writing nothing", async (_label, arrange, over, fieldErrors) => {
    const w = await world();
    await arrange(w);
    signInAs(w.users.ADMIN);
    const before = await counts(w.db);
    const e = await expectRefused(renameProvince(form(w, over)), "INVALID_INPUT");
    expect(e.fieldErrors).toEqual(fieldErrors);
    expect(await counts(w.db)).toEqual(before);
  });

  it("refuses renaming a merged province", async () => {
    const w = await world();
    signInAs(w.users.ADMIN);
    const e = await expectRefused(renameProvince(form(w, { provinceId: w.kt.id, currentName: "Kon Tum" })), "INVALID_INPUT");
    expect(e.fieldErrors).toEqual({ name: ["Kon Tum đã hợp nhất từ ngày 01/07/2025: không đổi tên tỉnh đã hợp nhất."] });
  });

  it("refuses a name someone changed meanwhile (conflict) and an unknown province (not found)", async () => {
    const w = await world();
    signInAs(w.users.ADMIN);
    await renameProvince(form(w));
    await expectRefused(renameProvince(form(w, { name: "Tên khác" })), "CONFLICT");
    await expectRefused(renameProvince(form(w, { provinceId: "khong-co" })), "NOT_FOUND");
    expect(await w.db.provinceFormerName.count()).toBe(1);
  });
});
