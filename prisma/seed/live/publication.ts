// Version 1 of a live bloc's published results, built by the publish use case's own code
// (lib/server/publication/build-publication.ts: the same objections check, the same results
// computation, the same snapshot). Created only when the cycle has no publication yet: a
// publication is immutable and the next version is the chair's (a correction, with a reason).
import { buildPublication, insertPublication } from "../../../lib/server/publication/build-publication";
import type { Tx } from "../util";
import type { LiveCycle } from "./context";

export async function ensurePublished(tx: Tx, cycle: LiveCycle, p: { publishedById: string | null; publishedAt: Date }): Promise<void> {
  if (await tx.resultPublication.findFirst({ where: { cycleId: cycle.id }, select: { id: true } })) return;
  const draft = await buildPublication(tx, { id: cycle.id, blocId: cycle.blocId, year: cycle.year }, { version: 1, reason: null, publishedAt: p.publishedAt });
  if (!draft.ok) {
    // E.g. someone opened an objection in the demo: the chair publishes once it is decided.
    console.warn(`seed: chưa công bố kết quả ${cycle.blocCode} ${cycle.year}: ${draft.message}`);
    return;
  }
  await insertPublication(tx, {
    cycleId: cycle.id,
    version: 1,
    reason: null,
    publishedById: p.publishedById,
    publishedAt: p.publishedAt,
    snapshot: draft.snapshot,
  });
}
