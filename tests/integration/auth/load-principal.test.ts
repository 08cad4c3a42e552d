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

  it("council staff reach their province's blocs and, through any chain of mergers, those of the provinces it absorbed", async () => {
    const db = testDb();
    const province = (code: string, mergedIntoId?: string) =>
      db.province.create({
        data: {
          code: `${code}${Math.random().toString(36).slice(2, 7)}`,
          name: code,
          ...(mergedIntoId ? { mergedIntoId, mergedOn: new Date("2025-07-01") } : {}),
        },
      });
    const ninhBinh = await province("NB");
    const namDinh = await province("ND", ninhBinh.id);
    const older = await province("CU", namDinh.id); // merged into Nam Định earlier still
    const other = await province("CT");
    const [bNb, bNd, bOld, bOther, bCentral] = await Promise.all([
      makeBloc(db, { provinceId: ninhBinh.id }),
      makeBloc(db, { provinceId: namDinh.id }),
      makeBloc(db, { provinceId: older.id }),
      makeBloc(db, { provinceId: other.id }),
      makeBloc(db, { level: "CENTRAL" }),
    ]);
    const staff = await makeUser(db);
    await db.roleAssignment.create({ data: { userId: staff.id, role: "COUNCIL_STAFF", provinceId: ninhBinh.id } });
    const [grant] = (await loadPrincipal(staff.id))!.grants;
    expect(grant?.council).toEqual({ provinceIds: expect.arrayContaining([ninhBinh.id, namDinh.id, older.id]), central: false });
    expect([...(grant?.scopeBlocIds ?? [])].sort()).toEqual([bNb.id, bNd.id, bOld.id].sort());
    expect(grant?.scopeBlocIds).not.toContain(bOther.id);

    const central = await makeUser(db);
    await db.roleAssignment.create({ data: { userId: central.id, role: "COUNCIL_STAFF", provinceId: null } });
    const [centralGrant] = (await loadPrincipal(central.id))!.grants;
    expect(centralGrant).toMatchObject({ council: { provinceIds: [], central: true }, scopeBlocIds: [bCentral.id] });
  });

  it("a role counts only between its start and end days", async () => {
    const db = testDb();
    const bloc = await makeBloc(db);
    const user = await makeUser(db);
    const day = (offset: number) => new Date(Date.now() + offset * 86_400_000);
    await db.roleAssignment.createMany({
      data: [
        { userId: user.id, role: "SECRETARY", blocId: bloc.id, startsOn: day(-10), endsOn: day(10) },
        { userId: user.id, role: "CHAIR", blocId: bloc.id, startsOn: day(5) },
        { userId: user.id, role: "OBSERVER", blocId: bloc.id, endsOn: day(-5) },
      ],
    });
    expect((await loadPrincipal(user.id))?.grants.map((g) => g.role)).toEqual(["SECRETARY"]);
  });

  it("with a session id, refuses a revoked or unknown session at once", async () => {
    const db = testDb();
    const user = await makeUser(db);
    const live = await db.userSession.create({ data: { userId: user.id } });
    const revoked = await db.userSession.create({ data: { userId: user.id, revokedAt: new Date() } });
    expect((await loadPrincipal(user.id, live.id))?.sessionId).toBe(live.id);
    expect(await loadPrincipal(user.id, revoked.id)).toBeNull();
    expect(await loadPrincipal(user.id, "khong-co")).toBeNull();
  });
});
