import { beforeEach, describe, expect, it, vi } from "vitest";
import { findProgressMatrix } from "@/lib/server/progress/find-progress-matrix";
import { signInAs } from "../setup/current-user-stub";
import { expectRefused, makePledge, world, YEAR, type Who, type World } from "./world";

vi.mock("@/lib/server/auth/current-user", () => import("../setup/current-user-stub"));

/** Progress rows written directly: the reader is under test, not the use case. */
async function report(
  w: World,
  agencyId: string,
  index: number,
  status: "ON_TRACK" | "AT_RISK" | "ACHIEVED",
  value: number | null = null,
  note: string | null = null,
) {
  return w.db.commitmentProgress.create({ data: { commitmentId: w.pledge.commitments[index]!.id, agencyId, status, value, note } });
}

describe("findProgressMatrix", () => {
  beforeEach(() => signInAs(null));

  it.each<[Who, "ok" | "NOT_FOUND"]>([
    ["SECRETARY", "ok"],
    ["CHAIR", "ok"],
    ["ADMIN", "ok"],
    ["OBSERVER", "NOT_FOUND"],
    ["AGENCY_LEADER", "NOT_FOUND"],
    ["AGENCY_OFFICER", "NOT_FOUND"],
    ["OTHER_SECRETARY", "NOT_FOUND"],
    ["OTHER_OFFICER", "NOT_FOUND"],
  ])("%s → %s", async (who, outcome) => {
    const w = await world();
    signInAs(w.users[who]);
    if (outcome === "ok") await expect(findProgressMatrix(w.blocA.id, YEAR)).resolves.toMatchObject({ pledge: { id: w.pledge.id } });
    else await expectRefused(findProgressMatrix(w.blocA.id, YEAR), outcome);
  });

  it("gives every member × commitment, missing progress as NOT_STARTED, with counts, shares, notes and files", async () => {
    const w = await world();
    const p = await report(w, w.btg.id, 0, "ACHIEVED", 92, "Vượt chỉ tiêu");
    await report(w, w.btg.id, 1, "ON_TRACK", 1);
    await report(w, w.bdv.id, 0, "AT_RISK", 70);
    await w.db.storedFile.create({
      data: {
        blocId: w.blocA.id,
        originalName: "bao-cao.pdf",
        mimeType: "application/pdf",
        sizeBytes: 10,
        sha256: "x",
        storageKey: crypto.randomUUID(),
        progressId: p.id,
      },
    });
    // A former member's progress (it left after last year) is not in this year's matrix.
    await report(w, w.formerMember.id, 0, "ACHIEVED", 99);
    signInAs(w.users.SECRETARY);
    const m = await findProgressMatrix(w.blocA.id, YEAR);

    expect(m.commitments.map((c) => [c.number, c.targetKind, c.targetValue, c.targetComparator])).toEqual([
      [1, "PERCENT", 90, "AT_LEAST"],
      [2, "YES_NO", null, "EXACTLY"],
      [3, "TEXT", null, "EXACTLY"],
      [4, "NUMBER", 12, "AT_LEAST"],
    ]);
    expect(m.rows.map((r) => r.agencyName)).toEqual(["Ban Dân vận Tỉnh ủy", "Ban Tổ chức Tỉnh ủy", "Ban Tuyên giáo Tỉnh ủy"]);
    const btg = m.rows[2]!;
    expect(btg.cells.map((c) => c.status)).toEqual(["ACHIEVED", "ON_TRACK", "NOT_STARTED", "NOT_STARTED"]);
    expect(btg.cells[0]).toMatchObject({ value: 92, meetsTarget: true, isReported: true, note: "Vượt chỉ tiêu", files: [{ name: "bao-cao.pdf" }] });
    expect([btg.achievedShare, btg.onTrackShare]).toEqual([0.25, 0.25]);
    expect(m.rows[0]!.cells[0]).toMatchObject({ status: "AT_RISK", value: 70, meetsTarget: false });
    expect(m.rows[1]!.cells.every((c) => c.status === "NOT_STARTED" && !c.isReported)).toBe(true);
    expect(m.byCommitment[0]).toEqual({ NOT_STARTED: 1, ON_TRACK: 0, AT_RISK: 1, ACHIEVED: 1 });
    expect(m.byCommitment[3]).toEqual({ NOT_STARTED: 3, ON_TRACK: 0, AT_RISK: 0, ACHIEVED: 0 });
  });

  it("judges each value by its commitment's stored comparator (≥, ≤, exactly)", async () => {
    const w = await world();
    const [percent, , , number] = w.pledge.commitments;
    await report(w, w.btg.id, 0, "ON_TRACK", 92);
    await report(w, w.btg.id, 3, "ON_TRACK", 10);
    signInAs(w.users.SECRETARY);
    const cells = async () => (await findProgressMatrix(w.blocA.id, YEAR)).rows[2]!.cells.map((c) => c.meetsTarget);
    expect(await cells()).toEqual([true, null, null, false]); // ≥ 90%, ≥ 12
    await w.db.pledgeCommitment.update({ where: { id: percent!.id }, data: { targetComparator: "EXACTLY" } });
    await w.db.pledgeCommitment.update({ where: { id: number!.id }, data: { targetComparator: "AT_MOST" } });
    expect(await cells()).toEqual([false, null, null, true]); // exactly 90%, ≤ 12
  });

  it("is empty (no pledge) until a version is signed by everyone", async () => {
    const w = await world();
    await w.db.pledge.update({ where: { id: w.pledge.id }, data: { status: "SIGNING", lockedAt: null } });
    signInAs(w.users.CHAIR);
    await expect(findProgressMatrix(w.blocA.id, YEAR)).resolves.toEqual({ pledge: null, commitments: [], rows: [], byCommitment: [] });
  });

  it("reads the latest signed version, not a newer one being drafted or signed", async () => {
    const w = await world();
    // create-pledge-version marks the locked version SUPERSEDED as soon as v2 is drafted.
    await w.db.pledge.update({ where: { id: w.pledge.id }, data: { status: "SUPERSEDED" } });
    const v2 = await makePledge(w.cycle.id, 2, "SIGNING");
    signInAs(w.users.SECRETARY);
    const m = await findProgressMatrix(w.blocA.id, YEAR);
    expect([m.pledge?.version, m.commitments[0]!.id]).toEqual([1, w.pledge.commitments[0]!.id]);
    await w.db.pledge.update({ where: { id: v2.id }, data: { status: "LOCKED" } });
    expect((await findProgressMatrix(w.blocA.id, YEAR)).pledge?.version).toBe(2);
  });
});
