import { beforeEach, describe, expect, it, vi } from "vitest";
import { activityResultDocument } from "@/lib/documents/activity-docx";
import { activityFilesFormFields, AttachActivityFilesInputSchema } from "@/lib/schemas/bloc-activities";
import { attachActivityFiles } from "@/lib/server/activities/attach-activity-files";
import { findBlocActivities } from "@/lib/server/activities/find-bloc-activities";
import { getActivityDocument } from "@/lib/server/activities/get-activity-document";
import { removeActivityFile } from "@/lib/server/activities/remove-activity-file";
import { getFile } from "@/lib/server/files/get-file";
import { makeCycle } from "../../factories";
import { auditRows, expectRefused, makeRoleUser, makeStandardUsers, makeTwoBlocs, type Outcome } from "../setup/bloc-world";
import { signInAs } from "../setup/current-user-stub";
import { testDb } from "../setup/db";
import { reusableWorld } from "../setup/reusable-world";

vi.mock("@/lib/server/auth/current-user", () => import("../setup/current-user-stub"));

const YEAR = 2026;
const pdf = (name = "ke-hoach.pdf") => new File([Buffer.from("%PDF-1.7\n% kế hoạch\n")], name, { type: "application/pdf" });
const exe = () => new File([Buffer.from("MZ\x90\x00 not a pdf")], "anh.pdf", { type: "application/pdf" });

/** Bloc A (2026) with BTG (the own agency) and BDV; a contest organised by BTG, BDV and BTG taking part; bloc B with "outsider". */
const world = reusableWorld(async () => {
  const db = testDb();
  const { blocA, blocB, members, outsider } = await makeTwoBlocs(db, { year: YEAR, outsider: "Sở Tư pháp" });
  const [btg, bdv] = members;
  const cycle = await makeCycle(db, { blocId: blocA.id, year: YEAR });
  await db.criteriaTable.create({
    data: {
      cycleId: cycle.id,
      version: 1,
      title: "Bảng tiêu chí",
      scale: 100,
      criteria: { create: { code: "C1", name: "Tham gia hội thi", type: "COUNT", order: 1, maxPoints: 5 } },
    },
  });
  const activity = await db.blocActivity.create({
    data: {
      cycleId: cycle.id,
      kind: "CONTEST",
      title: "Hội thi văn hóa công sở",
      organiserId: btg.id,
      startsOn: new Date(`${YEAR}-05-10T00:00:00Z`),
      criterionCode: "C1",
      participants: {
        create: [
          { agencyId: btg.id, result: "Khá", prize: "Giải Ba", points: 1 },
          { agencyId: bdv.id, result: "Xuất sắc", prize: "Giải Nhất", points: 3 },
          { agencyId: bdv.id, personName: "Nguyễn Văn An", result: "Tốt", prize: null, points: null },
        ],
      },
    },
  });
  const users = {
    ...(await makeStandardUsers(db, { blocA, blocB, agencyA: btg, outsider })),
    OTHER_AGENCY_LEADER: await makeRoleUser(db, "AGENCY_LEADER", { agencyId: bdv.id }),
  };
  return { db, blocA, blocB, btg, bdv, outsider, cycle, activity, users };
});
type World = Awaited<ReturnType<typeof world>>;
type Who = keyof World["users"];

const attachInput = (w: World, files: File[]) => {
  const form = new FormData();
  form.set("activityId", w.activity.id);
  for (const f of files) form.append("files", f);
  return AttachActivityFilesInputSchema.parse(activityFilesFormFields(form));
};

// The organiser's own people and the bloc's secretary and chair write; every other reader of the bloc does not.
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

describe("activity files", () => {
  beforeEach(() => signInAs(null));

  it.each(WRITE_OUTCOMES)("attach and remove a file of BTG's contest: %s → %s", async (who, outcome) => {
    const w = await world();
    signInAs(w.users.SECRETARY);
    const { names } = await attachActivityFiles(attachInput(w, [pdf("thong-bao.pdf")]));
    const first = await w.db.storedFile.findFirstOrThrow({ where: { activityId: w.activity.id } });
    signInAs(w.users[who]);
    if (outcome !== "ok") {
      await expectRefused(attachActivityFiles(attachInput(w, [pdf()])), outcome);
      await expectRefused(removeActivityFile({ fileId: first.id }), outcome);
      expect(await w.db.storedFile.count({ where: { activityId: w.activity.id } })).toBe(1);
      return;
    }
    const added = await attachActivityFiles(attachInput(w, [pdf(), pdf("anh.pdf")]));
    expect(added.names).toHaveLength(2);
    await removeActivityFile({ fileId: first.id });
    const left = await w.db.storedFile.findMany({ where: { activityId: w.activity.id }, include: { content: true } });
    expect(left).toHaveLength(2);
    expect(left.every((f) => f.blocId === w.blocA.id && f.content?.bytes.byteLength === f.sizeBytes)).toBe(true);
    expect(await w.db.storedFileContent.count({ where: { storageKey: first.storageKey } })).toBe(0);
    const audit = await auditRows(w.db, "BlocActivity", w.activity.id);
    expect(audit.map((a) => [a.action, a.actorId])).toEqual([
      ["activity.file.add", w.users.SECRETARY],
      ["activity.file.add", w.users[who]],
      ["activity.file.remove", w.users[who]],
    ]);
    expect(audit[2]!.before).toMatchObject({ files: names });
  });

  it("refuses a file that is not a PDF, JPEG or PNG, or none at all, and stores nothing", async () => {
    const w = await world();
    signInAs(w.users.AGENCY_OFFICER);
    const e = await expectRefused(attachActivityFiles(attachInput(w, [pdf(), exe()])), "INVALID_INPUT");
    expect(e.message).toContain("Chỉ nhận tệp PDF, JPEG hoặc PNG");
    expect(await w.db.storedFile.count()).toBe(0);
    expect(await w.db.auditLog.count({ where: { action: "activity.file.add" } })).toBe(0);
    const empty = AttachActivityFilesInputSchema.safeParse(activityFilesFormFields(new FormData()));
    expect(empty.success).toBe(false);
  });

  it("a file of another record is not removed through an activity, and check step writes nothing", async () => {
    const w = await world();
    signInAs(w.users.SECRETARY);
    await attachActivityFiles(attachInput(w, [pdf()]));
    const file = await w.db.storedFile.findFirstOrThrow();
    await expect(removeActivityFile({ fileId: file.id }, "check")).rejects.toThrow("Checks passed");
    expect(await w.db.storedFile.count()).toBe(1);
    await w.db.storedFile.update({ where: { id: file.id }, data: { activityId: null } });
    await expectRefused(removeActivityFile({ fileId: file.id }), "NOT_FOUND");
  });

  it("every reader of the bloc lists and downloads them; another bloc's users do not", async () => {
    const w = await world();
    signInAs(w.users.AGENCY_OFFICER);
    await attachActivityFiles(attachInput(w, [pdf("ke-hoach.pdf")]));
    const file = await w.db.storedFile.findFirstOrThrow();
    for (const who of ["OBSERVER", "OTHER_AGENCY_LEADER", "COUNCIL"] as const) {
      signInAs(w.users[who]);
      expect((await findBlocActivities(w.blocA.id, YEAR)).activities[0]!.files).toEqual([{ id: file.id, name: file.originalName }]);
      expect((await getFile(file.id)).name).toBe(file.originalName);
    }
    signInAs(w.users.OTHER_SECRETARY);
    await expectRefused(getFile(file.id), "NOT_FOUND");
  });
});

describe("getActivityDocument", () => {
  beforeEach(() => signInAs(null));

  it.each([
    ["OBSERVER", "ok"],
    ["OTHER_AGENCY_LEADER", "ok"],
    ["AGENCY_OFFICER", "ok"],
    ["ADMIN", "ok"],
    ["OTHER_SECRETARY", "NOT_FOUND"],
    ["OTHER_COUNCIL", "NOT_FOUND"],
  ] as [Who, Outcome][])("every reader of the bloc: %s → %s", async (who, outcome) => {
    const w = await world();
    signInAs(w.users[who]);
    const read = getActivityDocument(w.blocA.id, YEAR, w.activity.id);
    if (outcome !== "ok") return void (await expectRefused(read, outcome));
    const data = await read;
    expect(data).toMatchObject({ title: "Hội thi văn hóa công sở", organiser: "Ban Tuyên giáo Tỉnh ủy", criterion: { code: "C1", name: "Tham gia hội thi" } });
    // The notice lists the most points first, rows without points last.
    const table = activityResultDocument(data).blocks.find((b) => b.kind === "table");
    expect(table?.kind === "table" && table.rows.map((r) => [r[1], r[2], r[5]])).toEqual([
      ["Ban Dân vận Tỉnh ủy", "Tập thể", "3"],
      ["Ban Tuyên giáo Tỉnh ủy", "Tập thể", "1"],
      ["Ban Dân vận Tỉnh ủy", "Nguyễn Văn An", ""],
    ]);
  });

  it("an activity of another year or bloc is not found", async () => {
    const w = await world();
    signInAs(w.users.SECRETARY);
    await expectRefused(getActivityDocument(w.blocA.id, YEAR + 1, w.activity.id), "NOT_FOUND");
    await expectRefused(getActivityDocument(w.blocA.id, YEAR, "khong-co"), "NOT_FOUND");
  });
});
