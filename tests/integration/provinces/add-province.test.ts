import { beforeEach, describe, expect, it, vi } from "vitest";
import { AddProvinceInputSchema } from "@/lib/schemas/provinces";
import { addProvince } from "@/lib/server/provinces/add-province";
import { signInAs } from "../setup/current-user-stub";
import { auditOf, counts, expectRefused, world } from "./world";

vi.mock("@/lib/server/auth/current-user", () => import("../setup/current-user-stub"));

const form = (over: Record<string, string> = {}) => AddProvinceInputSchema.parse({ code: "hue", name: "Huế", ...over });

describe("addProvince", () => {
  beforeEach(() => signInAs(null));

  it("adds a province with its code in capitals, audited", async () => {
    const w = await world();
    signInAs(w.users.ADMIN);
    const id = await addProvince(form());
    expect(await w.db.province.findUniqueOrThrow({ where: { id } })).toMatchObject({ code: "HUE", name: "Huế", mergedIntoId: null });
    const [row] = await auditOf("Province", id);
    expect(row).toMatchObject({ actorId: w.users.ADMIN, action: "province.create", blocId: null, before: null });
    expect(row!.after).toMatchObject({ code: "HUE", name: "Huế" });
  });

  it.each([
    ["a code already used", { code: "qng", name: "Tỉnh mới" }, { code: ["Mã QNG đã được dùng cho Quảng Ngãi."] }],
    ["a current province's name", { code: "QN2", name: " ninh bình " }, { name: ["Đã có tỉnh, thành phố tên “Ninh Bình”."] }],
  ])("refuses %s with a field message, writing nothing", async (_label, over, fieldErrors) => {
    const w = await world();
    signInAs(w.users.ADMIN);
    const before = await counts(w.db);
    const e = await expectRefused(addProvince(form(over)), "INVALID_INPUT");
    expect(e.fieldErrors).toEqual(fieldErrors);
    expect(await counts(w.db)).toEqual(before);
  });

  it("a merged province's name may be used again (it is history, not a current province)", async () => {
    const w = await world();
    signInAs(w.users.ADMIN);
    await addProvince(form({ code: "KT2", name: "Kon Tum" }));
    expect(await w.db.province.count({ where: { name: "Kon Tum" } })).toBe(2);
  });

  it("checks the code in the schema", () => {
    const r = AddProvinceInputSchema.safeParse({ code: "Hà-Nội", name: "" });
    expect(r.success ? [] : r.error.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["code", "Mã tỉnh, thành phố chỉ gồm chữ cái không dấu và chữ số, ví dụ QNG."],
      ["name", "Vui lòng nhập tên tỉnh, thành phố."],
    ]);
  });
});
