import { beforeEach, describe, expect, it, vi } from "vitest";
import { AddActivityParticipantInputSchema, SaveBlocActivityInputSchema } from "@/lib/schemas/bloc-activities";
import { addActivityParticipant } from "@/lib/server/activities/add-activity-participant";
import { findBlocActivities } from "@/lib/server/activities/find-bloc-activities";
import { removeActivityParticipant } from "@/lib/server/activities/remove-activity-participant";
import { saveBlocActivity } from "@/lib/server/activities/save-bloc-activity";
import { makeCycle } from "../../factories";
import { auditRows, expectRefused, makeRoleUser, makeStandardUsers, makeTwoBlocs, type Outcome } from "../setup/bloc-world";
import { signInAs } from "../setup/current-user-stub";
import { testDb } from "../setup/db";
import { reusableWorld } from "../setup/reusable-world";

vi.mock("@/lib/server/auth/current-user", () => import("../setup/current-user-stub"));

const YEAR = 2026;

/** Bloc A (2026) with BTG (the own agency) and BDV, a criteria table with C1 (0–5); bloc B with "outsider". */
const world = reusableWorld(async () => {
  const db = testDb();
  const { blocA, blocB, members, outsider } = await makeTwoBlocs(db, { year: YEAR, outsider: "Sở Tư pháp" });
  const [btg, bdv] = members;
  const [cycleA, cycleB] = await Promise.all([makeCycle(db, { blocId: blocA.id, year: YEAR }), makeCycle(db, { blocId: blocB.id, year: YEAR })]);
  await db.criteriaTable.create({
    data: {
      cycleId: cycleA.id,
      version: 1,
      title: "Bảng tiêu chí",
      scale: 100,
      criteria: { create: { code: "C1", name: "Tham gia hội thi", type: "COUNT", order: 1, maxPoints: 5 } },
    },
  });
  const users = {
    ...(await makeStandardUsers(db, { blocA, blocB, agencyA: btg, outsider })),
    OTHER_AGENCY_LEADER: await makeRoleUser(db, "AGENCY_LEADER", { agencyId: bdv.id }),
  };
  return { db, blocA, blocB, btg, bdv, outsider, cycleA, cycleB, users };
});
type World = Awaited<ReturnType<typeof world>>;
type Who = keyof World["users"];

const activityInput = (w: World, over: Record<string, string> = {}) =>
  SaveBlocActivityInputSchema.parse({
    cycleId: w.cycleA.id,
    kind: "CONTEST",
    title: "Hội thi văn hóa công sở",
    organiserId: w.btg.id,
    startsOn: `${YEAR}-05-10`,
    endsOn: `${YEAR}-05-12`,
    description: "Hội thi của khối",
    criterionCode: "C1",
    ...over,
  });

/** An activity organised by `organiser` (BTG unless told), created by the secretary. */
async function anActivity(w: World, organiser = w.btg.id) {
  signInAs(w.users.SECRETARY);
  const { id } = await saveBlocActivity(activityInput(w, { organiserId: organiser }));
  const { id: participantId } = await addActivityParticipant(
    AddActivityParticipantInputSchema.parse({ activityId: id, agencyId: w.bdv.id, prize: "Giải Nhất", points: "3" }),
  );
  return { id, participantId };
}

// The organiser's own people write; the other member's leader, observers and council staff do not.
const WRITE_OUTCOMES: [Who, Outcome][] = [
  ["SECRETARY", "ok"],
  ["CHAIR", "ok"],
  ["AGENCY_LEADER", "ok"],
  ["AGENCY_OFFICER", "ok"],
  ["OTHER_AGENCY_LEADER", "FORBIDDEN"],
  ["OBSERVER", "FORBIDDEN"],
  ["COUNCIL", "FORBIDDEN"],
  ["ADMIN", "FORBIDDEN"],
  ["OTHER_COUNCIL", "NOT_FOUND"],
  ["OTHER_SECRETARY", "NOT_FOUND"],
  ["OTHER_OFFICER", "NOT_FOUND"],
];

describe("saveBlocActivity", () => {
  beforeEach(() => signInAs(null));

  it.each(WRITE_OUTCOMES)("create an activity organised by BTG: %s → %s", async (who, outcome) => {
    const w = await world();
    signInAs(w.users[who]);
    const save = saveBlocActivity(activityInput(w));
    if (outcome !== "ok") {
      await expectRefused(save, outcome);
      expect(await w.db.blocActivity.count()).toBe(0);
      return;
    }
    const { id } = await save;
    const row = await w.db.blocActivity.findUniqueOrThrow({ where: { id } });
    expect([row.title, row.kind, row.criterionCode, row.organiserId]).toEqual(["Hội thi văn hóa công sở", "CONTEST", "C1", w.btg.id]);
    const audit = await auditRows(w.db, "BlocActivity", id);
    expect(audit.map((a) => [a.action, a.actorId, a.blocId])).toEqual([["activity.create", w.users[who], w.blocA.id]]);
  });

  it("an agency's officer cannot record an activity for another agency, nor take over another's", async () => {
    const w = await world();
    signInAs(w.users.AGENCY_OFFICER);
    await expectRefused(saveBlocActivity(activityInput(w, { organiserId: w.bdv.id })), "FORBIDDEN");
    const { id } = await anActivity(w, w.bdv.id);
    signInAs(w.users.AGENCY_OFFICER);
    await expectRefused(saveBlocActivity(activityInput(w, { activityId: id, version: "2", organiserId: w.btg.id })), "FORBIDDEN");
    expect((await w.db.blocActivity.findUniqueOrThrow({ where: { id } })).organiserId).toBe(w.bdv.id);
  });

  it("edits with the version read, audited with before and after; a stale version is a conflict", async () => {
    const w = await world();
    const { id } = await anActivity(w);
    signInAs(w.users.AGENCY_LEADER);
    await saveBlocActivity(activityInput(w, { activityId: id, version: "2", title: "Hội thi văn hóa công sở năm 2026" }));
    await expectRefused(saveBlocActivity(activityInput(w, { activityId: id, version: "2", title: "Khác" })), "CONFLICT");
    const row = await w.db.blocActivity.findUniqueOrThrow({ where: { id } });
    expect([row.title, row.version]).toEqual(["Hội thi văn hóa công sở năm 2026", 3]);
    const update = (await auditRows(w.db, "BlocActivity", id)).find((a) => a.action === "activity.update");
    expect(update?.before).toMatchObject({ title: "Hội thi văn hóa công sở" });
    expect(update?.after).toMatchObject({ title: "Hội thi văn hóa công sở năm 2026" });
  });

  it.each([
    [{ criterionCode: "ZZ" }, "không có tiêu chí mã ZZ"],
    [{ startsOn: "2025-12-31", endsOn: "" }, "phải thuộc năm 2026"],
    [{ endsOn: "2026-05-01" }, "không được trước ngày bắt đầu"],
  ])("refuses %o", async (over, message) => {
    const w = await world();
    signInAs(w.users.SECRETARY);
    const e = await expectRefused(saveBlocActivity(activityInput(w, over)), "INVALID_INPUT");
    expect(e.message).toContain(message);
    expect(await w.db.blocActivity.count()).toBe(0);
  });

  it("an organiser outside the bloc's members is refused", async () => {
    const w = await world();
    signInAs(w.users.SECRETARY);
    await expectRefused(saveBlocActivity(activityInput(w, { organiserId: w.outsider.id })), "INVALID_INPUT");
  });
});

describe("participants", () => {
  beforeEach(() => signInAs(null));

  it.each(WRITE_OUTCOMES)("add and remove a participant of BTG's activity: %s → %s", async (who, outcome) => {
    const w = await world();
    const { id, participantId } = await anActivity(w);
    signInAs(w.users[who]);
    const add = () =>
      addActivityParticipant(AddActivityParticipantInputSchema.parse({ activityId: id, agencyId: w.btg.id, personName: "Nguyễn Văn A", points: "1,5" }));
    const remove = () => removeActivityParticipant({ participantId });
    if (outcome !== "ok") {
      await expectRefused(add(), outcome);
      await expectRefused(remove(), outcome);
      expect(await w.db.blocActivityParticipant.count()).toBe(1);
      return;
    }
    const added = await add();
    await remove();
    const rows = await w.db.blocActivityParticipant.findMany();
    expect(rows.map((r) => [r.id, r.personName, r.points?.toString()])).toEqual([[added.id, "Nguyễn Văn A", "1.5"]]);
    const audit = await auditRows(w.db, "BlocActivityParticipant");
    expect(audit.map((a) => a.action)).toEqual(["activity.participant.add", "activity.participant.add", "activity.participant.remove"]);
  });

  it("a participant outside the bloc's members is refused", async () => {
    const w = await world();
    const { id } = await anActivity(w);
    signInAs(w.users.SECRETARY);
    await expectRefused(addActivityParticipant(AddActivityParticipantInputSchema.parse({ activityId: id, agencyId: w.outsider.id })), "INVALID_INPUT");
  });
});

describe("findBlocActivities", () => {
  beforeEach(() => signInAs(null));

  it.each([
    ["OBSERVER", "ok"],
    ["OTHER_AGENCY_LEADER", "ok"],
    ["COUNCIL", "ok"],
    ["OTHER_SECRETARY", "NOT_FOUND"],
    ["OTHER_OFFICER", "NOT_FOUND"],
    ["OTHER_COUNCIL", "NOT_FOUND"],
  ] as [Who, Outcome][])("every reader of the bloc lists them: %s → %s", async (who, outcome) => {
    const w = await world();
    await anActivity(w);
    signInAs(w.users[who]);
    const read = findBlocActivities(w.blocA.id, YEAR);
    if (outcome !== "ok") return void (await expectRefused(read, outcome));
    const r = await read;
    expect(r.activities.map((a) => [a.title, a.organiser, a.editable, a.participants.map((p) => [p.agency, p.prize, p.points])])).toEqual([
      ["Hội thi văn hóa công sở", "Ban Tuyên giáo Tỉnh ủy", false, [["Ban Dân vận Tỉnh ủy", "Giải Nhất", "3"]]],
    ]);
    expect(r.organisers.map((o) => o.name)).toEqual(who === "OTHER_AGENCY_LEADER" ? ["Ban Dân vận Tỉnh ủy"] : []);
  });

  it("filters by agency (organiser or participant) and tells who may organise what", async () => {
    const w = await world();
    await anActivity(w);
    signInAs(w.users.OTHER_AGENCY_LEADER);
    const { id: other } = await saveBlocActivity(activityInput(w, { organiserId: w.bdv.id, title: "Giải bóng đá", criterionCode: "" }));
    signInAs(w.users.AGENCY_OFFICER);
    const all = await findBlocActivities(w.blocA.id, YEAR);
    expect(all.activities.map((a) => [a.title, a.editable])).toEqual([
      ["Hội thi văn hóa công sở", true],
      ["Giải bóng đá", false],
    ]);
    expect(all.organisers.map((o) => o.name)).toEqual(["Ban Tuyên giáo Tỉnh ủy"]);
    expect(all.criteria).toEqual([{ code: "C1", name: "Tham gia hội thi" }]);
    expect((await findBlocActivities(w.blocA.id, YEAR, w.btg.id)).activities.map((a) => a.title)).toEqual(["Hội thi văn hóa công sở"]);
    expect((await findBlocActivities(w.blocA.id, YEAR, w.bdv.id)).activities.map((a) => a.id).sort()).toEqual([other, all.activities[0].id].sort());
  });
});
