import { beforeEach, describe, expect, it, vi } from "vitest";
import { getFile } from "@/lib/server/files/get-file";
import { makeAgency, makeMembership, makeUser } from "../../factories";
import { signInAs } from "../setup/current-user-stub";
import { expectRefused, submittedSheet, verificationWorld, type VerificationWorld, type VWho } from "./world";

vi.mock("@/lib/server/auth/current-user", () => import("../setup/current-user-stub"));

async function evidenceOf(w: VerificationWorld, agencyId: string) {
  const sheet = await submittedSheet(w, agencyId);
  return w.db.storedFile.findFirstOrThrow({ where: { scoreEntry: { sheetId: sheet.id } } });
}

/** An agency of bloc A in 2025 only: it reaches the bloc, but is no member in 2026. */
async function formerMemberOfficer(w: VerificationWorld) {
  const old = await makeAgency(w.db, { name: "Ban Nội chính Tỉnh ủy" });
  await makeMembership(w.db, { blocId: w.blocA.id, agencyId: old.id, year: 2025 });
  const u = await makeUser(w.db, { agencyId: old.id });
  await w.db.roleAssignment.create({ data: { userId: u.id, role: "AGENCY_OFFICER", agencyId: old.id } });
  return u.id;
}

describe("getFile: score-entry evidence", () => {
  beforeEach(() => signInAs(null));

  // The head's agency (bkt) in a verification year: its verifier is the deputy's leader.
  it.each<[VWho, boolean]>([
    ["BKT_LEADER", true],
    ["SECRETARY", true],
    ["OTHER_AGENCY_LEADER", true],
    ["BDV_OFFICER", false],
    ["AGENCY_LEADER", false],
    ["AGENCY_OFFICER", false],
    ["OBSERVER", false],
    ["OTHER_OFFICER", false],
  ])("verification year, the head's evidence: %s → %s", async (who, allowed) => {
    const w = await verificationWorld();
    const file = await evidenceOf(w, w.bkt.id);
    signInAs(w.users[who]);
    if (allowed) expect((await getFile(file.id)).name).toBe("minh-chung.pdf");
    else await expectRefused(getFile(file.id), "NOT_FOUND");
  });

  it.each<[VWho | "FORMER", boolean]>([
    ["AGENCY_OFFICER", true],
    ["AGENCY_LEADER", true],
    ["OTHER_AGENCY_LEADER", true],
    ["BDV_OFFICER", true],
    ["BKT_LEADER", true], // its own evidence
    ["OBSERVER", false],
    ["OTHER_OFFICER", false],
    ["FORMER", false],
  ])("cross-scoring year, bkt's evidence: %s → %s", async (who, allowed) => {
    const w = await verificationWorld();
    const file = await evidenceOf(w, w.bkt.id);
    await w.db.cycle.update({ where: { id: w.cycle.id }, data: { scoringMode: "CROSS_SCORING" } });
    signInAs(who === "FORMER" ? await formerMemberOfficer(w) : w.users[who]);
    if (allowed) expect((await getFile(file.id)).name).toBe("minh-chung.pdf");
    else await expectRefused(getFile(file.id), "NOT_FOUND");
  });

  it("in a verification year other members do not read each other's evidence", async () => {
    const w = await verificationWorld();
    const file = await evidenceOf(w, w.btg.id);
    signInAs(w.users.OTHER_AGENCY_LEADER);
    await expectRefused(getFile(file.id), "NOT_FOUND");
    signInAs(w.users.CHAIR_HEAD);
    expect((await getFile(file.id)).name).toBe("minh-chung.pdf");
  });
});

describe("getFile: objection evidence", () => {
  beforeEach(() => signInAs(null));

  it.each<[VWho, boolean]>([
    ["AGENCY_OFFICER", true],
    ["AGENCY_LEADER", true],
    ["SECRETARY", true],
    ["CHAIR", true],
    ["ADMIN", true],
    ["OTHER_AGENCY_LEADER", false],
    ["OBSERVER", false],
    ["OTHER_SECRETARY", false],
  ])("btg's objection file: %s → %s", async (who, allowed) => {
    const w = await verificationWorld();
    const sheet = await w.db.scoreSheet.create({ data: { cycleId: w.cycle.id, tableId: w.table.id, agencyId: w.btg.id, status: "VERIFIED" } });
    const e = await w.db.scoreEntry.create({
      data: { sheetId: sheet.id, criterionId: w.graded.id, minPoints: 0, maxPoints: 5, selfInput: 1, selfPoints: 5, verifiedPoints: 3 },
    });
    const objection = await w.db.objection.create({ data: { entryId: e.id, agencyId: w.btg.id, reason: "Đã có biên bản kiểm tra" } });
    const storageKey = crypto.randomUUID();
    const file = await w.db.storedFile.create({
      data: {
        blocId: w.blocA.id,
        originalName: "bien-ban.pdf",
        mimeType: "application/pdf",
        sizeBytes: 9,
        sha256: "x",
        storageKey,
        objectionId: objection.id,
        content: { create: { bytes: new Uint8Array(Buffer.from("%PDF-1.7\n")) } },
      },
    });
    signInAs(w.users[who]);
    if (allowed) expect((await getFile(file.id)).name).toBe("bien-ban.pdf");
    else await expectRefused(getFile(file.id), "NOT_FOUND");
  });
});
