import { beforeEach, describe, expect, it, vi } from "vitest";
import { loadPrincipal } from "@/lib/server/auth/load-principal";
import { findBlocSwitch } from "@/lib/server/blocs/find-bloc-switch";
import { makeCycle } from "../../factories";
import { makeStandardUsers, makeTwoBlocs } from "../setup/bloc-world";
import { signInAs } from "../setup/current-user-stub";
import { testDb } from "../setup/db";

vi.mock("@/lib/server/auth/current-user", () => import("../setup/current-user-stub"));

/** Bloc A with two years, bloc B with one; a second grant gives the observer bloc B too. */
async function world() {
  const db = testDb();
  const { blocA, blocB, members, outsider } = await makeTwoBlocs(db, { year: 2024, outsider: "Cơ quan khối B" });
  const users = await makeStandardUsers(db, { blocA, blocB, agencyA: members[0], outsider });
  await makeCycle(db, { blocId: blocA.id, year: 2023 });
  await makeCycle(db, { blocId: blocA.id, year: 2024 });
  await makeCycle(db, { blocId: blocB.id, year: 2024 });
  await db.roleAssignment.create({ data: { userId: users.OBSERVER, role: "OBSERVER", blocId: blocB.id } });
  const principal = async (id: string) => (await loadPrincipal(id))!;
  return { blocA, blocB, users, principal };
}

describe("findBlocSwitch", () => {
  beforeEach(() => signInAs(null));

  it("lists the blocs the user reaches, with the years of the bloc on screen", async () => {
    const w = await world();
    const observer = await findBlocSwitch(await w.principal(w.users.OBSERVER), w.blocA.code);
    expect(observer.blocs?.map((b) => b.code).sort()).toEqual([w.blocA.code, w.blocB.code].sort());
    expect(observer.years).toEqual([2024, 2023]);
    const secretary = await findBlocSwitch(await w.principal(w.users.SECRETARY), w.blocA.code);
    expect(secretary.blocs?.map((b) => b.code)).toEqual([w.blocA.code]);
  });

  it("offers a search instead of the list past the limit, still with the current bloc's years", async () => {
    const w = await world();
    for (const who of ["OBSERVER", "ADMIN"] as const) {
      const many = await findBlocSwitch(await w.principal(w.users[who]), w.blocA.code, 1);
      expect(many).toEqual({ blocs: null, years: [2024, 2023] });
    }
    // At the limit the list is still given.
    expect((await findBlocSwitch(await w.principal(w.users.OBSERVER), w.blocA.code, 2)).blocs).toHaveLength(2);
  });

  it("never tells the years of a bloc the user does not reach", async () => {
    const w = await world();
    const secretary = await w.principal(w.users.SECRETARY);
    expect((await findBlocSwitch(secretary, w.blocB.code)).years).toEqual([]);
    expect((await findBlocSwitch(secretary, w.blocB.code, 0)).years).toEqual([]);
  });
});
