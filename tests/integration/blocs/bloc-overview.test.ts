import { beforeEach, describe, expect, it, vi } from "vitest";
import { loadPrincipal } from "@/lib/server/auth/load-principal";
import { findBlocOverview, landingBloc } from "@/lib/server/blocs/find-bloc-overview";
import { getBlocYears } from "@/lib/server/blocs/get-bloc-years";
import { todayInVietnam } from "@/lib/server/clock";
import { makeCycle } from "../../factories";
import { dayFromToday, makeStandardUsers, makeTwoBlocs, expectRefused } from "../setup/bloc-world";
import { signInAs } from "../setup/current-user-stub";
import { testDb } from "../setup/db";

vi.mock("@/lib/server/auth/current-user", () => import("../setup/current-user-stub"));

const THIS_YEAR = Number(todayInVietnam().slice(0, 4));

/** Bloc A with a finished past year and a current year whose self-scoring is open today; bloc B elsewhere. */
async function world() {
  const db = testDb();
  const { blocA, blocB, members, outsider } = await makeTwoBlocs(db, { year: THIS_YEAR, outsider: "Cơ quan khối B" });
  const users = await makeStandardUsers(db, { blocA, blocB, agencyA: members[0], outsider });
  const past = (key: "CONFERENCE", y: number) => ({ key, opensOn: new Date(`${y}-12-01T00:00:00Z`), closesOn: new Date(`${y}-12-31T00:00:00Z`) });
  await makeCycle(db, { blocId: blocA.id, year: THIS_YEAR - 2, phases: { create: [past("CONFERENCE", THIS_YEAR - 2)] } });
  await makeCycle(db, {
    blocId: blocA.id,
    year: THIS_YEAR,
    phases: { create: [{ key: "SELF_SCORING", opensOn: dayFromToday(-3), closesOn: dayFromToday(7) }] },
  });
  await makeCycle(db, { blocId: blocB.id, year: THIS_YEAR - 1, phases: { create: [past("CONFERENCE", THIS_YEAR - 1)] } });
  return { db, blocA, blocB, users };
}

describe("findBlocOverview and landing", () => {
  beforeEach(() => signInAs(null));

  it("lists the blocs each role reaches with the year to open today and its open phase", async () => {
    const w = await world();
    const codes = async (id: string) => (await findBlocOverview((await loadPrincipal(id))!)).map((b) => b.code).sort();
    expect(await codes(w.users.ADMIN)).toEqual(expect.arrayContaining([w.blocA.code, w.blocB.code]));
    expect(await codes(w.users.COUNCIL)).toEqual([w.blocA.code]);
    expect(await codes(w.users.OTHER_COUNCIL)).toEqual([]);
    expect(await codes(w.users.AGENCY_OFFICER)).toEqual([w.blocA.code]);
    const [a] = await findBlocOverview((await loadPrincipal(w.users.SECRETARY))!);
    expect(a).toMatchObject({ code: w.blocA.code, currentYear: THIS_YEAR, open: ["SELF_SCORING"], direct: true });
  });

  it("lands a bloc role on its bloc's current year, never a finished one", async () => {
    const w = await world();
    const officer = await loadPrincipal(w.users.OTHER_OFFICER);
    const target = landingBloc(await findBlocOverview(officer!));
    expect(target).toMatchObject({ code: w.blocB.code, currentYear: THIS_YEAR - 1, isFinished: true });
    expect(landingBloc(await findBlocOverview((await loadPrincipal(w.users.CHAIR))!))).toMatchObject({ code: w.blocA.code, currentYear: THIS_YEAR });
  });
});

describe("getBlocYears", () => {
  beforeEach(() => signInAs(null));

  it.each([
    ["ADMIN", true],
    ["COUNCIL", true],
    ["SECRETARY", true],
    ["CHAIR", true],
    ["OBSERVER", false],
    ["AGENCY_LEADER", false],
  ] as const)("%s reads bloc A's years (may open one: %s)", async (who, canCreate) => {
    const w = await world();
    signInAs(w.users[who]);
    const data = await getBlocYears(w.blocA.code);
    expect(data.years.map((y) => y.year)).toEqual([THIS_YEAR, THIS_YEAR - 2]);
    expect(data.currentYear).toBe(THIS_YEAR);
    expect(data.canCreateYear).toBe(canCreate);
  });

  it.each(["OTHER_COUNCIL", "OTHER_SECRETARY", "OTHER_OFFICER"] as const)("%s gets NOT_FOUND", async (who) => {
    const w = await world();
    signInAs(w.users[who]);
    await expectRefused(getBlocYears(w.blocA.code), "NOT_FOUND");
  });
});
