import { beforeEach, describe, expect, it, vi } from "vitest";
import { mergePeople } from "@/lib/server/people/merge-people";
import { signInAs } from "../setup/current-user-stub";
import { auditRows, expectRefused, world, YEAR, type Who, type World } from "./world";

vi.mock("@/lib/server/auth/current-user", () => import("../setup/current-user-stub"));

/** A second record of Phạm Thị Hồng at BTG (as the free-text migration makes), with a past year, a nomination and a role model. */
async function duplicate(w: World) {
  const dup = await w.db.person.create({ data: { name: "Phạm Thị Hồng", agencies: { create: { agencyId: w.btg.id } } } });
  await w.db.personRecord.create({ data: { personId: dup.id, agencyId: w.btg.id, year: 2024, code: "CSTDCS", name: "Chiến sĩ thi đua cơ sở" } });
  const nomination = await w.db.nomination.create({
    data: { cycleId: w.cycleA.id, awardFormId: w.forms.bk.id, target: "INDIVIDUAL", agencyId: w.btg.id, personId: dup.id, personName: "Phạm Thị Hồng" },
  });
  const roleModel = await w.db.roleModel.create({
    data: {
      cycleId: w.cycleA.id,
      agencyId: w.btg.id,
      target: "INDIVIDUAL",
      personId: dup.id,
      personName: "Phạm Thị Hồng",
      achievement: "Điển hình",
      foundOn: new Date(`${YEAR}-02-01T00:00:00Z`),
    },
  });
  return { dup, nomination, roleModel };
}
const merge = (w: World, mergeId: string, step: "check" | "write" = "write") =>
  mergePeople({ blocId: w.blocA.id, year: YEAR, keepId: w.hong.id, mergeId }, step);

const MERGERS: [Who, "ok" | "FORBIDDEN" | "NOT_FOUND"][] = [
  ["SECRETARY", "ok"],
  ["CHAIR", "ok"],
  ["AGENCY_LEADER", "FORBIDDEN"],
  ["AGENCY_OFFICER", "FORBIDDEN"],
  ["ADMIN", "FORBIDDEN"],
  ["COUNCIL", "FORBIDDEN"],
  ["OBSERVER", "FORBIDDEN"],
  ["OTHER_AGENCY_LEADER", "FORBIDDEN"],
  ["OTHER_COUNCIL", "NOT_FOUND"],
  ["OTHER_SECRETARY", "NOT_FOUND"],
  ["OTHER_OFFICER", "NOT_FOUND"],
];

describe("mergePeople", () => {
  beforeEach(() => signInAs(null));

  it.each(MERGERS)("%s → %s", async (who, outcome) => {
    const w = await world();
    const { dup } = await duplicate(w);
    signInAs(w.users[who]);
    if (outcome === "ok") {
      expect(await merge(w, dup.id)).toEqual({ keptId: w.hong.id });
      expect(await w.db.person.count({ where: { id: dup.id } })).toBe(0);
    } else {
      await expectRefused(merge(w, dup.id), outcome);
      expect(await w.db.person.count({ where: { id: dup.id } })).toBe(1);
    }
  });

  it("moves records, periods, nominations and role models to the kept person in one step, drops the same period, audits", async () => {
    const w = await world();
    const { dup, nomination, roleModel } = await duplicate(w);
    await w.db.personAgency.create({
      data: { personId: dup.id, agencyId: w.bdv.id, fromOn: new Date("2005-01-01T00:00:00Z"), toOn: new Date("2009-12-31T00:00:00Z") },
    });
    signInAs(w.users.SECRETARY);
    await expect(merge(w, dup.id, "check")).rejects.toThrow();
    expect(await w.db.person.count({ where: { id: dup.id } })).toBe(1);
    await merge(w, dup.id);
    const kept = await w.db.person.findUniqueOrThrow({
      where: { id: w.hong.id },
      select: {
        birthYear: true,
        version: true,
        records: { select: { year: true, code: true } },
        agencies: { select: { agencyId: true }, orderBy: { fromOn: "asc" } },
      },
    });
    expect(kept).toMatchObject({ birthYear: 1980, version: 2, records: [{ year: 2024, code: "CSTDCS" }] });
    // BTG's undated link was the same on both: kept once. BDV's period came along.
    expect(kept.agencies.map((a) => a.agencyId).sort()).toEqual([w.btg.id, w.bdv.id].sort());
    expect(await w.db.nomination.findUniqueOrThrow({ where: { id: nomination.id } })).toMatchObject({ personId: w.hong.id });
    expect(await w.db.roleModel.findUniqueOrThrow({ where: { id: roleModel.id } })).toMatchObject({ personId: w.hong.id });
    const [audit] = await auditRows(w.db, "Person", w.hong.id);
    expect(audit).toMatchObject({ action: "person.merge", actorId: w.users.SECRETARY, blocId: w.blocA.id });
    expect(audit!.before).toMatchObject({ kept: { name: "Phạm Thị Hồng", birthYear: 1980 }, merged: { id: dup.id } });
    expect(audit!.after).toMatchObject({ moved: { records: 1, periods: 1, nominations: 1, roleModels: 1, decisionItems: 0 }, droppedDuplicatePeriods: 1 });
  });

  it("refuses, writing nothing, when both hold a record of the same year and title", async () => {
    const w = await world();
    const { dup } = await duplicate(w);
    await w.db.personRecord.create({ data: { personId: w.hong.id, agencyId: w.btg.id, year: 2024, code: "CSTDCS", name: "Chiến sĩ thi đua cơ sở" } });
    signInAs(w.users.CHAIR);
    const e = await expectRefused(merge(w, dup.id), "CONFLICT");
    expect(e.message).toContain("cả hai hồ sơ đều ghi năm 2024 “Chiến sĩ thi đua cơ sở”");
    expect(await w.db.person.count({ where: { id: dup.id } })).toBe(1);
    expect(await w.db.personRecord.count({ where: { personId: dup.id } })).toBe(1);
    expect(await w.db.nomination.count({ where: { personId: dup.id } })).toBe(1);
    expect(await auditRows(w.db, "Person", w.hong.id)).toHaveLength(0);
  });

  it("refuses a person of no member agency", async () => {
    const w = await world();
    signInAs(w.users.SECRETARY);
    const stranger = await w.db.person.create({ data: { name: "Người ngoài", agencies: { create: { agencyId: w.outsider.id } } } });
    await expectRefused(merge(w, stranger.id), "NOT_FOUND");
    expect(await w.db.person.count({ where: { id: stranger.id } })).toBe(1);
  });
});
