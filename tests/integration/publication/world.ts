import { world as objectionsWorld } from "../objections/world";
import { testDb } from "../setup/db";
import { reusableWorld } from "../setup/reusable-world";

export { entryOf, YEAR, type Who, type World } from "../objections/world";
export { world as worldWithSheetlessMember } from "../objections/world";

/**
 * The objections world (bloc A: btg 102, bdv 83, btc 48 vetoed, every sheet VERIFIED, OBJECTION
 * open) with every member ranked: Ban Nội chính, which has no sheet, is not a member that year,
 * so nothing is left out and publishing needs no reason. The exclusion cases start from
 * `worldWithSheetlessMember`.
 */
async function buildWorld() {
  const w = await objectionsWorld();
  await testDb().membership.deleteMany({ where: { blocId: w.blocA.id, agencyId: w.bnc.id } });
  return w;
}

/** The world above, built once per test file and put back for its later tests (setup/reusable-world.ts). */
export const world = reusableWorld(buildWorld);
