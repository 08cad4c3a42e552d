import { beforeEach, describe, expect, it, vi } from "vitest";
import { findProvinceList } from "@/lib/server/provinces/find-province-list";
import { makeBloc } from "../../factories";
import { signInAs } from "../setup/current-user-stub";
import { day, world } from "./world";

vi.mock("@/lib/server/auth/current-user", () => import("../setup/current-user-stub"));

describe("findProvinceList", () => {
  beforeEach(() => signInAs(null));

  it("lists current provinces first in Vietnamese order, then merged ones with where and when they went", async () => {
    const w = await world();
    const hue = await w.db.province.create({
      data: { code: "HUE", name: "Huế", formerNames: { create: { name: "Thừa Thiên Huế", until: day("2025-01-01") } } },
    });
    await makeBloc(w.db, { provinceId: hue.id });
    signInAs(w.users.ADMIN);
    const rows = await findProvinceList();
    expect(rows.map((r) => [r.code, r.name, r.mergedIntoName, r.mergedOn])).toEqual([
      ["HUE", "Huế", null, null],
      ["NB", "Ninh Bình", null, null],
      ["QNG", "Quảng Ngãi", null, null],
      ["KT", "Kon Tum", "Quảng Ngãi", "2025-07-01"],
    ]);
    expect(rows[0]).toMatchObject({ formerNames: [{ name: "Thừa Thiên Huế", until: "2025-01-01" }], blocCount: 1, agencyCount: 0 });
    expect(rows[2]).toMatchObject({ absorbed: ["Kon Tum"], agencyCount: 1 });
    expect(rows[3]).toMatchObject({ mergerRef: "Nghị quyết số 202/2025/QH15", blocCount: 1, agencyCount: 3 });
  });
});
