import "server-only";
import { heldTitles, type DecidedItem, type ImportedRecord } from "@/lib/domain/people/person-history";
import type { Prisma } from "@/lib/generated/prisma/client";

type Client = Prisma.TransactionClient;

export const DECIDED_ITEM_SELECT = {
  personId: true,
  outcome: true,
  awardForm: { select: { code: true, name: true } },
  changedToForm: { select: { code: true, name: true } },
  decision: { select: { number: true, cancelledAt: true, cycle: { select: { year: true } } } },
} as const;

type DecidedRow = Prisma.DecisionItemGetPayload<{ select: typeof DECIDED_ITEM_SELECT }>;

export function toDecidedItem(i: DecidedRow): DecidedItem {
  return {
    year: i.decision.cycle.year,
    outcome: i.outcome,
    form: i.awardForm,
    changedTo: i.changedToForm,
    decisionNumber: i.decision.number,
    cancelled: i.decision.cancelledAt !== null,
  };
}

/**
 * The titles each person holds up to `upToYear` (imported years and decisions that stand), for
 * the individual gates (docs/decisions/0036). Two queries, or none without people. Takes the
 * caller's transaction: the nomination use cases read it with the nomination they change.
 */
export async function loadPersonTitles(
  client: Client,
  personIds: readonly (string | null)[],
  upToYear: number,
): Promise<Map<string, { code: string; year: number }[]>> {
  const ids = [...new Set(personIds.filter((id): id is string => !!id))];
  if (ids.length === 0) return new Map();
  const records = await client.personRecord.findMany({
    where: { personId: { in: ids }, year: { lte: upToYear } },
    select: { personId: true, year: true, code: true, name: true, decisionRef: true },
  });
  const items = await client.decisionItem.findMany({
    where: { personId: { in: ids }, decision: { cycle: { year: { lte: upToYear } } } },
    select: DECIDED_ITEM_SELECT,
  });
  const imported = new Map<string, ImportedRecord[]>();
  for (const r of records) imported.set(r.personId, [...(imported.get(r.personId) ?? []), r]);
  const decided = new Map<string, DecidedItem[]>();
  for (const i of items) if (i.personId) decided.set(i.personId, [...(decided.get(i.personId) ?? []), toDecidedItem(i)]);
  return new Map(ids.map((id) => [id, heldTitles(imported.get(id) ?? [], decided.get(id) ?? [])]));
}
