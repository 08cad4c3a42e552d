import { beforeEach, describe, expect, it, vi } from "vitest";
import { GET as getFileRoute } from "@/app/api/files/[id]/route";
import { saveUpload } from "@/lib/server/files/save-upload";
import { getFile } from "@/lib/server/files/get-file";
import { disposeExpiredFiles } from "@/lib/server/retention/dispose-expired-files";
import { findExpiredFiles } from "@/lib/server/retention/find-expired-files";
import { saveRetentionSettings } from "@/lib/server/retention/save-retention-settings";
import { auditRows, expectRefused, makeStandardUsers, makeTwoBlocs, type StandardWho } from "../setup/bloc-world";
import { signInAs } from "../setup/current-user-stub";
import { testDb } from "../setup/db";
import { reusableWorld } from "../setup/reusable-world";
import { makeCycle } from "../../factories";

vi.mock("@/lib/server/auth/current-user", () => import("../setup/current-user-stub"));

const PDF = () => new File([Buffer.from("%PDF-1.7\n% minh chứng\n")], "minh-chung.pdf", { type: "application/pdf" });
const OLD = 2010;
const RECENT = new Date().getUTCFullYear() - 2;

/**
 * Bloc A with progress evidence of two agencies in 2010 (past its 10 years) — BDV's is part of an
 * award dossier (a nomination sent that year) — and of BTG in a recent year (inside its period),
 * and a role model's evidence of 2010 (kept permanently).
 */
const world = reusableWorld(async () => {
  const db = testDb();
  const { blocA, blocB, members, outsider } = await makeTwoBlocs(db, { year: OLD, outsider: "Sở Y tế" });
  const [btg, bdv] = members;
  const users = await makeStandardUsers(db, { blocA, blocB, agencyA: btg, outsider });
  const province = (await db.bloc.findUniqueOrThrow({ where: { id: blocA.id }, select: { province: { select: { code: true } } } })).province!;
  const evidence = async (year: number, agencyId: string) => {
    const cycle = (await db.cycle.findUnique({ where: { blocId_year: { blocId: blocA.id, year } } })) ?? (await makeCycle(db, { blocId: blocA.id, year }));
    const pledge = await db.pledge.upsert({
      where: { cycleId_version: { cycleId: cycle.id, version: 1 } },
      create: { cycleId: cycle.id, version: 1, title: "Giao ước", commitments: { create: [{ number: 1, text: "Cam kết" }] } },
      update: {},
      select: { commitments: { select: { id: true } } },
    });
    const progress = await db.commitmentProgress.create({ data: { commitmentId: pledge.commitments[0]!.id, agencyId } });
    const file = await db.$transaction((tx) =>
      saveUpload(tx, PDF(), { blocId: blocA.id, uploadedById: users.AGENCY_OFFICER, link: { progressId: progress.id } }),
    );
    return { id: file.id, cycleId: cycle.id };
  };
  const expired = await evidence(OLD, btg.id);
  const dossier = await evidence(OLD, bdv.id);
  const recent = await evidence(RECENT, btg.id);
  const form = await db.awardForm.create({
    data: {
      cycleId: dossier.cycleId,
      code: "BK_TINH",
      name: "Bằng khen",
      target: "COLLECTIVE",
      authorityKind: "PROVINCE_CHAIR",
      authorityName: "Chủ tịch UBND tỉnh",
    },
  });
  await db.nomination.create({ data: { cycleId: dossier.cycleId, awardFormId: form.id, target: "COLLECTIVE", agencyId: bdv.id, status: "SENT" } });
  const roleModel = await db.roleModel.create({
    data: {
      cycleId: expired.cycleId,
      agencyId: btg.id,
      target: "COLLECTIVE",
      collectiveName: "Tập thể điển hình",
      achievement: "Thành tích",
      foundOn: new Date(`${OLD}-05-01T00:00:00Z`),
    },
  });
  const permanent = await db.$transaction((tx) =>
    saveUpload(tx, PDF(), { blocId: blocA.id, uploadedById: users.AGENCY_OFFICER, link: { roleModelId: roleModel.id } }),
  );
  return { db, blocA, province: province.code, users, files: { expired: expired.id, dossier: dossier.id, recent: recent.id, permanent: permanent.id } };
});
type World = Awaited<ReturnType<typeof world>>;

const dispose = (w: World, fileIds: string[], tinh: string | null = w.province) =>
  disposeExpiredFiles({ tinh, fileIds, reason: "Quyết định hủy tài liệu hết giá trị số 5/QĐ-HĐTĐKT" });

describe("files past their retention period", () => {
  let w: World;
  beforeEach(async () => {
    w = await world();
  });

  it("lists only the file past its period: not the recent one, not the dossier's, not the permanent one", async () => {
    signInAs(w.users.COUNCIL);
    const view = await findExpiredFiles(w.province);
    expect(view.files.map((f) => f.id)).toEqual([w.files.expired]);
    expect(view.files[0]).toMatchObject({ kind: "PROGRESS_EVIDENCE", year: OLD, keepUntil: `${OLD + 10}-12-31`, blocName: w.blocA.name });
    expect(view.total).toBe(1);
  });

  it("counts an activity's file from the end of the activity's year, not from its upload", async () => {
    const cycle = await w.db.cycle.findUniqueOrThrow({ where: { blocId_year: { blocId: w.blocA.id, year: OLD } } });
    const organiser = await w.db.membership.findFirstOrThrow({ where: { blocId: w.blocA.id, year: OLD }, select: { agencyId: true } });
    const activity = await w.db.blocActivity.create({
      data: { cycleId: cycle.id, kind: "CONTEST", title: "Hội thi", organiserId: organiser.agencyId, startsOn: new Date(`${OLD}-06-01T00:00:00Z`) },
    });
    const file = await w.db.$transaction((tx) =>
      saveUpload(tx, PDF(), { blocId: w.blocA.id, uploadedById: w.users.AGENCY_OFFICER, link: { activityId: activity.id } }),
    );
    signInAs(w.users.COUNCIL);
    const listed = (await findExpiredFiles(w.province)).files.find((f) => f.id === file.id);
    expect(listed).toMatchObject({ kind: "OTHER", year: OLD, keepUntil: `${OLD + 10}-12-31` });
  });

  it("disposes of the bytes in one audited step with a record, keeps the row, and the download says so", async () => {
    signInAs(w.users.COUNCIL);
    const { disposalId, count } = await dispose(w, [w.files.expired]);
    expect(count).toBe(1);
    const file = await w.db.storedFile.findUniqueOrThrow({
      where: { id: w.files.expired },
      select: { disposedAt: true, disposalId: true, storageKey: true, content: { select: { storageKey: true } } },
    });
    expect(file).toMatchObject({ disposalId, content: null });
    const record = await w.db.fileDisposal.findUniqueOrThrow({ where: { id: disposalId } });
    expect(record).toMatchObject({ fileCount: 1, disposedById: w.users.COUNCIL, reason: "Quyết định hủy tài liệu hết giá trị số 5/QĐ-HĐTĐKT" });
    expect(await auditRows(w.db, "FileDisposal", disposalId)).toHaveLength(1);
    expect((await auditRows(w.db, "StoredFile", w.files.expired))[0]).toMatchObject({ action: "file.dispose", blocId: w.blocA.id });
    // The others keep their bytes.
    expect(await w.db.storedFileContent.count()).toBe(3);

    signInAs(w.users.AGENCY_OFFICER);
    const refused = await expectRefused(getFile(w.files.expired), "NOT_FOUND");
    expect(refused.message).toMatch(/^Tệp đã được hủy theo thời hạn lưu trữ ngày \d{2}\/\d{2}\/\d{4}\.$/);
    const res = await getFileRoute(new Request("http://test.local/"), { params: Promise.resolve({ id: w.files.expired }) });
    expect(res.status).toBe(404);
    expect(await res.text()).toContain("Tệp đã được hủy theo thời hạn lưu trữ ngày");
    signInAs(w.users.COUNCIL);
    expect((await findExpiredFiles(w.province)).files).toHaveLength(0);
  });

  it.each([["recent"], ["dossier"], ["permanent"]] as const)("refuses the %s file, disposing of nothing", async (which) => {
    signInAs(w.users.COUNCIL);
    const e = await expectRefused(dispose(w, [w.files.expired, w.files[which]]), "INVALID_INPUT");
    expect(e.message).toContain("không hủy tệp nào");
    expect(await w.db.fileDisposal.count()).toBe(0);
    expect(await w.db.storedFileContent.count()).toBe(4);
    expect(await w.db.storedFile.count({ where: { disposedAt: { not: null } } })).toBe(0);
  });

  it("follows the council's own periods, audited: permanently, or a shorter one", async () => {
    const periods = (progress: number | null) => ({
      tinh: w.province,
      "years.SCORE_EVIDENCE": 10,
      "years.PROGRESS_EVIDENCE": progress,
      "years.OBJECTION_EVIDENCE": 10,
      "years.ROLE_MODEL_EVIDENCE": null,
      "years.PLEDGE_SCAN": null,
      "years.OTHER": 10,
    });
    signInAs(w.users.COUNCIL);
    await saveRetentionSettings(periods(null));
    expect((await findExpiredFiles(w.province)).files).toHaveLength(0);
    await expectRefused(dispose(w, [w.files.expired]), "INVALID_INPUT");
    await saveRetentionSettings(periods(1));
    const view = await findExpiredFiles(w.province);
    // The recent year's evidence is now past its one year; the dossier's is still kept.
    expect(view.files.map((f) => f.id)).toEqual([w.files.expired, w.files.recent]);
    expect(view.periods.PROGRESS_EVIDENCE).toBe(1);
    const audit = await auditRows(w.db, "RetentionSetting");
    expect(audit.map((a) => a.action)).toEqual(["retention.save", "retention.save"]);
    expect(audit[1]!.after).toMatchObject({ PROGRESS_EVIDENCE: 1 });
    // Another council cannot change this one's; a bloc's secretary none.
    signInAs(w.users.OTHER_COUNCIL);
    await expectRefused(saveRetentionSettings(periods(2)), "NOT_FOUND");
    signInAs(w.users.SECRETARY);
    await expectRefused(saveRetentionSettings(periods(2)), "FORBIDDEN");
    expect(await w.db.retentionSetting.count({ where: { kind: "PROGRESS_EVIDENCE", years: 1 } })).toBe(1);
    expect(await auditRows(w.db, "RetentionSetting")).toHaveLength(2);
  });

  const outcomes: [StandardWho, "ok" | "FORBIDDEN" | "NOT_FOUND"][] = [
    ["ADMIN", "ok"],
    ["COUNCIL", "ok"],
    ["OTHER_COUNCIL", "NOT_FOUND"],
    ["SECRETARY", "FORBIDDEN"],
    ["CHAIR", "FORBIDDEN"],
    ["OBSERVER", "FORBIDDEN"],
    ["AGENCY_LEADER", "FORBIDDEN"],
    ["AGENCY_OFFICER", "FORBIDDEN"],
  ];
  it.each(outcomes)("as %s: %s", async (who, outcome) => {
    signInAs(w.users[who]);
    if (outcome === "ok") {
      expect((await findExpiredFiles(w.province)).files).toHaveLength(1);
      await dispose(w, [w.files.expired]);
      expect(await w.db.fileDisposal.count()).toBe(1);
      return;
    }
    await expectRefused(findExpiredFiles(w.province), outcome);
    await expectRefused(dispose(w, [w.files.expired]), outcome);
    expect(await w.db.fileDisposal.count()).toBe(0);
    expect(await auditRows(w.db, "FileDisposal")).toHaveLength(0);
  });
});
