import { beforeEach, describe, expect, it, vi } from "vitest";
import { createPledgeVersion } from "@/lib/server/pledges/create-pledge-version";
import { findPledges } from "@/lib/server/pledges/find-pledges";
import { getPledge } from "@/lib/server/pledges/get-pledge";
import { getPledgeDocument } from "@/lib/server/pledges/get-pledge-document";
import { getPledgeWorkspace } from "@/lib/server/pledges/get-pledge-workspace";
import { recordSignature } from "@/lib/server/pledges/record-signature";
import { signInAs } from "../setup/current-user-stub";
import { dayFrom, expectRefused, makeSigning, setPhase, world, type Who, type World } from "./world";

vi.mock("@/lib/server/auth/current-user", () => import("../setup/current-user-stub"));

const signed = (w: World, pledgeId: string, agencyId: string, signerName = "Người ký") =>
  recordSignature({ pledgeId, agencyId, signerName, signerTitle: "Trưởng ban", signedOn: new Date(`${dayFrom(0)}T00:00:00Z`) }, null);

describe("getPledgeWorkspace", () => {
  beforeEach(() => signInAs(null));

  const READ: [Who, "ok" | "NOT_FOUND", boolean, "all" | "own" | "none"][] = [
    ["SECRETARY", "ok", true, "all"],
    ["CHAIR", "ok", true, "all"],
    ["ADMIN", "ok", false, "none"],
    ["OBSERVER", "ok", false, "none"],
    ["AGENCY_LEADER", "ok", false, "own"],
    ["AGENCY_OFFICER", "ok", false, "own"],
    ["OTHER_SECRETARY", "NOT_FOUND", false, "none"],
    ["OTHER_OFFICER", "NOT_FOUND", false, "none"],
  ];
  it.each(READ)("%s → %s (manages: %s, may sign for: %s)", async (who, outcome, canManage, signs) => {
    const w = await world();
    await makeSigning(w);
    signInAs(w.users[who]);
    if (outcome === "NOT_FOUND") return void (await expectRefused(getPledgeWorkspace(w.blocA.id, w.year), "NOT_FOUND"));
    const ws = await getPledgeWorkspace(w.blocA.id, w.year);
    expect(ws.canManage).toBe(canManage);
    const expected = { all: [w.btc.id, w.btg.id, w.bdv.id], own: [w.btg.id], none: [] }[signs];
    expect([...ws.signableAgencyIds].sort()).toEqual([...expected].sort());
  });

  it("shows the current version with its members in Vietnamese order, the table's criteria and the phases", async () => {
    const w = await world();
    const { pledgeId } = await makeSigning(w);
    signInAs(w.users.SECRETARY);
    await signed(w, pledgeId, w.btg.id);
    const ws = await getPledgeWorkspace(w.blocA.id, w.year);
    expect(ws.current).toMatchObject({ id: pledgeId, version: 1, status: "SIGNING", requiredCount: 3, signedRequired: 1 });
    expect(ws.current!.signatures.map((s) => [s.agencyName, s.signature?.signerName ?? null])).toEqual([
      ["Ban Dân vận Tỉnh ủy", null],
      ["Ban Tổ chức Tỉnh ủy", null],
      ["Ban Tuyên giáo Tỉnh ủy", "Người ký"],
    ]);
    expect(ws.current!.commitments[1]).toMatchObject({
      number: 2,
      targetKind: "PERCENT",
      targetValue: 90,
      targetComparator: "AT_LEAST",
      target: "≥ 90% cán bộ",
    });
    expect(ws.current!.commitments[0]!.criteria.map((c) => c.code)).toEqual(["I.1"]);
    expect(ws.criteriaOptions!.map((c) => c.code)).toEqual(["I.1", "I.2"]);
    expect(ws.signableAgencyIds.sort()).toEqual([w.bdv.id, w.btc.id].sort());
    expect([ws.drafting.open, ws.signing.open]).toEqual([true, true]);
    await setPhase(w, "PLEDGE_SIGNING", -9, -1);
    const closed = await getPledgeWorkspace(w.blocA.id, w.year);
    expect(closed.signing).toMatchObject({ open: false, reason: expect.stringContaining("đã kết thúc") });
  });

  it("offers the cycle's unused signing meeting to fill the form, and says when there is no criteria table", async () => {
    const w = await world();
    const meeting = await w.db.meeting.create({
      data: {
        cycleId: w.cycleB.id,
        kind: "PLEDGE_SIGNING",
        heldOn: new Date("2026-02-06T00:00:00Z"),
        place: "Hội trường",
        chairName: "Chủ trì",
        attendances: { create: [{ agencyId: w.outsider.id, status: "PRESENT" }] },
      },
    });
    signInAs(w.users.OTHER_SECRETARY);
    const ws = await getPledgeWorkspace(w.blocB.id, w.year);
    expect(ws.current).toBeNull();
    expect(ws.criteriaOptions).toBeNull();
    expect(ws.meetingPrefill).toEqual({ id: meeting.id, heldOn: "2026-02-06", place: "Hội trường", chairName: "Chủ trì", presentAgencyIds: [w.outsider.id] });
  });
});

describe("getPledge and getPledgeDocument", () => {
  beforeEach(() => signInAs(null));

  it("keeps a superseded version readable with links between versions", async () => {
    const w = await world();
    const { pledgeId } = await makeSigning(w);
    signInAs(w.users.SECRETARY);
    for (const a of [w.btg, w.bdv, w.btc]) await signed(w, pledgeId, a.id);
    await createPledgeVersion({ pledgeId, reason: "Điều chỉnh" });
    signInAs(w.users.OBSERVER);
    const v1 = await getPledge(w.blocA.id, w.year, 1);
    expect(v1).toMatchObject({ status: "SUPERSEDED", nextVersion: 2, previousVersion: null, signedRequired: 3 });
    expect(await getPledge(w.blocA.id, w.year, 2)).toMatchObject({ status: "DRAFT", previousVersion: 1, changeReason: "Điều chỉnh", signedRequired: 0 });
    await expectRefused(getPledge(w.blocA.id, w.year, 3), "NOT_FOUND");
    signInAs(w.users.OTHER_OFFICER);
    await expectRefused(getPledge(w.blocA.id, w.year, 1), "NOT_FOUND");
    await expectRefused(getPledgeDocument(w.blocA.id, w.year, 1), "NOT_FOUND");
  });

  it("gives the document every member, blank for those not signed, in the Party format with the place and signing day", async () => {
    const w = await world();
    const { pledgeId } = await makeSigning(w);
    signInAs(w.users.SECRETARY);
    await signed(w, pledgeId, w.btc.id, "Nguyễn Đức Long");
    signInAs(w.users.AGENCY_OFFICER);
    const doc = await getPledgeDocument(w.blocA.id, w.year, 1);
    expect(doc).toMatchObject({
      isParty: true,
      blocKind: "KHOI",
      place: "Kon Tum",
      signedOn: dayFrom(0),
      year: w.year,
      statusMark: "DỰ THẢO",
      bases: ["Luật Thi đua, khen thưởng 2022", "Chỉ thị 41-CT/TW"],
    });
    expect(doc.commitments).toEqual([
      { number: 1, text: "Tuyên truyền, quán triệt nghị quyết", target: null },
      { number: 2, text: "Cán bộ đạt Lao động tiên tiến", target: "≥ 90% cán bộ" },
    ]);
    expect(doc.signers).toEqual([
      { agencyName: "Ban Dân vận Tỉnh ủy", signerTitle: null, signerName: null, signedOn: null },
      { agencyName: "Ban Tổ chức Tỉnh ủy", signerTitle: "Trưởng ban", signerName: "Nguyễn Đức Long", signedOn: dayFrom(0) },
      { agencyName: "Ban Tuyên giáo Tỉnh ủy", signerTitle: null, signerName: null, signedOn: null },
    ]);
  });
});

describe("findPledges", () => {
  beforeEach(() => signInAs(null));

  it("gives the latest version's commitments with their target as one line, comparator included", async () => {
    const w = await world();
    await makeSigning(w);
    signInAs(w.users.OBSERVER);
    const { latest } = await findPledges(w.blocA.id, w.year);
    expect(latest!.commitments).toEqual([
      { number: 1, text: "Tuyên truyền, quán triệt nghị quyết", target: null },
      { number: 2, text: "Cán bộ đạt Lao động tiên tiến", target: "≥ 90% cán bộ" },
    ]);
  });
});
