import { beforeEach, describe, expect, it, vi } from "vitest";
import { openPledgeForSigning } from "@/lib/server/pledges/open-pledge-for-signing";
import { returnPledgeToDraft } from "@/lib/server/pledges/return-pledge-to-draft";
import { signInAs } from "../setup/current-user-stub";
import { auditOf, expectRefused, makeDraft, makeSigning, MANAGE_OUTCOMES, setPhase, world } from "./world";

vi.mock("@/lib/server/auth/current-user", () => import("../setup/current-user-stub"));

const statusOf = async (w: Awaited<ReturnType<typeof world>>, id: string) => (await w.db.pledge.findUniqueOrThrow({ where: { id } })).status;

describe("openPledgeForSigning", () => {
  beforeEach(() => signInAs(null));

  it.each(MANAGE_OUTCOMES)("%s → %s", async (who, outcome) => {
    const w = await world();
    const { pledgeId, rowVersion } = await makeDraft(w);
    signInAs(w.users[who]);
    if (outcome === "ok") await openPledgeForSigning({ pledgeId, rowVersion });
    else await expectRefused(openPledgeForSigning({ pledgeId, rowVersion }), outcome);
    expect(await statusOf(w, pledgeId)).toBe(outcome === "ok" ? "SIGNING" : "DRAFT");
  });

  it("moves DRAFT to SIGNING, bumps the row version and audits it", async () => {
    const w = await world();
    const { pledgeId } = await makeSigning(w);
    const pledge = await w.db.pledge.findUniqueOrThrow({ where: { id: pledgeId } });
    expect([pledge.status, pledge.rowVersion]).toEqual(["SIGNING", 2]);
    const audit = (await auditOf("Pledge", pledgeId)).find((a) => a.action === "pledge.open-signing")!;
    expect(audit).toMatchObject({
      actorId: w.users.SECRETARY,
      before: { status: "DRAFT", rowVersion: 1 },
      after: { status: "SIGNING", rowVersion: 2, commitments: 2, requiredSigners: 3 },
    });
  });

  it("needs at least one commitment", async () => {
    const w = await world();
    const { pledgeId, rowVersion } = await makeDraft(w, { commitments: [] });
    signInAs(w.users.SECRETARY);
    const e = await expectRefused(openPledgeForSigning({ pledgeId, rowVersion }), "CONFLICT");
    expect(e.message).toBe("Giao ước cần ít nhất một nội dung cam kết trước khi mở ký kết.");
    expect(await statusOf(w, pledgeId)).toBe("DRAFT");
  });

  it("refuses a stale row version (the text changed since the page was loaded)", async () => {
    const w = await world();
    const { pledgeId } = await makeDraft(w);
    await w.db.pledge.update({ where: { id: pledgeId }, data: { rowVersion: 2 } });
    signInAs(w.users.CHAIR);
    const e = await expectRefused(openPledgeForSigning({ pledgeId, rowVersion: 1 }), "CONFLICT");
    expect(e.message).toContain("lần lưu thứ 2");
    expect(await statusOf(w, pledgeId)).toBe("DRAFT");
  });

  it("is refused outside registration and signing, with the reason", async () => {
    const w = await world();
    const { pledgeId, rowVersion } = await makeDraft(w);
    await setPhase(w, "PLEDGE_SIGNING", 3, 20);
    signInAs(w.users.SECRETARY);
    const e = await expectRefused(openPledgeForSigning({ pledgeId, rowVersion }), "PHASE_CLOSED");
    expect(e.message).toContain("“Ký kết giao ước” chưa mở: bắt đầu từ ngày");
    expect(await statusOf(w, pledgeId)).toBe("DRAFT");
  });
});

describe("returnPledgeToDraft", () => {
  beforeEach(() => signInAs(null));

  it.each(MANAGE_OUTCOMES)("%s → %s", async (who, outcome) => {
    const w = await world();
    const { pledgeId, rowVersion } = await makeSigning(w);
    signInAs(w.users[who]);
    if (outcome === "ok") await returnPledgeToDraft({ pledgeId, rowVersion });
    else await expectRefused(returnPledgeToDraft({ pledgeId, rowVersion }), outcome);
    expect(await statusOf(w, pledgeId)).toBe(outcome === "ok" ? "DRAFT" : "SIGNING");
  });

  it("goes back to DRAFT while nobody has signed, audited", async () => {
    const w = await world();
    const { pledgeId, rowVersion } = await makeSigning(w);
    signInAs(w.users.CHAIR);
    await returnPledgeToDraft({ pledgeId, rowVersion });
    const audit = (await auditOf("Pledge", pledgeId)).find((a) => a.action === "pledge.back-to-draft")!;
    expect(audit).toMatchObject({ actorId: w.users.CHAIR, before: { status: "SIGNING", rowVersion: 2 }, after: { status: "DRAFT", rowVersion: 3 } });
  });

  it("is refused once an agency has signed, saying why", async () => {
    const w = await world();
    const { pledgeId, rowVersion } = await makeSigning(w);
    await w.db.pledgeSignature.create({ data: { pledgeId, agencyId: w.btg.id, signerName: "A", signerTitle: "Trưởng ban", signedOn: new Date() } });
    signInAs(w.users.SECRETARY);
    const e = await expectRefused(returnPledgeToDraft({ pledgeId, rowVersion }), "CONFLICT");
    expect(e.message).toContain("Đã có 1 cơ quan ký nên không chuyển về dự thảo được");
    const pledge = await w.db.pledge.findUniqueOrThrow({ where: { id: pledgeId } });
    expect([pledge.status, pledge.rowVersion]).toEqual(["SIGNING", 2]);
    expect((await auditOf("Pledge", pledgeId)).some((a) => a.action === "pledge.back-to-draft")).toBe(false);
  });

  it("is refused for a draft and for a stale row version", async () => {
    const w = await world();
    const { pledgeId, rowVersion } = await makeDraft(w);
    signInAs(w.users.SECRETARY);
    expect((await expectRefused(returnPledgeToDraft({ pledgeId, rowVersion }), "CONFLICT")).message).toBe("Giao ước đang là dự thảo.");
    await openPledgeForSigning({ pledgeId, rowVersion });
    expect((await expectRefused(returnPledgeToDraft({ pledgeId, rowVersion }), "CONFLICT")).message).toContain("lần lưu thứ 2");
  });
});
