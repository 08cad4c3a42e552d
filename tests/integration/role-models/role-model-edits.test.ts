import { beforeEach, describe, expect, it, vi } from "vitest";
import type { RoleModelStage } from "@/lib/domain/role-models/stages";
import { editRoleModel } from "@/lib/server/role-models/edit-role-model";
import { findRoleModels } from "@/lib/server/role-models/find-role-models";
import { removeRoleModel } from "@/lib/server/role-models/remove-role-model";
import { signInAs } from "../setup/current-user-stub";
import { auditRows, expectRefused, world, YEAR, type Who, type World } from "../people/world";

vi.mock("@/lib/server/auth/current-user", () => import("../setup/current-user-stub"));

const d = (s: string) => new Date(`${s}T00:00:00Z`);

/** A role model of BTG at `stage`, with one evidence file, written straight to the database. */
async function seeded(w: World, stage: RoleModelStage = "FOSTERED") {
  const at = ["FOUND", "FOSTERED", "REVIEWED", "REPLICATED"].indexOf(stage);
  return w.db.roleModel.create({
    data: {
      cycleId: w.cycleA.id,
      agencyId: w.btg.id,
      target: "COLLECTIVE",
      collectiveName: "Chi đoàn Ban",
      achievement: "Mô hình “Dân vận khéo”",
      stage,
      foundOn: d(`${YEAR}-02-01`),
      fosteredOn: at >= 1 ? d(`${YEAR}-04-01`) : null,
      reviewedOn: at >= 2 ? d(`${YEAR}-09-01`) : null,
      replicatedOn: at >= 3 ? d(`${YEAR}-10-01`) : null,
      files: {
        create: {
          blocId: w.blocA.id,
          originalName: "minh-chung.pdf",
          mimeType: "application/pdf",
          sizeBytes: 3,
          sha256: "x",
          storageKey: `rm-${Math.random()}`,
          content: { create: { bytes: new Uint8Array([1, 2, 3]) } },
        },
      },
    },
  });
}

type EditInput = Parameters<typeof editRoleModel>[0];
const edit = (id: string, version: number, w: World, over: Partial<EditInput> = {}) =>
  editRoleModel({
    roleModelId: id,
    version,
    agencyId: w.btg.id,
    target: "COLLECTIVE",
    collectiveName: "Chi đoàn Ban Dân vận",
    personId: null,
    personName: null,
    achievement: "Mô hình “Dân vận khéo” lan tỏa toàn tỉnh",
    foundOn: d(`${YEAR}-01-20`),
    fosteredOn: d(`${YEAR}-03-15`),
    reviewedOn: null,
    replicatedOn: null,
    ...over,
  });

const nominate = (w: World, roleModelId: string) =>
  w.db.nomination.create({ data: { cycleId: w.cycleA.id, awardFormId: w.forms.ttldxs.id, target: "COLLECTIVE", agencyId: w.btg.id, roleModelId } });

// The same people as creating: BTG's leader and officer, bloc A's secretary and chair.
const WRITERS: [Who, "ok" | "FORBIDDEN" | "NOT_FOUND"][] = [
  ["SECRETARY", "ok"],
  ["CHAIR", "ok"],
  ["AGENCY_LEADER", "ok"],
  ["AGENCY_OFFICER", "ok"],
  ["ADMIN", "FORBIDDEN"],
  ["COUNCIL", "FORBIDDEN"],
  ["OBSERVER", "FORBIDDEN"],
  ["OTHER_AGENCY_LEADER", "FORBIDDEN"],
  ["OTHER_COUNCIL", "NOT_FOUND"],
  ["OTHER_SECRETARY", "NOT_FOUND"],
  ["OTHER_OFFICER", "NOT_FOUND"],
];

describe("editRoleModel", () => {
  beforeEach(() => signInAs(null));

  it.each(WRITERS)("%s → %s", async (who, outcome) => {
    const w = await world();
    const rm = await seeded(w);
    signInAs(w.users[who]);
    if (outcome === "ok") {
      expect(await edit(rm.id, 1, w)).toEqual({ version: 2 });
      expect(await w.db.roleModel.findUniqueOrThrow({ where: { id: rm.id } })).toMatchObject({
        collectiveName: "Chi đoàn Ban Dân vận",
        foundOn: d(`${YEAR}-01-20`),
        fosteredOn: d(`${YEAR}-03-15`),
        stage: "FOSTERED",
        version: 2,
      });
    } else {
      await expectRefused(edit(rm.id, 1, w), outcome);
      expect(await w.db.roleModel.findUniqueOrThrow({ where: { id: rm.id } })).toMatchObject({ collectiveName: "Chi đoàn Ban", version: 1 });
    }
  });

  it("audits the change with before and after; the entry becomes a person of the agency", async () => {
    const w = await world();
    const rm = await seeded(w);
    signInAs(w.users.AGENCY_OFFICER);
    await edit(rm.id, 1, w, { target: "INDIVIDUAL", collectiveName: null, personId: w.hong.id });
    expect(await w.db.roleModel.findUniqueOrThrow({ where: { id: rm.id } })).toMatchObject({
      target: "INDIVIDUAL",
      personId: w.hong.id,
      personName: "Phạm Thị Hồng",
      collectiveName: null,
    });
    const [audit] = await auditRows(w.db, "RoleModel", rm.id);
    expect(audit).toMatchObject({ action: "rolemodel.edit", actorId: w.users.AGENCY_OFFICER, blocId: w.blocA.id });
    expect(audit!.before).toMatchObject({ target: "COLLECTIVE", collectiveName: "Chi đoàn Ban", version: 1 });
    expect(audit!.after).toMatchObject({ target: "INDIVIDUAL", personName: "Phạm Thị Hồng", version: 2 });
  });

  it("moves an entry to another member for the secretary, not for BTG's leader, never outside the bloc", async () => {
    const w = await world();
    const rm = await seeded(w);
    signInAs(w.users.AGENCY_LEADER);
    await expectRefused(edit(rm.id, 1, w, { agencyId: w.bdv.id }), "FORBIDDEN");
    signInAs(w.users.SECRETARY);
    const e = await expectRefused(edit(rm.id, 1, w, { agencyId: w.outsider.id }), "INVALID_INPUT");
    expect(e.fieldErrors?.agencyId).toEqual(["Cơ quan được chọn không thuộc khối trong năm này."]);
    expect(await w.db.roleModel.findUniqueOrThrow({ where: { id: rm.id } })).toMatchObject({ agencyId: w.btg.id, version: 1 });
    await edit(rm.id, 1, w, { agencyId: w.bdv.id });
    expect(await w.db.roleModel.findUniqueOrThrow({ where: { id: rm.id } })).toMatchObject({ agencyId: w.bdv.id, version: 2 });
  });

  it.each<[string, Partial<EditInput>, string, string]>([
    ["a day after today", { fosteredOn: d("2099-01-01") }, "fosteredOn", "không được sau hôm nay"],
    ["days out of order", { fosteredOn: d(`${YEAR}-01-10`) }, "fosteredOn", "không được trước ngày phát hiện (20/01/2026)"],
    ["a found day outside the year", { foundOn: d(`${YEAR - 1}-12-01`), fosteredOn: d(`${YEAR}-03-01`) }, "foundOn", `trong năm ${YEAR}`],
    ["a day for a stage not reached", { reviewedOn: d(`${YEAR}-05-01`) }, "reviewedOn", "chưa đạt"],
    ["a reached stage without its day", { fosteredOn: null }, "fosteredOn", "Vui lòng chọn ngày bồi dưỡng."],
    ["an individual without a name", { target: "INDIVIDUAL", collectiveName: null }, "personName", "họ tên"],
  ])("refuses %s and writes nothing", async (_name, over, field, words) => {
    const w = await world();
    const rm = await seeded(w);
    signInAs(w.users.CHAIR);
    const e = await expectRefused(edit(rm.id, 1, w, over), "INVALID_INPUT");
    expect(e.fieldErrors?.[field]?.[0]).toContain(words);
    expect(await w.db.roleModel.findUniqueOrThrow({ where: { id: rm.id } })).toMatchObject({ version: 1, fosteredOn: d(`${YEAR}-04-01`) });
    expect(await auditRows(w.db, "RoleModel", rm.id)).toHaveLength(0);
  });

  it("refuses a stale version, and a change of agency or kind once a nomination was made from it", async () => {
    const w = await world();
    const rm = await seeded(w, "REPLICATED");
    signInAs(w.users.SECRETARY);
    const days = { fosteredOn: d(`${YEAR}-04-01`), reviewedOn: d(`${YEAR}-09-01`), replicatedOn: d(`${YEAR}-10-01`) };
    await expectRefused(edit(rm.id, 5, w, days), "CONFLICT");
    await nominate(w, rm.id);
    const e = await expectRefused(edit(rm.id, 1, w, { ...days, agencyId: w.bdv.id, target: "INDIVIDUAL", personName: "Lê Văn C" }), "INVALID_INPUT");
    expect(Object.keys(e.fieldErrors ?? {}).sort()).toEqual(["agencyId", "target"]);
    expect(await auditRows(w.db, "RoleModel", rm.id)).toHaveLength(0);
    // The achievement and days can still be corrected.
    expect(await edit(rm.id, 1, w, days)).toEqual({ version: 2 });
  });
});

describe("removeRoleModel", () => {
  beforeEach(() => signInAs(null));

  it.each(WRITERS)("%s → %s", async (who, outcome) => {
    const w = await world();
    const rm = await seeded(w);
    signInAs(w.users[who]);
    if (outcome === "ok") {
      expect(await removeRoleModel({ roleModelId: rm.id, version: 1 })).toEqual({ removed: true });
      expect(await w.db.roleModel.count({ where: { id: rm.id } })).toBe(0);
    } else {
      await expectRefused(removeRoleModel({ roleModelId: rm.id, version: 1 }), outcome);
      expect(await w.db.roleModel.count({ where: { id: rm.id } })).toBe(1);
    }
  });

  it("removes the evidence with the entry and audits what was removed; the check step writes nothing", async () => {
    const w = await world();
    const rm = await seeded(w);
    signInAs(w.users.AGENCY_LEADER);
    await expect(removeRoleModel({ roleModelId: rm.id, version: 1 }, "check")).rejects.toThrow();
    expect(await w.db.roleModel.count({ where: { id: rm.id } })).toBe(1);
    await removeRoleModel({ roleModelId: rm.id, version: 1 });
    expect(await w.db.storedFile.count({ where: { originalName: "minh-chung.pdf" } })).toBe(0);
    expect(await w.db.storedFileContent.count()).toBe(0);
    const [audit] = await auditRows(w.db, "RoleModel", rm.id);
    expect(audit).toMatchObject({ action: "rolemodel.remove", actorId: w.users.AGENCY_LEADER, after: null });
    expect(audit!.before).toMatchObject({ collectiveName: "Chi đoàn Ban", stage: "FOSTERED", files: ["minh-chung.pdf"] });
  });

  it("refuses, with the reason, an entry a nomination was made from, and a stale version", async () => {
    const w = await world();
    const rm = await seeded(w, "REPLICATED");
    signInAs(w.users.SECRETARY);
    await expectRefused(removeRoleModel({ roleModelId: rm.id, version: 2 }), "CONFLICT");
    await nominate(w, rm.id);
    const e = await expectRefused(removeRoleModel({ roleModelId: rm.id, version: 1 }, "check"), "CONFLICT");
    expect(e.message).toContain("đã có 1 đề nghị khen thưởng");
    await expectRefused(removeRoleModel({ roleModelId: rm.id, version: 1 }), "CONFLICT");
    expect(await w.db.roleModel.count({ where: { id: rm.id } })).toBe(1);
    expect(await auditRows(w.db, "RoleModel", rm.id)).toHaveLength(0);
    expect((await findRoleModels(w.blocA.id, YEAR)).entries.map((x) => [x.canEdit, x.canRemove])).toEqual([[true, false]]);
  });
});
