import { beforeEach, describe, expect, it, vi } from "vitest";
import { getBlocYear } from "@/lib/server/blocs/get-bloc-year";
import { makeCycle } from "../../factories";
import { signInAs } from "../setup/current-user-stub";
import { day, world } from "./world";

vi.mock("@/lib/server/auth/current-user", () => import("../setup/current-user-stub"));

// Counts the Prisma operations server code runs: the province's names must not cost extra queries.
const counter = vi.hoisted(() => ({ operations: 0 }));
vi.mock("@/lib/server/db", async () => {
  const { getDb } = await import("@/lib/db/client");
  const countModel = (model: object) =>
    new Proxy(model, {
      get(target, op) {
        const f = Reflect.get(target, op);
        return typeof f === "function" ? (...args: unknown[]) => ((counter.operations += 1), f.apply(target, args)) : f;
      },
    });
  return {
    db: () =>
      new Proxy(getDb(), {
        get(target, prop) {
          const v = Reflect.get(target, prop);
          return typeof prop === "string" && !prop.startsWith("$") && v && typeof v === "object" ? countModel(v) : v;
        },
      }),
  };
});

describe("getBlocYear: each year keeps the province name of that year", () => {
  beforeEach(() => signInAs(null));

  it("uses the name in force on 31/12 of the year", async () => {
    const w = await world();
    const hue = await w.db.province.create({
      data: { code: "HUE", name: "Huế", formerNames: { create: { name: "Thừa Thiên Huế", until: day("2025-01-01") } } },
    });
    await w.db.bloc.update({ where: { id: w.blocA.id }, data: { provinceId: hue.id } });
    for (const year of [2024, 2025]) await makeCycle(w.db, { blocId: w.blocA.id, year });
    signInAs(w.users.ADMIN);
    expect((await getBlocYear(w.blocA.code, 2024)).bloc.province).toBe("Thừa Thiên Huế");
    expect((await getBlocYear(w.blocA.code, 2025)).bloc.province).toBe("Huế");
  });

  it("uses the name on the merger day for the years after a province was merged", async () => {
    const w = await world();
    // Kon Tum (merged 01/07/2025) with a rename recorded for 01/09/2025: the merger came first.
    await w.db.province.update({ where: { id: w.kt.id }, data: { name: "Tên sau", formerNames: { create: { name: "Kon Tum", until: day("2025-09-01") } } } });
    for (const year of [2024, 2026]) await makeCycle(w.db, { blocId: w.blocA.id, year });
    signInAs(w.users.SECRETARY);
    expect((await getBlocYear(w.blocA.code, 2024)).bloc.province).toBe("Kon Tum");
    expect((await getBlocYear(w.blocA.code, 2025)).bloc.province).toBe("Kon Tum");
    expect((await getBlocYear(w.blocA.code, 2026)).bloc.province).toBe("Kon Tum");
  });

  it("a central bloc has no province; former names cost no extra query", async () => {
    const w = await world();
    signInAs(w.users.ADMIN);
    await makeCycle(w.db, { blocId: w.blocCentral.id, year: 2025 });
    expect((await getBlocYear(w.blocCentral.code, 2025)).bloc.province).toBeNull();

    counter.operations = 0;
    await getBlocYear(w.blocA.code, 2025);
    const without = counter.operations;
    for (const [i, until] of ["2001-01-01", "2010-01-01", "2020-01-01"].entries()) {
      await w.db.provinceFormerName.create({ data: { provinceId: w.kt.id, name: `Tên cũ ${i}`, until: day(until) } });
    }
    await makeCycle(w.db, { blocId: w.blocA.id, year: 2005 });
    counter.operations = 0;
    expect((await getBlocYear(w.blocA.code, 2005)).bloc.province).toBe("Tên cũ 1");
    expect(counter.operations).toBe(without);
    expect(without).toBeLessThanOrEqual(5);
  });
});
