import { beforeEach, describe, expect, it, vi } from "vitest";
import { readSnapshot } from "@/lib/domain/publication";
import { PublishResultsInputSchema } from "@/lib/schemas/publication";
import { publishResults } from "@/lib/server/publication/publish-results";
import { computeBlocResultsWith } from "@/lib/server/results/compute-bloc-results";
import { findResultPublications } from "@/lib/server/scoring/find-result-publications";
import { entryOf, world, worldWithSheetlessMember, YEAR, type Who, type World } from "./world";
import { signInAs } from "../setup/current-user-stub";

vi.mock("@/lib/server/auth/current-user", () => import("../setup/current-user-stub"));

const publish = (w: World, expectedVersion = 0, reason?: string) =>
  publishResults(PublishResultsInputSchema.parse({ blocId: w.blocA.id, year: String(YEAR), expectedVersion: String(expectedVersion), reason }));

describe("publishResults", () => {
  beforeEach(() => signInAs(null));

  it("lets the chair publish version 1: a snapshot of the current ranking, audited", async () => {
    const w = await world();
    signInAs(w.users.CHAIR);
    expect(await publish(w)).toEqual({ version: 1 });
    const row = await w.db.resultPublication.findFirstOrThrow({ where: { cycleId: w.cycle.id } });
    expect(row).toMatchObject({ version: 1, reason: null, publishedById: w.users.CHAIR });
    const snapshot = readSnapshot(row.snapshot)!;
    const view = await computeBlocResultsWith(w.db, w.blocA.id, YEAR);
    if (view.status !== "READY") throw new Error(view.status);
    expect(snapshot).toMatchObject({
      format: 1,
      version: 1,
      publishedAt: row.publishedAt.toISOString(),
      table: { id: w.t.table.id, version: 1 },
      withoutSheet: [],
      excluded: [],
    });
    expect(snapshot.rows).toEqual(view.rows);
    expect(snapshot.rows.map((r) => [r.agencyName, r.rank, r.label, r.total, r.bandKey])).toEqual([
      ["Ban Tuyên giáo Tỉnh ủy", 1, "Nhất", 102, "XUAT_SAC"],
      ["Ban Dân vận Tỉnh ủy", 2, "Nhì", 83, "HOAN_THANH"],
      ["Ban Tổ chức Tỉnh ủy", 3, "Ba", 48, "KHONG_HOAN_THANH"],
    ]);
    const audit = await w.db.auditLog.findFirstOrThrow({ where: { entity: "ResultPublication", entityId: row.id } });
    expect(audit).toMatchObject({ action: "results.publish", actorId: w.users.CHAIR, blocId: w.blocA.id, before: null });
    expect(audit.after).toMatchObject({ version: 1, totals: [{ agency: "Ban Tuyên giáo Tỉnh ủy", rank: 1, total: 102 }, { total: 83 }, { total: 48 }] });
  });

  it.each<[Who, string]>([
    ["SECRETARY", "FORBIDDEN"],
    ["ADMIN", "FORBIDDEN"],
    ["OBSERVER", "FORBIDDEN"],
    ["AGENCY_LEADER", "FORBIDDEN"],
    ["AGENCY_OFFICER", "FORBIDDEN"],
    ["OTHER_SECRETARY", "NOT_FOUND"],
    ["OTHER_OFFICER", "NOT_FOUND"],
  ])("refuses %s (%s)", async (who, code) => {
    const w = await world();
    signInAs(w.users[who]);
    await expect(publish(w)).rejects.toMatchObject({ code });
    expect(await w.db.resultPublication.count()).toBe(0);
  });

  it("refuses while objections are open, listing them; publishes once they are decided", async () => {
    const w = await world();
    const o = await w.db.objection.create({ data: { entryId: entryOf(w, "bdv", "II.1").id, agencyId: w.bdv.id, reason: "x" } });
    signInAs(w.users.CHAIR);
    await expect(publish(w)).rejects.toMatchObject({
      code: "INVALID_INPUT",
      message: expect.stringContaining("1 kiến nghị"),
      fieldErrors: { openObjections: ["Ban Dân vận Tỉnh ủy — tiêu chí II.1"] },
    });
    expect(await w.db.resultPublication.count()).toBe(0);
    await w.db.objection.update({ where: { id: o.id }, data: { status: "REJECTED", decisionReason: "y", decidedAt: new Date() } });
    await expect(publish(w)).resolves.toEqual({ version: 1 });
  });

  it("refuses while a member is not ranked, listing who and why; with a reason it publishes and records them", async () => {
    const w = await worldWithSheetlessMember();
    await w.db.scoreSheet.update({ where: { id: w.sheets.bdv.id }, data: { status: "DRAFT", verifiedAt: null } });
    signInAs(w.users.CHAIR);
    const excluded = ["Ban Dân vận Tỉnh ủy: Chưa nộp bảng tự chấm", "Ban Nội chính Tỉnh ủy: Chưa lập bảng tự chấm"];
    for (const reason of [undefined, "   "]) {
      await expect(publish(w, 0, reason)).rejects.toMatchObject({
        code: "INVALID_INPUT",
        message: expect.stringContaining("2 cơ quan thành viên chưa được xếp hạng"),
        fieldErrors: { reason: [expect.stringContaining("vui lòng nhập lý do")], excluded },
      });
    }
    expect(await w.db.resultPublication.count()).toBe(0);

    const reason = "Ban Dân vận không nộp bảng tự chấm đúng hạn; Hội nghị thống nhất công bố kết quả các cơ quan còn lại.";
    expect(await publish(w, 0, reason)).toEqual({ version: 1 });
    const row = await w.db.resultPublication.findFirstOrThrow({ where: { cycleId: w.cycle.id } });
    expect(row.reason).toBe(reason);
    const snapshot = readSnapshot(row.snapshot)!;
    expect(snapshot.rows.map((r) => [r.agencyName, r.rank, r.label])).toEqual([
      ["Ban Tuyên giáo Tỉnh ủy", 1, "Nhất"],
      ["Ban Tổ chức Tỉnh ủy", 2, "Nhì"],
    ]);
    expect(snapshot.excluded).toEqual([
      { agencyName: "Ban Dân vận Tỉnh ủy", reason: "Chưa nộp bảng tự chấm" },
      { agencyName: "Ban Nội chính Tỉnh ủy", reason: "Chưa lập bảng tự chấm" },
    ]);
    const audit = await w.db.auditLog.findFirstOrThrow({ where: { entity: "ResultPublication", entityId: row.id } });
    expect(audit).toMatchObject({ reason, after: { version: 1, excluded: snapshot.excluded } });
  });

  it("requires a reason for a correction (version 2), whose audit holds the totals before and after", async () => {
    const w = await world();
    signInAs(w.users.CHAIR);
    await publish(w);
    await w.db.scoreEntry.update({ where: { id: entryOf(w, "bdv", "II.1").id }, data: { finalPoints: 40 } });
    await expect(publish(w, 1)).rejects.toMatchObject({ code: "INVALID_INPUT", fieldErrors: { reason: [expect.stringContaining("lý do đính chính")] } });
    await expect(publish(w, 1, "   ")).rejects.toMatchObject({ code: "INVALID_INPUT" });
    expect(await publish(w, 1, "Đính chính điểm tiêu chí II.1 của Ban Dân vận")).toEqual({ version: 2 });
    const v2 = await w.db.resultPublication.findFirstOrThrow({ where: { version: 2 } });
    expect(v2.reason).toBe("Đính chính điểm tiêu chí II.1 của Ban Dân vận");
    expect(readSnapshot(v2.snapshot)!.rows[1]!.total).toBe(89);
    expect(readSnapshot((await w.db.resultPublication.findFirstOrThrow({ where: { version: 1 } })).snapshot)!.rows[1]!.total).toBe(83);
    const audit = await w.db.auditLog.findFirstOrThrow({ where: { entityId: v2.id } });
    expect(audit).toMatchObject({
      reason: "Đính chính điểm tiêu chí II.1 của Ban Dân vận",
      before: { version: 1, totals: [{}, { total: 83 }, {}] },
      after: { version: 2, totals: [{}, { total: 89 }, {}] },
    });
    signInAs(w.users.OBSERVER);
    expect((await findResultPublications(w.blocA.id, YEAR))?.map((p) => [p.version, p.reason])).toEqual([
      [2, "Đính chính điểm tiêu chí II.1 của Ban Dân vận"],
      [1, null],
    ]);
  });

  it("refuses a form that did not see the latest version", async () => {
    const w = await world();
    signInAs(w.users.CHAIR);
    await publish(w);
    await expect(publish(w, 0)).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining("phiên bản 1") });
    expect(await w.db.resultPublication.count()).toBe(1);
  });

  it("two publishes at once: one version, the other a CONFLICT, never a duplicate", async () => {
    const w = await world();
    signInAs(w.users.CHAIR);
    const results = await Promise.allSettled([publish(w), publish(w), publish(w)]);
    expect(results.filter((r) => r.status === "fulfilled")).toEqual([{ status: "fulfilled", value: { version: 1 } }]);
    for (const r of results.filter((r) => r.status === "rejected")) expect(r.reason).toMatchObject({ code: "CONFLICT" });
    expect((await w.db.resultPublication.findMany({ select: { version: true } })).map((p) => p.version)).toEqual([1]);
  });

  it("refuses when there are no results to publish", async () => {
    const w = await world();
    await w.db.scoreSheet.deleteMany({});
    signInAs(w.users.CHAIR);
    await expect(publish(w)).rejects.toMatchObject({ code: "INVALID_INPUT", message: expect.stringContaining("Chưa có kết quả") });
  });

  it("keeps a published snapshot immutable at the database level", async () => {
    const w = await world();
    signInAs(w.users.CHAIR);
    await publish(w);
    // A raw UPDATE fails (the PGlite adapter drops the trigger's message on raw queries).
    await expect(w.db.$executeRaw`UPDATE "ResultPublication" SET "snapshot" = '{}'::jsonb WHERE false`).resolves.toBe(0);
    await expect(w.db.$executeRaw`UPDATE "ResultPublication" SET "snapshot" = '{}'::jsonb`).rejects.toThrow();
    await expect(w.db.resultPublication.updateMany({ data: { reason: "sửa" } })).rejects.toThrow(/immutable/);
    const row = await w.db.resultPublication.findFirstOrThrow();
    expect([row.reason, readSnapshot(row.snapshot)?.rows.length]).toEqual([null, 3]);
  });
});
