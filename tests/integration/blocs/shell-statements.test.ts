import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { loadPrincipal } from "@/lib/server/auth/load-principal";
import { getBlocYear } from "@/lib/server/blocs/get-bloc-year";
import { makeAgency, makeBloc, makeCycle, makeMembership, makeUser } from "../../factories";
import { countingClient } from "../setup/counting-client";
import { signInAs } from "../setup/current-user-stub";
import { testDb } from "../setup/db";

// The app's client, swapped for one that counts the SQL statements it sends.
const app = vi.hoisted(() => ({ client: null as unknown }));
vi.mock("@/lib/server/db", () => ({ db: () => app.client }));
vi.mock("@/lib/server/auth/current-user", () => import("../setup/current-user-stub"));

const counting = countingClient();
app.client = counting.client;
afterAll(() => counting.close());

/** What every page, then every page of a bloc's year, reads before its own data. */
describe("the reads of every page: one SQL statement each", () => {
  beforeEach(() => signInAs(null));

  it("the principal, the header's unread count included, which counts only this user's unread notifications", async () => {
    const db = testDb();
    const bloc = await makeBloc(db);
    const agency = await makeAgency(db);
    await makeMembership(db, { blocId: bloc.id, agencyId: agency.id, year: 2026 });
    const user = await makeUser(db, { agencyId: agency.id });
    const other = await makeUser(db);
    await db.roleAssignment.create({ data: { userId: user.id, role: "AGENCY_LEADER", agencyId: agency.id } });
    const session = await db.userSession.create({ data: { userId: user.id } });
    const note = (userId: string, readAt: Date | null) => ({ userId, kind: "SHEET_RETURNED" as const, message: "Bảng điểm bị trả lại", readAt });
    await db.notification.createMany({ data: [note(user.id, null), note(user.id, null), note(user.id, new Date()), note(other.id, null)] });

    const before = counting.statements();
    const principal = await loadPrincipal(user.id, session.id);
    expect(counting.statements() - before).toBe(1);
    expect(principal?.grants.map((g) => [g.role, g.scopeBlocIds])).toEqual([["AGENCY_LEADER", [bloc.id]]]);
    expect(principal?.unreadNotifications).toBe(2);
  });

  it("the bloc's year: the bloc, its cycle and phases, its members and its officers", async () => {
    const db = testDb();
    const bloc = await makeBloc(db);
    const cycle = await makeCycle(db, { blocId: bloc.id, year: 2026 });
    await db.cyclePhase.create({ data: { cycleId: cycle.id, key: "SELF_SCORING", opensOn: new Date("2026-10-01"), closesOn: new Date("2026-11-30") } });
    const agencies = await Promise.all(["Ban Tổ chức Tỉnh ủy", "Văn phòng Tỉnh ủy"].map((name) => makeAgency(db, { name })));
    for (const a of agencies) await makeMembership(db, { blocId: bloc.id, agencyId: a.id, year: 2026 });
    await makeMembership(db, { blocId: bloc.id, agencyId: agencies[0]!.id, year: 2025 });
    await db.officerTerm.create({
      data: { blocId: bloc.id, role: "HEAD", agencyId: agencies[1]!.id, startsOn: new Date("2026-01-01"), endsOn: new Date("2026-12-31"), method: "ROTATION" },
    });
    const user = await makeUser(db);
    await db.roleAssignment.create({ data: { userId: user.id, role: "SECRETARY", blocId: bloc.id } });
    signInAs(user.id);

    const before = counting.statements();
    const year = await getBlocYear(bloc.code, 2026);
    // One for the principal (the stub reads it on each call; a request reads it once), one for the rest.
    expect(counting.statements() - before).toBe(2);
    expect(year.cycle?.id).toBe(cycle.id);
    expect(year.phases.map((p) => p.key)).toEqual(["SELF_SCORING"]);
    expect(year.members.map((m) => m.name)).toEqual(["Ban Tổ chức Tỉnh ủy", "Văn phòng Tỉnh ủy"]);
    expect(year.officers.map((o) => [o.role, o.agencyName])).toEqual([["HEAD", "Văn phòng Tỉnh ủy"]]);
  });
});
