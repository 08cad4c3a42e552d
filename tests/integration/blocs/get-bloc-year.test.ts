import { beforeEach, describe, expect, it, vi } from "vitest";
import { getBlocYear } from "@/lib/server/blocs/get-bloc-year";
import { makeAgency, makeBloc, makeCycle, makeMembership, makeUser } from "../../factories";
import { signInAs } from "../setup/current-user-stub";
import { testDb } from "../setup/db";

vi.mock("@/lib/server/auth/current-user", () => import("../setup/current-user-stub"));

async function world() {
  const db = testDb();
  const [blocA, blocB] = await Promise.all([makeBloc(db), makeBloc(db)]);
  await makeCycle(db, { blocId: blocA.id, year: 2026 });
  const names = ["Văn phòng Tỉnh ủy", "Ban Tổ chức Tỉnh ủy", "Ủy ban Kiểm tra Tỉnh ủy", "Báo tỉnh", "Đảng ủy Khối"];
  const agencies = await Promise.all(names.map((name) => makeAgency(db, { name })));
  for (const a of agencies) await makeMembership(db, { blocId: blocA.id, agencyId: a.id, year: 2026 });
  const outsider = await makeAgency(db);
  await makeMembership(db, { blocId: blocB.id, agencyId: outsider.id, year: 2026 });
  const user = async (role: "ADMIN" | "SECRETARY" | "OBSERVER" | "AGENCY_OFFICER", scope: { blocId?: string; agencyId?: string }) => {
    const u = await makeUser(db, { agencyId: scope.agencyId });
    await db.roleAssignment.create({ data: { userId: u.id, role, ...scope } });
    return u.id;
  };
  return {
    blocA,
    admin: await user("ADMIN", {}),
    secretaryA: await user("SECRETARY", { blocId: blocA.id }),
    secretaryB: await user("SECRETARY", { blocId: blocB.id }),
    observerA: await user("OBSERVER", { blocId: blocA.id }),
    memberOfficer: await user("AGENCY_OFFICER", { agencyId: agencies[0]!.id }),
    outsiderOfficer: await user("AGENCY_OFFICER", { agencyId: outsider.id }),
  };
}

describe("getBlocYear", () => {
  beforeEach(() => signInAs(null));

  it("gives the bloc's members in Vietnamese order to its secretary", async () => {
    const w = await world();
    signInAs(w.secretaryA);
    const data = await getBlocYear(w.blocA.code, 2026);
    expect(data.members.map((m) => m.name)).toEqual(["Ban Tổ chức Tỉnh ủy", "Báo tỉnh", "Đảng ủy Khối", "Ủy ban Kiểm tra Tỉnh ủy", "Văn phòng Tỉnh ủy"]);
    expect(data.myRoles).toEqual(["SECRETARY"]);
  });

  it.each(["admin", "observerA", "memberOfficer"] as const)("lets %s read the bloc", async (who) => {
    const w = await world();
    signInAs(w[who]);
    await expect(getBlocYear(w.blocA.code, 2026)).resolves.toMatchObject({ year: 2026 });
  });

  it.each(["secretaryB", "outsiderOfficer"] as const)("hides the bloc from %s as not found", async (who) => {
    const w = await world();
    signInAs(w[who]);
    await expect(getBlocYear(w.blocA.code, 2026)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("refuses a signed-out caller", async () => {
    const w = await world();
    await expect(getBlocYear(w.blocA.code, 2026)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  });

  it("is not found for a year the bloc has no cycle or members in", async () => {
    const w = await world();
    signInAs(w.admin);
    await expect(getBlocYear(w.blocA.code, 1999)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
