import { SubmitScoreSheetInputSchema } from "@/lib/schemas/self-scoring";
import { saveScoreEntry } from "@/lib/server/self-scoring/save-score-entry";
import { submitScoreSheet } from "@/lib/server/self-scoring/submit-score-sheet";
import { todayInVietnam } from "@/lib/server/clock";
import { makeAgency, makeMembership, makeUser } from "../../factories";
import { signInAs } from "../setup/current-user-stub";
import { entry, pdf } from "../self-scoring/helpers";
import { world, YEAR } from "../self-scoring/world";

export { auditOf, expectRefused } from "../self-scoring/world";

function dayFromToday(offset: number): Date {
  const d = new Date(`${todayInVietnam()}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + offset);
  return d;
}

/** VERIFICATION from `opens` to `closes` days from today; null removes the phase. */
export async function setVerification(w: VerificationWorld, window: [number, number] | null) {
  await w.db.cyclePhase.deleteMany({ where: { cycleId: w.cycle.id, key: "VERIFICATION" } });
  if (window) await w.db.cyclePhase.create({ data: { cycleId: w.cycle.id, key: "VERIFICATION", opensOn: dayFromToday(window[0]), closesOn: dayFromToday(window[1]) } });
}

/**
 * The self-scoring world (bloc A: btg, bdv; SELF_SCORING open; a LOCKED table) plus a third
 * member bkt, the year's head (bkt) and deputy (bdv), VERIFICATION open, and:
 * CHAIR (no agency), CHAIR_HEAD (a chair who belongs to bkt, the head's agency), BKT_LEADER.
 * AGENCY_LEADER / AGENCY_OFFICER are btg's, OTHER_AGENCY_LEADER is bdv's (the deputy's leader).
 */
export async function verificationWorld(opts: { head?: boolean } = {}) {
  const w = await world();
  const db = w.db;
  const bkt = await makeAgency(db, { name: "Ủy ban Kiểm tra Tỉnh ủy" });
  await makeMembership(db, { blocId: w.blocA.id, agencyId: bkt.id, year: YEAR });
  if (opts.head !== false) {
    const term = { blocId: w.blocA.id, startsOn: new Date(Date.UTC(YEAR, 0, 1)), endsOn: new Date(Date.UTC(YEAR, 11, 31)), method: "ELECTED" as const };
    await db.officerTerm.create({ data: { ...term, role: "HEAD", agencyId: bkt.id } });
    await db.officerTerm.create({ data: { ...term, role: "DEPUTY", agencyId: w.bdv.id } });
  }
  const user = async (role: "CHAIR" | "AGENCY_LEADER" | "AGENCY_OFFICER", scope: { blocId?: string; agencyId?: string }, agencyId?: string) => {
    const u = await makeUser(db, { agencyId: agencyId ?? scope.agencyId });
    await db.roleAssignment.create({ data: { userId: u.id, role, ...scope } });
    return u.id;
  };
  const users = {
    ...w.users,
    CHAIR_HEAD: await user("CHAIR", { blocId: w.blocA.id }, bkt.id),
    BKT_LEADER: await user("AGENCY_LEADER", { agencyId: bkt.id }),
    BDV_OFFICER: await user("AGENCY_OFFICER", { agencyId: w.bdv.id }),
  };
  const v = { ...w, bkt, users };
  await setVerification(v, [-1, 5]);
  return v;
}

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
  const rows: [string, Record<string, unknown>][] = [
    [w.graded.id, { value: "2" }],
    [w.yesNo.id, { value: "1", files: [pdf()] }],
    [w.quant.id, { actual: "8", target: "10" }],
    [w.bonus.id, { value: "1" }],
    [w.penalty.id, { value: "0" }],
  ];
  for (const [id, over] of rows) {
    const version = (await sheetOf(w, agencyId))?.version ?? 0;
    await saveScoreEntry(entry(w, id, { ...over, agencyId, version: String(version) }));
  }
  const sheet = (await sheetOf(w, agencyId))!;
  await submitScoreSheet(SubmitScoreSheetInputSchema.parse({ sheetId: sheet.id, version: String(sheet.version) }));
  signInAs(null);
  return (await sheetOf(w, agencyId))!;
}
