import { beforeEach, describe, expect, it, vi } from "vitest";
import { getAgencyProgress } from "@/lib/server/progress/get-agency-progress";
import { signInAs } from "../setup/current-user-stub";
import { expectRefused, world, YEAR, type Who } from "./world";

vi.mock("@/lib/server/auth/current-user", () => import("../setup/current-user-stub"));

describe("getAgencyProgress", () => {
  beforeEach(() => signInAs(null));

  // Reading Ban Tuyên giáo's progress: its own users (who may edit), and those who read every agency.
  it.each<[Who, "edit" | "read" | "NOT_FOUND"]>([
    ["AGENCY_LEADER", "edit"],
    ["AGENCY_OFFICER", "edit"],
    ["SECRETARY", "read"],
    ["CHAIR", "read"],
    ["ADMIN", "read"],
    ["OTHER_AGENCY_LEADER", "NOT_FOUND"],
    ["OBSERVER", "NOT_FOUND"],
    ["OTHER_SECRETARY", "NOT_FOUND"],
    ["OTHER_OFFICER", "NOT_FOUND"],
  ])("%s → %s", async (who, outcome) => {
    const w = await world();
    signInAs(w.users[who]);
    if (outcome === "NOT_FOUND") await expectRefused(getAgencyProgress(w.blocA.id, YEAR, w.btg.id), outcome);
    else await expect(getAgencyProgress(w.blocA.id, YEAR, w.btg.id)).resolves.toMatchObject({ agency: { id: w.btg.id }, canEdit: outcome === "edit" });
  });

  it("is not found for an agency that is not a member that year", async () => {
    const w = await world();
    signInAs(w.users.FORMER_MEMBER_LEADER);
    await expectRefused(getAgencyProgress(w.blocA.id, YEAR, w.formerMember.id), "NOT_FOUND");
  });

  it("lists every commitment with the agency's report, its version and evidence", async () => {
    const w = await world();
    const p = await w.db.commitmentProgress.create({
      data: { commitmentId: w.pledge.commitments[3]!.id, agencyId: w.btg.id, status: "AT_RISK", value: 5, note: "Thiếu phóng viên", version: 3 },
    });
    await w.db.commitmentProgress.create({ data: { commitmentId: w.pledge.commitments[0]!.id, agencyId: w.bdv.id, status: "ACHIEVED", value: 95 } });
    await w.db.storedFile.create({
      data: {
        blocId: w.blocA.id,
        originalName: "ke-hoach.pdf",
        mimeType: "application/pdf",
        sizeBytes: 2048,
        sha256: "x",
        storageKey: crypto.randomUUID(),
        progressId: p.id,
      },
    });
    signInAs(w.users.AGENCY_OFFICER);
    const r = await getAgencyProgress(w.blocA.id, YEAR, w.btg.id);
    expect(r.pledge).toMatchObject({ version: 1 });
    expect(r.items.map((i) => [i.commitment.number, i.progress?.status ?? null])).toEqual([
      [1, null],
      [2, null],
      [3, null],
      [4, "AT_RISK"],
    ]);
    expect(r.items[3]!.progress).toMatchObject({ value: 5, note: "Thiếu phóng viên", version: 3, files: [{ name: "ke-hoach.pdf", sizeBytes: 2048 }] });
  });

  it("has no items while the pledge is not signed by everyone", async () => {
    const w = await world();
    await w.db.pledge.update({ where: { id: w.pledge.id }, data: { status: "SIGNING" } });
    signInAs(w.users.AGENCY_LEADER);
    await expect(getAgencyProgress(w.blocA.id, YEAR, w.btg.id)).resolves.toMatchObject({ pledge: null, items: [] });
  });
});
