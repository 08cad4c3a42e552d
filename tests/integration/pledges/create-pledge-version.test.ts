import { beforeEach, describe, expect, it, vi } from "vitest";
import { NewPledgeVersionInputSchema } from "@/lib/schemas/pledge";
import { createPledgeVersion } from "@/lib/server/pledges/create-pledge-version";
import { recordSignature } from "@/lib/server/pledges/record-signature";
import { signInAs } from "../setup/current-user-stub";
import { auditOf, dayFrom, expectRefused, makeDraft, makeSigning, MANAGE_OUTCOMES, setPhase, world, type World } from "./world";

vi.mock("@/lib/server/auth/current-user", () => import("../setup/current-user-stub"));

const REASON = "Bổ sung cam kết sau khi hợp nhất Ban Tuyên giáo và Ban Dân vận";

async function makeLocked(w: World) {
  const { pledgeId } = await makeSigning(w);
  signInAs(w.users.SECRETARY);
  for (const a of [w.btg, w.bdv, w.btc])
    await recordSignature({ pledgeId, agencyId: a.id, signerName: "Người ký", signerTitle: "Trưởng ban", signedOn: new Date(`${dayFrom(0)}T00:00:00Z`) }, null);
  signInAs(null);
  return pledgeId;
}

describe("createPledgeVersion", () => {
  beforeEach(() => signInAs(null));

  it.each(MANAGE_OUTCOMES)("%s → %s", async (who, outcome) => {
    const w = await world();
    const pledgeId = await makeLocked(w);
    signInAs(w.users[who]);
    if (outcome === "ok") await createPledgeVersion({ pledgeId, reason: REASON });
    else await expectRefused(createPledgeVersion({ pledgeId, reason: REASON }), outcome);
    expect(await w.db.pledge.count()).toBe(outcome === "ok" ? 2 : 1);
  });

  it("creates version 2 as a draft copy (comparators included) with the reason and no signatures; version 1 is superseded but kept, audited", async () => {
    const w = await world();
    const pledgeId = await makeLocked(w);
    signInAs(w.users.CHAIR);
    expect(await createPledgeVersion({ pledgeId, reason: REASON })).toEqual({ version: 2 });
    const [v1, v2] = await w.db.pledge.findMany({
      orderBy: { version: "asc" },
      include: { commitments: { include: { criteria: true }, orderBy: { number: "asc" } }, signatures: true },
    });
    expect(v1).toMatchObject({ version: 1, status: "SUPERSEDED" });
    expect(v1!.signatures).toHaveLength(3);
    expect(v1!.lockedAt).toBeInstanceOf(Date);
    expect(v2).toMatchObject({
      version: 2,
      status: "DRAFT",
      previousId: v1!.id,
      changeReason: REASON,
      title: v1!.title,
      theme: v1!.theme,
      bases: v1!.bases,
      signingMeetingId: null,
      lockedAt: null,
      rowVersion: 1,
    });
    expect(v2!.signatures).toHaveLength(0);
    const strip = (cs: typeof v1.commitments) =>
      cs.map((c) => [
        c.number,
        c.text,
        c.targetKind,
        c.targetValue?.toString() ?? null,
        c.targetComparator,
        c.targetUnit,
        c.criteria.map((l) => l.criterionId),
      ]);
    expect(strip(v2!.commitments)).toEqual(strip(v1!.commitments));
    expect(v2!.commitments.map((c) => c.targetComparator)).toEqual(["EXACTLY", "AT_LEAST"]);
    expect(v2!.commitments[0]!.id).not.toBe(v1!.commitments[0]!.id);
    const supersede = (await auditOf("Pledge", v1!.id)).find((a) => a.action === "pledge.supersede")!;
    expect(supersede).toMatchObject({ actorId: w.users.CHAIR, reason: REASON, before: { status: "LOCKED" }, after: { status: "SUPERSEDED", replacedBy: 2 } });
    const created = (await auditOf("Pledge", v2!.id))[0]!;
    expect(created).toMatchObject({
      action: "pledge.new-version",
      reason: REASON,
      after: expect.objectContaining({ version: 2, status: "DRAFT", previousVersion: 1 }),
    });
    expect((created.after as { commitments: unknown[] }).commitments[1]).toMatchObject({ targetValue: "90", targetComparator: "AT_LEAST" });
  });

  it("is refused for a version that is not locked, saying why", async () => {
    const w = await world();
    const { pledgeId } = await makeDraft(w);
    signInAs(w.users.SECRETARY);
    const e = await expectRefused(createPledgeVersion({ pledgeId, reason: REASON }), "CONFLICT");
    expect(e.message).toContain("Chỉ tạo phiên bản mới từ giao ước đã khóa");
    expect(await w.db.pledge.count()).toBe(1);
  });

  it("is refused twice from the same version (the second editor)", async () => {
    const w = await world();
    const pledgeId = await makeLocked(w);
    signInAs(w.users.SECRETARY);
    await createPledgeVersion({ pledgeId, reason: REASON });
    signInAs(w.users.CHAIR);
    const e = await expectRefused(createPledgeVersion({ pledgeId, reason: "Lý do khác" }), "CONFLICT");
    expect(e.message).toContain("đã được thay thế");
    expect(await w.db.pledge.count()).toBe(2);
  });

  it("is refused outside the drafting phases, with the reason", async () => {
    const w = await world();
    const pledgeId = await makeLocked(w);
    await setPhase(w, "PLEDGE_SIGNING", -9, -1);
    signInAs(w.users.SECRETARY);
    const e = await expectRefused(createPledgeVersion({ pledgeId, reason: REASON }), "PHASE_CLOSED");
    expect(e.message).toContain("Chỉ soạn giao ước khi");
    expect((await w.db.pledge.findUniqueOrThrow({ where: { id: pledgeId } })).status).toBe("LOCKED");
  });

  it("requires a reason (schema)", () => {
    const r = NewPledgeVersionInputSchema.safeParse({ pledgeId: "p", reason: "   " });
    expect(r.error!.issues.map((i) => [i.path[0], i.message])).toEqual([["reason", "Vui lòng nhập lý do điều chỉnh."]]);
  });
});
