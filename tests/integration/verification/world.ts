import { SubmitScoreSheetInputSchema } from "@/lib/schemas/self-scoring";
import { saveScoreEntry } from "@/lib/server/self-scoring/save-score-entry";
import { submitScoreSheet } from "@/lib/server/self-scoring/submit-score-sheet";
import { makeAgency, makeMembership } from "../../factories";
import { makeRoleUser, setPhaseWindow } from "../setup/bloc-world";
import { signInAs } from "../setup/current-user-stub";
import { entry, filledRows } from "../self-scoring/helpers";
import { world, YEAR } from "../self-scoring/world";
import { reusableWorld } from "../setup/reusable-world";

export { auditOf, expectRefused } from "../self-scoring/world";

/** VERIFICATION from `opens` to `closes` days from today; null removes the phase. */
export async function setVerification(w: VerificationWorld, window: [number, number] | null) {
  await setPhaseWindow(w.db, w.cycle.id, "VERIFICATION", window);
}

/**
 * The self-scoring world (bloc A: btg, bdv; SELF_SCORING open; a LOCKED table) plus a third
 * member bkt, the year's head (bkt) and deputy (bdv), VERIFICATION open, and:
 * CHAIR (no agency), CHAIR_HEAD (a chair who belongs to bkt, the head's agency), BKT_LEADER.
 * AGENCY_LEADER / AGENCY_OFFICER are btg's, OTHER_AGENCY_LEADER is bdv's (the deputy's leader).
 */
async function buildVerificationWorld(opts: { head?: boolean } = {}) {
  const w = await world();
  const db = w.db;
  const bkt = await makeAgency(db, { name: "Ủy ban Kiểm tra Tỉnh ủy" });
  await makeMembership(db, { blocId: w.blocA.id, agencyId: bkt.id, year: YEAR });
  if (opts.head !== false) {
    const term = { blocId: w.blocA.id, startsOn: new Date(Date.UTC(YEAR, 0, 1)), endsOn: new Date(Date.UTC(YEAR, 11, 31)), method: "ELECTED" as const };
    await db.officerTerm.create({ data: { ...term, role: "HEAD", agencyId: bkt.id } });
    await db.officerTerm.create({ data: { ...term, role: "DEPUTY", agencyId: w.bdv.id } });
  }
  const users = {
    ...w.users,
    CHAIR_HEAD: await makeRoleUser(db, "CHAIR", { blocId: w.blocA.id }, { agencyId: bkt.id }),
    BKT_LEADER: await makeRoleUser(db, "AGENCY_LEADER", { agencyId: bkt.id }),
    BDV_OFFICER: await makeRoleUser(db, "AGENCY_OFFICER", { agencyId: w.bdv.id }),
  };
  const v = { ...w, bkt, users };
  await setVerification(v, [-1, 5]);
  return v;
}

/** The world above, built once per test file and put back for its later tests (setup/reusable-world.ts). */
export const verificationWorld = reusableWorld(buildVerificationWorld);

export type VerificationWorld = Awaited<ReturnType<typeof verificationWorld>>;
export type VWho = keyof VerificationWorld["users"];

export const leaderOf = (w: VerificationWorld, agencyId: string) =>
  agencyId === w.btg.id ? w.users.AGENCY_LEADER : agencyId === w.bdv.id ? w.users.OTHER_AGENCY_LEADER : w.users.BKT_LEADER;

const sheetOf = (w: VerificationWorld, agencyId: string) => w.db.scoreSheet.findFirst({ where: { agencyId, tableId: w.table.id } });

/**
 * Fills and submits an agency's sheet through the self-scoring use cases, signed in as its
 * leader: 1.1 "Khá" (3), 1.2 yes (3, with evidence), 1.3 8/10, T1 1, P1 0; the gate left unticked.
 */
export async function submittedSheet(w: VerificationWorld, agencyId: string) {
  signInAs(leaderOf(w, agencyId));
  for (const [id, over] of filledRows(w)) {
    const version = (await sheetOf(w, agencyId))?.version ?? 0;
    await saveScoreEntry(entry(w, id, { ...over, agencyId, version: String(version) }));
  }
  const sheet = (await sheetOf(w, agencyId))!;
  await submitScoreSheet(SubmitScoreSheetInputSchema.parse({ sheetId: sheet.id, version: String(sheet.version) }));
  signInAs(null);
  return (await sheetOf(w, agencyId))!;
}
