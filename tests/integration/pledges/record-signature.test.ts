import { beforeEach, describe, expect, it, vi } from "vitest";
import { SignatureInputSchema } from "@/lib/schemas/pledge";
import { recordSignature } from "@/lib/server/pledges/record-signature";
import { signInAs } from "../setup/current-user-stub";
import { storedBytes, storedContentKeys } from "../setup/stored-files";
import { auditOf, dayFrom, expectRefused, makeDraft, makeSigning, setPhase, world, type Who, type World } from "./world";

vi.mock("@/lib/server/auth/current-user", () => import("../setup/current-user-stub"));

process.env.NEXTAUTH_SECRET ??= "integration-test-secret-at-least-32-chars";
const pdf = () => new File([Buffer.from("%PDF-1.7\n% bản quét\n")], "ban-quet.pdf", { type: "application/pdf" });
const fakePdf = () => new File([Buffer.from("MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00")], "ban-quet.pdf", { type: "application/pdf" });

const input = (pledgeId: string, agencyId: string, over: Record<string, string> = {}) =>
  SignatureInputSchema.parse({ pledgeId, agencyId, signerName: "Đặng Thị Thanh Hà", signerTitle: "Trưởng ban", signedOn: dayFrom(0), ...over });

/** Who may record BTG's (own) and BDV's (another member's) signature. */
const OUTCOMES: [Who, "own" | "other", "ok" | "FORBIDDEN" | "NOT_FOUND"][] = [
  ["SECRETARY", "other", "ok"],
  ["CHAIR", "other", "ok"],
  ["AGENCY_LEADER", "own", "ok"],
  ["AGENCY_OFFICER", "own", "ok"],
  ["AGENCY_LEADER", "other", "FORBIDDEN"],
  ["AGENCY_OFFICER", "other", "FORBIDDEN"],
  ["ADMIN", "own", "FORBIDDEN"],
  ["OBSERVER", "own", "FORBIDDEN"],
  ["OTHER_SECRETARY", "own", "NOT_FOUND"],
  ["OTHER_OFFICER", "own", "NOT_FOUND"],
];

async function signAll(w: World, pledgeId: string, agencies = [w.btg, w.bdv, w.btc]) {
  signInAs(w.users.SECRETARY);
  const results = [];
  for (const a of agencies) results.push(await recordSignature(input(pledgeId, a.id), null));
  return results;
}

describe("recordSignature", () => {
  beforeEach(() => {
    signInAs(null);
  });

  it.each(OUTCOMES)("%s for %s agency → %s", async (who, whose, outcome) => {
    const w = await world();
    const { pledgeId } = await makeSigning(w);
    const agency = whose === "own" ? w.btg : w.bdv;
    signInAs(w.users[who]);
    if (outcome === "ok") await recordSignature(input(pledgeId, agency.id), null);
    else await expectRefused(recordSignature(input(pledgeId, agency.id), null), outcome);
    expect(await w.db.pledgeSignature.count()).toBe(outcome === "ok" ? 1 : 0);
  });

  it("records the signer with a content-checked scan linked to the signature, audited", async () => {
    const w = await world();
    const { pledgeId } = await makeSigning(w);
    signInAs(w.users.AGENCY_OFFICER);
    expect(await recordSignature(input(pledgeId, w.btg.id, { signedOn: dayFrom(-1) }), pdf())).toEqual({ locked: false });
    const s = await w.db.pledgeSignature.findFirstOrThrow({ include: { scanFile: true } });
    expect(s).toMatchObject({ agencyId: w.btg.id, signerName: "Đặng Thị Thanh Hà", signerTitle: "Trưởng ban" });
    expect(s.signedOn.toISOString().slice(0, 10)).toBe(dayFrom(-1));
    expect(s.scanFile).toMatchObject({ blocId: w.blocA.id, mimeType: "application/pdf", uploadedById: w.users.AGENCY_OFFICER, originalName: "ban-quet.pdf" });
    expect(await storedBytes(s.scanFile!.storageKey)).toEqual(Buffer.from("%PDF-1.7\n% bản quét\n"));
    const [audit] = await auditOf("PledgeSignature", s.id);
    expect(audit).toMatchObject({
      action: "pledge.sign",
      actorId: w.users.AGENCY_OFFICER,
      blocId: w.blocA.id,
      before: null,
      after: expect.objectContaining({ agencyId: w.btg.id, signerName: "Đặng Thị Thanh Hà", scanFileId: s.scanFileId }),
    });
  });

  it("refuses a scan that is not a PDF/JPEG/PNG by content, writing nothing and keeping no bytes", async () => {
    const w = await world();
    const { pledgeId } = await makeSigning(w);
    signInAs(w.users.SECRETARY);
    const e = await expectRefused(recordSignature(input(pledgeId, w.btg.id), fakePdf()), "INVALID_INPUT");
    expect(e.fieldErrors).toEqual({ scan: ["Chỉ nhận tệp PDF, JPEG hoặc PNG (kiểm tra theo nội dung tệp)."] });
    expect(await w.db.pledgeSignature.count()).toBe(0);
    expect(await w.db.storedFile.count()).toBe(0);
    expect(await storedContentKeys()).toEqual([]);
  });

  it("locks the pledge when the last member signs, in the same step, audited", async () => {
    const w = await world();
    const { pledgeId } = await makeSigning(w);
    const results = await signAll(w, pledgeId);
    expect(results).toEqual([{ locked: false }, { locked: false }, { locked: true }]);
    const pledge = await w.db.pledge.findUniqueOrThrow({ where: { id: pledgeId } });
    expect(pledge.status).toBe("LOCKED");
    expect(pledge.lockedAt).toBeInstanceOf(Date);
    const lock = (await auditOf("Pledge", pledgeId)).find((a) => a.action === "pledge.lock")!;
    expect(lock).toMatchObject({
      actorId: w.users.SECRETARY,
      before: { status: "SIGNING" },
      after: expect.objectContaining({ status: "LOCKED", signatures: 3 }),
      reason: "Mọi cơ quan thành viên đã ký.",
    });
  });

  it("does not wait for a member that left before today (a merger's predecessor)", async () => {
    const w = await world();
    await w.db.membership.update({
      where: { blocId_agencyId_year: { blocId: w.blocA.id, agencyId: w.bdv.id, year: w.year } },
      data: { leftOn: new Date(`${dayFrom(-1)}T00:00:00Z`) },
    });
    const { pledgeId } = await makeSigning(w);
    expect(await signAll(w, pledgeId, [w.btg, w.btc])).toEqual([{ locked: false }, { locked: true }]);
  });

  it("refuses a second signature of the same agency with a message", async () => {
    const w = await world();
    const { pledgeId } = await makeSigning(w);
    await signAll(w, pledgeId, [w.btg]);
    signInAs(w.users.AGENCY_LEADER);
    const e = await expectRefused(recordSignature(input(pledgeId, w.btg.id, { signerName: "Người khác" }), null), "INVALID_INPUT");
    expect(e.message).toBe("Ban Tuyên giáo Tỉnh ủy đã ký giao ước này; mỗi cơ quan chỉ ký một lần.");
    expect(await w.db.pledgeSignature.count()).toBe(1);
  });

  it("refuses while the pledge is a draft, and once it is locked", async () => {
    const w = await world();
    const { pledgeId } = await makeDraft(w);
    signInAs(w.users.SECRETARY);
    expect((await expectRefused(recordSignature(input(pledgeId, w.btg.id), null), "CONFLICT")).message).toContain("mở ký kết trước khi ghi nhận chữ ký");
    const w2 = await world();
    const signing = await makeSigning(w2);
    await signAll(w2, signing.pledgeId);
    const outsiderMember = await w2.db.agency.create({ data: { code: `X${Date.now()}`, name: "Cơ quan mới", shortName: "Mới", type: "BAN_DANG" } });
    await w2.db.membership.create({ data: { blocId: w2.blocA.id, agencyId: outsiderMember.id, year: w2.year } });
    signInAs(w2.users.SECRETARY);
    expect((await expectRefused(recordSignature(input(signing.pledgeId, outsiderMember.id), null), "CONFLICT")).message).toContain("đã khóa");
  });

  it("is refused when the signing phase is closed, with the reason, even though drafting is open", async () => {
    const w = await world();
    const { pledgeId } = await makeSigning(w);
    await setPhase(w, "REGISTRATION", -5, 5);
    await setPhase(w, "PLEDGE_SIGNING", 2, 20);
    signInAs(w.users.SECRETARY);
    const e = await expectRefused(recordSignature(input(pledgeId, w.btg.id), null), "PHASE_CLOSED");
    expect(e.message).toMatch(/^Giai đoạn “Ký kết giao ước” chưa mở: bắt đầu từ ngày \d\d\/\d\d\/\d{4}\.$/);
    expect(await w.db.pledgeSignature.count()).toBe(0);
  });

  it("refuses an agency that is not a member and a day after today", async () => {
    const w = await world();
    const { pledgeId } = await makeSigning(w);
    signInAs(w.users.SECRETARY);
    expect((await expectRefused(recordSignature(input(pledgeId, w.outsider.id), null), "INVALID_INPUT")).fieldErrors).toEqual({
      agencyId: [`Cơ quan này không phải thành viên của khối năm ${w.year}.`],
    });
    expect((await expectRefused(recordSignature(input(pledgeId, w.btg.id, { signedOn: dayFrom(1) }), null), "INVALID_INPUT")).fieldErrors).toEqual({
      signedOn: ["Ngày ký không được sau ngày hôm nay."],
    });
    expect(await w.db.pledgeSignature.count()).toBe(0);
  });

  it("requires signer, title and a valid day (schema)", () => {
    const r = SignatureInputSchema.safeParse({ pledgeId: "p", agencyId: "a", signerName: " ", signerTitle: "", signedOn: "2025-02-30" });
    const issues = r.error!.issues.map((i) => [i.path[0], i.message]);
    for (const expected of [
      ["signerName", "Vui lòng nhập người ký."],
      ["signerTitle", "Vui lòng nhập chức vụ."],
      ["signedOn", "Ngày ký không hợp lệ."],
    ])
      expect(issues).toContainEqual(expected);
  });
});
