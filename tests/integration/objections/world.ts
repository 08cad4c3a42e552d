import type { PhaseKey } from "@/lib/generated/prisma/client";
import { world as resultsWorld, type World as ResultsWorld } from "../results/world";
import { setPhaseWindow } from "../setup/bloc-world";
import { testDb } from "../setup/db";
import { reusableWorld } from "../setup/reusable-world";

process.env.NEXTAUTH_SECRET ??= "integration-test-secret-at-least-32-chars";

export { YEAR } from "../results/world";

export const pdf = (name = "minh-chung.pdf") => new File([Buffer.from("%PDF-1.7\n% minh chứng\n")], name, { type: "application/pdf" });

/** The phase from `opens` to `closes` days from today; null removes it. */
export async function setPhase(cycleId: string, key: PhaseKey, w: [number, number] | null) {
  await setPhaseWindow(testDb(), cycleId, key, w);
}

/**
 * The results world (bloc A: btg 102, bdv 83, btc 48 vetoed) with every sheet VERIFIED and the
 * OBJECTION phase open today (CONFERENCE not scheduled).
 */
async function buildWorld() {
  const w = await resultsWorld();
  await testDb().scoreSheet.updateMany({ where: { cycleId: w.cycle.id }, data: { status: "VERIFIED", verifiedAt: new Date() } });
  await setPhase(w.cycle.id, "OBJECTION", [-1, 5]);
  return w;
}

/** The world above, built once per test file and put back for its later tests (setup/reusable-world.ts). */
export const world = reusableWorld(buildWorld);

export type World = ResultsWorld;
export type Who = keyof World["users"];

/** The entry of an agency's sheet for a criterion code. */
export function entryOf(w: World, agency: "btg" | "bdv" | "btc", code: string) {
  return w.sheets[agency].entries.find((e) => e.criterionId === w.t.ids[code]!.id)!;
}
