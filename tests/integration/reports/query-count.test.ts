import { describe, expect, it, vi } from "vitest";
import { findProvinceSummary } from "@/lib/server/reports/find-province-summary";
import { getYearEndReport } from "@/lib/server/reports/get-year-end-report";
import { makeAgency, makeBloc, makeCycle, makeMembership } from "../../factories";
import { signInAs } from "../setup/current-user-stub";
import { world, YEAR } from "./world";

vi.mock("@/lib/server/auth/current-user", () => import("../setup/current-user-stub"));

// Counts the Prisma operations server code runs, to show the readers' cost does not grow with the data.
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

describe("the reports' readers: a constant number of queries", () => {
  it("reads the year-end report with the same queries for 9 members as for 21 with more nominations, decisions and role models", async () => {
    const w = await world();
    signInAs(w.users.SECRETARY);
    counter.operations = 0;
    await getYearEndReport(w.bloc.id, YEAR);
    const small = counter.operations;
    for (let i = 0; i < 12; i++) {
      const a = await makeAgency(w.db, { provinceId: w.bloc.provinceId });
      await makeMembership(w.db, { blocId: w.bloc.id, agencyId: a.id, year: YEAR });
      await w.db.nomination.create({ data: { cycleId: w.cycle.id, awardFormId: w.merit.id, target: "COLLECTIVE", agencyId: a.id, status: "SENT" } });
      await w.db.registration.create({ data: { cycleId: w.cycle.id, agencyId: a.id, status: "SUBMITTED" } });
      await w.db.roleModel.create({
        data: { cycleId: w.cycle.id, agencyId: a.id, target: "COLLECTIVE", achievement: "Mô hình", foundOn: new Date(`${YEAR}-02-01T00:00:00Z`) },
      });
    }
    counter.operations = 0;
    const view = await getYearEndReport(w.bloc.id, YEAR);
    expect(view.input.members).toHaveLength(21);
    expect(counter.operations).toBe(small);
    // The cycle, members, officers, the letterhead's two, the conference minutes' own reads (with the
    // year's objections, which the minutes carry), and the signed-in user's principal (loaded by the
    // reader and again by the minutes' reader). The role-model register adds none: it is a nested
    // select of the cycle's query (relation joins, docs/decisions/0041).
    expect(small).toBeLessThanOrEqual(13);
  }, 120_000);

  it("reads the province summary with the same queries for 1 bloc as for 6", async () => {
    const w = await world();
    signInAs(w.users.COUNCIL);
    counter.operations = 0;
    await findProvinceSummary(w.province.code, YEAR);
    const small = counter.operations;
    for (let i = 0; i < 5; i++) {
      const b = await makeBloc(w.db, { provinceId: w.bloc.provinceId });
      await makeCycle(w.db, { blocId: b.id, year: YEAR });
    }
    counter.operations = 0;
    const view = await findProvinceSummary(w.province.code, YEAR);
    expect(view.summary.rows).toHaveLength(6);
    expect(counter.operations).toBe(small);
    // The provinces, the blocs with their year, the latest snapshots, and the signed-in user's principal.
    expect(small).toBeLessThanOrEqual(10);
  }, 120_000);
});
