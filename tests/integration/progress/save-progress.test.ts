import { beforeEach, describe, expect, it, vi } from "vitest";
import { ProgressInputSchema } from "@/lib/schemas/progress";
import { saveProgress } from "@/lib/server/progress/save-progress";
import { signInAs } from "../setup/current-user-stub";
import { storedContentKeys } from "../setup/stored-files";
import { auditOf, expectRefused, world, type Who, type World } from "./world";

vi.mock("@/lib/server/auth/current-user", () => import("../setup/current-user-stub"));

process.env.NEXTAUTH_SECRET ??= "integration-test-secret-at-least-32-chars";

const pdf = (name = "bao-cao.pdf") => new File([Buffer.from("%PDF-1.7\n% minh chứng\n")], name, { type: "application/pdf" });
const exe = () => new File([Buffer.from("MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00")], "bang-chung.pdf", { type: "application/pdf" });

function form(w: World, over: Record<string, unknown> = {}) {
  return ProgressInputSchema.parse({
    commitmentId: w.pledge.commitments[0]!.id,
    agencyId: w.btg.id,
    version: "0",
    status: "ON_TRACK",
    value: "85",
    note: "Đã đánh giá giữa năm",
    files: [],
    ...over,
  });
}

describe("saveProgress", () => {
  beforeEach(() => {
    signInAs(null);
  });

  // [who, whose progress, outcome]: only the agency's own leader and officer report.
  it.each<[Who, "btg" | "bdv", "ok" | "FORBIDDEN" | "NOT_FOUND"]>([
    ["AGENCY_LEADER", "btg", "ok"],
    ["AGENCY_OFFICER", "btg", "ok"],
    ["AGENCY_LEADER", "bdv", "FORBIDDEN"],
    ["AGENCY_OFFICER", "bdv", "FORBIDDEN"],
    ["OTHER_AGENCY_LEADER", "btg", "FORBIDDEN"],
    ["SECRETARY", "btg", "FORBIDDEN"],
    ["CHAIR", "btg", "FORBIDDEN"],
    ["ADMIN", "btg", "FORBIDDEN"],
    ["OBSERVER", "btg", "FORBIDDEN"],
    ["OTHER_SECRETARY", "btg", "NOT_FOUND"],
    ["OTHER_OFFICER", "btg", "NOT_FOUND"],
  ])("%s reporting for %s → %s", async (who, agency, outcome) => {
    const w = await world();
    signInAs(w.users[who]);
    const input = form(w, { agencyId: w[agency].id });
    if (outcome === "ok") await expect(saveProgress(input)).resolves.toEqual({ version: 1 });
    else await expectRefused(saveProgress(input), outcome);
    expect(await w.db.commitmentProgress.count()).toBe(outcome === "ok" ? 1 : 0);
    expect(await auditOf("CommitmentProgress")).toHaveLength(outcome === "ok" ? 1 : 0);
  });

  it("refuses a signed-out caller and an agency that is no longer a member this year", async () => {
    const w = await world();
    await expectRefused(saveProgress(form(w)), "UNAUTHENTICATED");
    signInAs(w.users.FORMER_MEMBER_LEADER);
    const e = await expectRefused(saveProgress(form(w, { agencyId: w.formerMember.id })), "FORBIDDEN");
    expect(e.message).toBe("Cơ quan không phải thành viên của khối năm 2026.");
    expect(await w.db.commitmentProgress.count()).toBe(0);
  });

  it("records a first report and an update, each audited with who, before and after", async () => {
    const w = await world();
    signInAs(w.users.AGENCY_OFFICER);
    await saveProgress(form(w));
    const row = await w.db.commitmentProgress.findFirstOrThrow();
    expect(row).toMatchObject({ agencyId: w.btg.id, status: "ON_TRACK", note: "Đã đánh giá giữa năm", version: 1 });
    expect(row.value?.toNumber()).toBe(85);

    signInAs(w.users.AGENCY_LEADER);
    await expect(saveProgress(form(w, { version: "1", status: "ACHIEVED", value: "92,5", note: "" }))).resolves.toEqual({ version: 2 });
    const updated = await w.db.commitmentProgress.findUniqueOrThrow({ where: { id: row.id } });
    expect([updated.status, updated.value?.toNumber(), updated.note, updated.version]).toEqual(["ACHIEVED", 92.5, null, 2]);

    const audits = await auditOf("CommitmentProgress", row.id);
    expect(audits.map((a) => [a.action, a.actorId, a.blocId])).toEqual([
      ["progress.create", w.users.AGENCY_OFFICER, w.blocA.id],
      ["progress.update", w.users.AGENCY_LEADER, w.blocA.id],
    ]);
    expect(audits[0]!.before).toBeNull();
    expect(audits[0]!.after).toMatchObject({ agencyId: w.btg.id, status: "ON_TRACK", value: 85, version: 1, files: [] });
    expect(audits[1]!.before).toEqual({ status: "ON_TRACK", value: 85, note: "Đã đánh giá giữa năm", version: 1, files: [] });
    expect(audits[1]!.after).toMatchObject({ status: "ACHIEVED", value: 92.5, note: null, version: 2 });
  });

  it("refuses a save made on a stale version, keeping the newer data", async () => {
    const w = await world();
    signInAs(w.users.AGENCY_OFFICER);
    await saveProgress(form(w));
    // Both opened version 1; the leader saves first.
    signInAs(w.users.AGENCY_LEADER);
    await saveProgress(form(w, { version: "1", status: "AT_RISK", note: "Chậm do thiếu kinh phí" }));
    signInAs(w.users.AGENCY_OFFICER);
    const e = await expectRefused(saveProgress(form(w, { version: "1", status: "ACHIEVED", value: "95", files: [pdf()] })), "CONFLICT");
    expect(e.message).toContain("Tiến độ cam kết 1 đã được người khác cập nhật");
    expect(await w.db.commitmentProgress.findFirstOrThrow()).toMatchObject({ status: "AT_RISK", note: "Chậm do thiếu kinh phí", version: 2 });
    expect(await auditOf("CommitmentProgress")).toHaveLength(2);
    expect(await w.db.storedFile.count()).toBe(0);
    expect(await storedContentKeys()).toEqual([]);
  });

  it("refuses a second first report of the same commitment (both forms had no progress yet)", async () => {
    const w = await world();
    signInAs(w.users.AGENCY_LEADER);
    await saveProgress(form(w, { status: "AT_RISK" }));
    signInAs(w.users.AGENCY_OFFICER);
    await expectRefused(saveProgress(form(w, { status: "ACHIEVED", value: "99" })), "CONFLICT");
    expect(await w.db.commitmentProgress.findFirstOrThrow()).toMatchObject({ status: "AT_RISK", version: 1 });
  });

  // Commitment 4 is "≥ 12 tin, bài" in the world; here its comparator is changed in the database.
  it.each<["AT_LEAST" | "AT_MOST" | "EXACTLY", string, boolean]>([
    ["AT_LEAST", "15", true],
    ["AT_LEAST", "11", false],
    ["AT_MOST", "10", true],
    ["AT_MOST", "15", false],
    ["EXACTLY", "12", true],
    ["EXACTLY", "15", false],
  ])("judges “achieved” by the stored comparator: %s 12 with %s → %s", async (comparator, value, accepted) => {
    const w = await world();
    const commitmentId = w.pledge.commitments[3]!.id;
    await w.db.pledgeCommitment.update({ where: { id: commitmentId }, data: { targetComparator: comparator } });
    signInAs(w.users.AGENCY_OFFICER);
    const save = saveProgress(form(w, { commitmentId, status: "ACHIEVED", value }));
    if (accepted) await expect(save).resolves.toEqual({ version: 1 });
    else expect((await expectRefused(save, "INVALID_INPUT")).fieldErrors).toEqual({ status: ["Giá trị đạt được chưa đạt chỉ tiêu: chưa thể chọn “Đã đạt”."] });
    expect(await w.db.commitmentProgress.count()).toBe(accepted ? 1 : 0);
  });

  it.each<[string, number, Record<string, unknown>, Record<string, string[]>]>([
    [
      "a value on a commitment without a measurable target",
      2,
      { value: "3" },
      { value: ["Cam kết này không có chỉ tiêu định lượng: không nhập giá trị đạt được."] },
    ],
    ["a share above 100%", 0, { value: "120" }, { value: ["Tỷ lệ phải từ 0 đến 100%."] }],
    ["“achieved” below the target", 0, { status: "ACHIEVED", value: "80" }, { status: ["Giá trị đạt được chưa đạt chỉ tiêu: chưa thể chọn “Đã đạt”."] }],
    ["“achieved” without a value", 3, { status: "ACHIEVED", value: "" }, { value: ["Vui lòng nhập giá trị đạt được khi chọn trạng thái “Đã đạt”."] }],
    ["a yes/no answer other than 0 or 1", 1, { value: "2" }, { value: ["Vui lòng chọn “Có” hoặc “Không”."] }],
  ])("refuses %s with a field error, writing nothing", async (_name, index, over, fieldErrors) => {
    const w = await world();
    signInAs(w.users.AGENCY_OFFICER);
    const e = await expectRefused(saveProgress(form(w, { commitmentId: w.pledge.commitments[index]!.id, ...over })), "INVALID_INPUT");
    expect(e.fieldErrors).toEqual(fieldErrors);
    expect(await w.db.commitmentProgress.count()).toBe(0);
    expect(await auditOf("CommitmentProgress")).toHaveLength(0);
  });

  it("stores evidence files with the report, linked to it and listed in the audit", async () => {
    const w = await world();
    signInAs(w.users.AGENCY_OFFICER);
    await saveProgress(form(w, { files: [pdf("Báo cáo sơ kết.pdf"), pdf("anh.pdf")] }));
    const row = await w.db.commitmentProgress.findFirstOrThrow({ include: { files: { orderBy: { createdAt: "asc" } } } });
    expect(row.files.map((f) => [f.originalName, f.mimeType, f.blocId, f.uploadedById])).toEqual([
      ["Báo cáo sơ kết.pdf", "application/pdf", w.blocA.id, w.users.AGENCY_OFFICER],
      ["anh.pdf", "application/pdf", w.blocA.id, w.users.AGENCY_OFFICER],
    ]);
    expect(await storedContentKeys()).toEqual(row.files.map((f) => f.storageKey).sort());
    const [audit] = await auditOf("CommitmentProgress", row.id);
    expect(audit!.after).toMatchObject({ files: ["Báo cáo sơ kết.pdf", "anh.pdf"] });
  });

  it("refuses a file that is not a PDF, JPEG or PNG by content, writing nothing at all", async () => {
    const w = await world();
    signInAs(w.users.AGENCY_OFFICER);
    const e = await expectRefused(saveProgress(form(w, { files: [pdf(), exe()] })), "INVALID_INPUT");
    expect(e.fieldErrors).toEqual({ files: ["bang-chung.pdf: Chỉ nhận tệp PDF, JPEG hoặc PNG (kiểm tra theo nội dung tệp)."] });
    expect(await w.db.commitmentProgress.count()).toBe(0);
    expect(await w.db.storedFile.count()).toBe(0);
    expect(await storedContentKeys()).toEqual([]);
  });

  it("refuses a file over 10 MB", async () => {
    const w = await world();
    signInAs(w.users.AGENCY_OFFICER);
    const big = new File([Buffer.from("%PDF-1.7\n"), new Uint8Array(10 * 1024 * 1024)], "lon.pdf");
    const e = await expectRefused(saveProgress(form(w, { files: [big] })), "INVALID_INPUT");
    expect(e.fieldErrors?.files?.[0]).toContain("vượt quá 10 MB");
    expect(await w.db.commitmentProgress.count()).toBe(0);
  });
});
