import { beforeEach, describe, expect, it, vi } from "vitest";
import { saveNomination } from "@/lib/server/awards/save-nomination";
import { advanceRoleModel } from "@/lib/server/role-models/advance-role-model";
import { createRoleModel } from "@/lib/server/role-models/create-role-model";
import { findRoleModels } from "@/lib/server/role-models/find-role-models";
import { getRoleModelNominee } from "@/lib/server/role-models/get-role-model-nominee";
import type { RoleModelStage } from "@/lib/domain/role-models/stages";
import { signInAs } from "../setup/current-user-stub";
import { auditRows, expectRefused, world, YEAR, type Who, type World } from "../people/world";

vi.mock("@/lib/server/auth/current-user", () => import("../setup/current-user-stub"));

const d = (s: string) => new Date(`${s}T00:00:00Z`);
const pdf = () => new File([new TextEncoder().encode("%PDF-1.4\n% minh chung\n")], "minh-chung.pdf", { type: "application/pdf" });

const create = (w: World, agencyId = w.btg.id, extra: Partial<Parameters<typeof createRoleModel>[0]> = {}) =>
  createRoleModel({
    cycleId: w.cycleA.id,
    agencyId,
    target: "COLLECTIVE",
    collectiveName: "Chi đoàn Ban",
    personId: null,
    personName: null,
    achievement: "Mô hình “Dân vận khéo” lan tỏa",
    foundOn: d(`${YEAR}-02-01`),
    files: [],
    ...extra,
  });

/** A role model of BTG at `stage`, written straight to the database. */
async function seeded(w: World, stage: RoleModelStage = "FOUND") {
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
    },
  });
}
const advance = (id: string, version: number, to: RoleModelStage, on: string, files: File[] = []) =>
  advanceRoleModel({ roleModelId: id, version, to, on: d(on), files });

// Writes on BTG's role models: BTG's leader and officer, bloc A's secretary and chair.
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

describe("createRoleModel", () => {
  beforeEach(() => signInAs(null));

  it.each(WRITERS)("%s → %s", async (who, outcome) => {
    const w = await world();
    signInAs(w.users[who]);
    if (outcome === "ok") {
      const { id } = await create(w);
      expect(await w.db.roleModel.findUniqueOrThrow({ where: { id } })).toMatchObject({ stage: "FOUND", agencyId: w.btg.id, foundOn: d(`${YEAR}-02-01`) });
    } else {
      await expectRefused(create(w), outcome);
      expect(await w.db.roleModel.count()).toBe(0);
    }
  });

  it("an individual names a person of the agency, evidence is stored, and the creation is audited", async () => {
    const w = await world();
    signInAs(w.users.AGENCY_OFFICER);
    const { id } = await create(w, w.btg.id, { target: "INDIVIDUAL", collectiveName: null, personId: w.hong.id, files: [pdf()] });
    const row = await w.db.roleModel.findUniqueOrThrow({ where: { id }, include: { files: true } });
    expect(row).toMatchObject({ target: "INDIVIDUAL", personId: w.hong.id, personName: "Phạm Thị Hồng", collectiveName: null });
    expect(row.files.map((f) => f.originalName)).toEqual(["minh-chung.pdf"]);
    const [audit] = await auditRows(w.db, "RoleModel", id);
    expect(audit).toMatchObject({ action: "rolemodel.create", actorId: w.users.AGENCY_OFFICER, blocId: w.blocA.id });
    expect(audit!.after).toMatchObject({ stage: "FOUND", personName: "Phạm Thị Hồng", files: ["minh-chung.pdf"] });
  });

  it("refuses a found day outside the year and an individual without a name", async () => {
    const w = await world();
    signInAs(w.users.SECRETARY);
    const e = await expectRefused(create(w, w.btg.id, { foundOn: d(`${YEAR - 1}-12-31`) }), "INVALID_INPUT");
    expect(e.fieldErrors?.foundOn).toEqual([`Vui lòng chọn ngày trong năm ${YEAR}.`]);
    await expectRefused(create(w, w.btg.id, { target: "INDIVIDUAL", collectiveName: null }), "INVALID_INPUT");
    expect(await w.db.roleModel.count()).toBe(0);
  });
});

describe("advanceRoleModel", () => {
  beforeEach(() => signInAs(null));

  it.each(WRITERS)("%s → %s", async (who, outcome) => {
    const w = await world();
    const rm = await seeded(w);
    signInAs(w.users[who]);
    if (outcome === "ok") {
      expect(await advance(rm.id, 1, "FOSTERED", `${YEAR}-03-01`)).toEqual({ version: 2 });
    } else {
      await expectRefused(advance(rm.id, 1, "FOSTERED", `${YEAR}-03-01`), outcome);
      expect(await w.db.roleModel.findUniqueOrThrow({ where: { id: rm.id } })).toMatchObject({ stage: "FOUND", version: 1 });
    }
  });

  it("goes through the four stages in order, each with its day and evidence, each audited", async () => {
    const w = await world();
    const rm = await seeded(w);
    signInAs(w.users.AGENCY_LEADER);
    await advance(rm.id, 1, "FOSTERED", `${YEAR}-03-01`);
    await advance(rm.id, 2, "REVIEWED", `${YEAR}-08-15`);
    await advance(rm.id, 3, "REPLICATED", `${YEAR}-11-20`, [pdf()]);
    const row = await w.db.roleModel.findUniqueOrThrow({ where: { id: rm.id }, include: { files: true } });
    expect(row).toMatchObject({ stage: "REPLICATED", fosteredOn: d(`${YEAR}-03-01`), reviewedOn: d(`${YEAR}-08-15`), replicatedOn: d(`${YEAR}-11-20`) });
    expect(row.files).toHaveLength(1);
    const audits = await auditRows(w.db, "RoleModel", rm.id);
    expect(audits.map((a) => [a.action, (a.before as { stage: string }).stage, (a.after as { stage: string }).stage])).toEqual([
      ["rolemodel.advance", "FOUND", "FOSTERED"],
      ["rolemodel.advance", "FOSTERED", "REVIEWED"],
      ["rolemodel.advance", "REVIEWED", "REPLICATED"],
    ]);
  });

  it("refuses skipping, going back, a day before the last stage and a stale version, writing nothing", async () => {
    const w = await world();
    const rm = await seeded(w, "FOSTERED");
    signInAs(w.users.CHAIR);
    expect((await expectRefused(advance(rm.id, 1, "REPLICATED", `${YEAR}-10-01`), "INVALID_INPUT")).message).toContain("bỏ qua khâu");
    expect((await expectRefused(advance(rm.id, 1, "FOSTERED", `${YEAR}-10-01`), "CONFLICT")).message).toContain("quay lại");
    expect((await expectRefused(advance(rm.id, 1, "REVIEWED", `${YEAR}-03-31`), "INVALID_INPUT")).fieldErrors?.on?.[0]).toContain("01/04/2026");
    await expectRefused(advance(rm.id, 7, "REVIEWED", `${YEAR}-10-01`), "CONFLICT");
    expect(await w.db.roleModel.findUniqueOrThrow({ where: { id: rm.id } })).toMatchObject({ stage: "FOSTERED", version: 1, reviewedOn: null });
    expect(await auditRows(w.db, "RoleModel", rm.id)).toHaveLength(0);
  });

  it("the check step writes nothing", async () => {
    const w = await world();
    const rm = await seeded(w);
    signInAs(w.users.AGENCY_OFFICER);
    await expect(advanceRoleModel({ roleModelId: rm.id, version: 1, to: "FOSTERED", on: d(`${YEAR}-03-01`), files: [] }, "check")).rejects.toThrow();
    expect(await w.db.roleModel.findUniqueOrThrow({ where: { id: rm.id } })).toMatchObject({ stage: "FOUND", version: 1 });
  });
});

describe("findRoleModels", () => {
  beforeEach(() => signInAs(null));

  const READERS: [Who, "ok" | "FORBIDDEN" | "NOT_FOUND"][] = [
    ["SECRETARY", "ok"],
    ["CHAIR", "ok"],
    ["AGENCY_LEADER", "ok"],
    ["AGENCY_OFFICER", "ok"],
    ["ADMIN", "ok"],
    ["COUNCIL", "ok"],
    ["OTHER_AGENCY_LEADER", "ok"],
    ["OBSERVER", "FORBIDDEN"],
    ["OTHER_COUNCIL", "NOT_FOUND"],
    ["OTHER_SECRETARY", "NOT_FOUND"],
    ["OTHER_OFFICER", "NOT_FOUND"],
  ];
  it.each(READERS)("%s → %s", async (who, outcome) => {
    const w = await world();
    await seeded(w, "REPLICATED");
    signInAs(w.users[who]);
    if (outcome === "ok") expect((await findRoleModels(w.blocA.id, YEAR)).entries).toHaveLength(1);
    else await expectRefused(findRoleModels(w.blocA.id, YEAR), outcome);
  });

  it("filters by agency and stage; only the own agency's replicated entries can be nominated", async () => {
    const w = await world();
    const found = await seeded(w, "FOUND");
    const done = await seeded(w, "REPLICATED");
    signInAs(w.users.AGENCY_OFFICER);
    const all = await findRoleModels(w.blocA.id, YEAR);
    expect(all.entries.map((e) => [e.id, e.canAdvance, e.canNominate])).toEqual(
      expect.arrayContaining([
        [found.id, true, false],
        [done.id, false, true],
      ]),
    );
    expect((await findRoleModels(w.blocA.id, YEAR, { stage: "REPLICATED" })).entries.map((e) => e.id)).toEqual([done.id]);
    expect((await findRoleModels(w.blocA.id, YEAR, { agencyId: w.bdv.id })).entries).toEqual([]);
    signInAs(w.users.OTHER_AGENCY_LEADER);
    expect((await findRoleModels(w.blocA.id, YEAR)).entries.every((e) => !e.canAdvance && !e.canNominate)).toBe(true);
  });
});

describe("proposing from the register", () => {
  beforeEach(() => signInAs(null));

  const nominate = (w: World, roleModelId: string) =>
    saveNomination({
      cycleId: w.cycleA.id,
      nominationId: null,
      version: 0,
      agencyId: w.btg.id,
      awardFormId: w.forms.ttldxs.id,
      collectiveName: "Chi đoàn Ban",
      personId: null,
      personName: null,
      personPosition: null,
      personDiscipline: null,
      achievements: "Mô hình “Dân vận khéo”",
      roleModelId,
    });

  it("a replicated role model prefills a nomination, which saveNomination links to it", async () => {
    const w = await world();
    const rm = await seeded(w, "REPLICATED");
    signInAs(w.users.AGENCY_OFFICER);
    expect(await getRoleModelNominee(w.blocA.id, YEAR, rm.id)).toMatchObject({ roleModelId: rm.id, agencyId: w.btg.id, collectiveName: "Chi đoàn Ban" });
    const { id } = await nominate(w, rm.id);
    expect(await w.db.nomination.findUniqueOrThrow({ where: { id } })).toMatchObject({ roleModelId: rm.id, status: "DRAFT" });
    const [audit] = await auditRows(w.db, "Nomination", id);
    expect(audit!.after).toMatchObject({ roleModelId: rm.id });
    expect((await findRoleModels(w.blocA.id, YEAR)).entries[0]!.nominations).toEqual([{ id, awardFormName: "Tập thể lao động xuất sắc", status: "DRAFT" }]);
  });

  it("a role model not yet replicated is neither prefilled nor linked", async () => {
    const w = await world();
    const rm = await seeded(w, "REVIEWED");
    signInAs(w.users.AGENCY_OFFICER);
    await expectRefused(getRoleModelNominee(w.blocA.id, YEAR, rm.id), "NOT_FOUND");
    expect((await expectRefused(nominate(w, rm.id), "INVALID_INPUT")).message).toContain("Nhân rộng");
    expect(await w.db.nomination.count()).toBe(0);
  });

  it.each<[Who, "ok" | "NOT_FOUND"]>([
    ["AGENCY_OFFICER", "ok"],
    ["AGENCY_LEADER", "ok"],
    ["SECRETARY", "NOT_FOUND"],
    ["CHAIR", "NOT_FOUND"],
    ["COUNCIL", "NOT_FOUND"],
    ["OTHER_AGENCY_LEADER", "NOT_FOUND"],
    ["OTHER_SECRETARY", "NOT_FOUND"],
  ])("the prefill for %s → %s", async (who, outcome) => {
    const w = await world();
    const rm = await seeded(w, "REPLICATED");
    signInAs(w.users[who]);
    if (outcome === "ok") expect((await getRoleModelNominee(w.blocA.id, YEAR, rm.id)).roleModelId).toBe(rm.id);
    else await expectRefused(getRoleModelNominee(w.blocA.id, YEAR, rm.id), outcome);
  });
});
