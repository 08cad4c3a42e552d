import { describe, expect, it } from "vitest";
import { loadPrincipal } from "@/lib/server/auth/load-principal";
import { makeAgency, makeBloc, makeMembership, makeUser } from "../../factories";
import { testDb } from "../setup/db";

describe("loadPrincipal", () => {
  it("reads roles fresh: a revoked role stops working at once", async () => {
    const db = testDb();
    const bloc = await makeBloc(db);
    const user = await makeUser(db);
    const role = await db.roleAssignment.create({ data: { userId: user.id, role: "SECRETARY", blocId: bloc.id } });
    expect((await loadPrincipal(user.id))?.grants.map((g) => g.role)).toEqual(["SECRETARY"]);
    await db.roleAssignment.delete({ where: { id: role.id } });
    expect((await loadPrincipal(user.id))?.grants).toEqual([]);
  });

  it("resolves the blocs an agency role reaches from the agency's memberships", async () => {
    const db = testDb();
    const [b1, b2, b3] = await Promise.all([makeBloc(db), makeBloc(db), makeBloc(db)]);
    const agency = await makeAgency(db);
    await makeMembership(db, { blocId: b1.id, agencyId: agency.id, year: 2025 });
    await makeMembership(db, { blocId: b1.id, agencyId: agency.id, year: 2026 });
    await makeMembership(db, { blocId: b2.id, agencyId: agency.id, year: 2026 });
    const user = await makeUser(db, { agencyId: agency.id });
    await db.roleAssignment.create({ data: { userId: user.id, role: "AGENCY_OFFICER", agencyId: agency.id } });
    const principal = await loadPrincipal(user.id);
    expect(principal?.grants[0]?.scopeBlocIds.slice().sort()).toEqual([b1.id, b2.id].sort());
    expect(principal?.grants[0]?.scopeBlocIds).not.toContain(b3.id);
  });

  it("returns null for a deactivated or unknown user", async () => {
    const user = await makeUser(testDb(), { isActive: false });
    expect(await loadPrincipal(user.id)).toBeNull();
    expect(await loadPrincipal("khong-ton-tai")).toBeNull();
  });
});
