import "server-only";
import { checkVerifiedValue, differsFromSelf, type FieldErrors, type SelfValues, type VerifiedValues } from "@/lib/domain/verification";
import type { CriterionType } from "@/lib/domain/scoring/types";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { VerifiedValueInput } from "@/lib/schemas/verification";
import { writeAudit } from "@/lib/server/audit";
import { AppError } from "@/lib/server/errors";

/**
 * The writes behind verifying entries, shared by the one-entry save and the whole-sheet save.
 * They take the caller's transaction and check nothing about who calls: the use cases in the
 * folder above do that first (authorizeVerifier, the phase, the sheet's state and version).
 */

const num = (d: { toNumber(): number } | null) => (d === null ? null : d.toNumber());

/** A criterion of the sheet's table, as verification needs it. */
export interface VerifyDef {
  id: string;
  code: string;
  type: CriterionType;
  minPoints: number;
  maxPoints: number;
}

/** The criteria of a table, by id (groups included: refused by the value check). */
export async function verifyDefs(tx: Prisma.TransactionClient, tableId: string): Promise<Map<string, VerifyDef>> {
  const rows = await tx.criterion.findMany({ where: { tableId }, select: { id: true, code: true, type: true, minPoints: true, maxPoints: true } });
  return new Map(rows.map((c) => [c.id, { ...c, minPoints: c.minPoints.toNumber(), maxPoints: c.maxPoints.toNumber() }]));
}

/** The sheet's stored entries by criterion (self and verified values). */
export async function sheetEntries(tx: Prisma.TransactionClient, sheetId: string, criterionIds?: readonly string[]) {
  const rows = await tx.scoreEntry.findMany({ where: { sheetId, ...(criterionIds ? { criterionId: { in: [...criterionIds] } } : {}) } });
  return new Map(rows.map((e) => [e.criterionId, e]));
}
export type StoredEntry = NonNullable<ReturnType<Awaited<ReturnType<typeof sheetEntries>>["get"]>>;

/** The agency's own values of an entry (null without one, e.g. an unticked gate). */
export function selfOf(before: StoredEntry | undefined): SelfValues | null {
  return before
    ? { isNA: before.isNA, selfInput: num(before.selfInput), actual: num(before.actual), target: num(before.target), selfPoints: num(before.selfPoints) }
    : null;
}

/** What the form's fields mean for this criterion type (lib/domain/verification.ts). */
export function verifiedValueOf(type: CriterionType, input: VerifiedValueInput): VerifiedValues {
  if (type === "QUANTITATIVE") return { points: null, actual: input.actual, target: input.target };
  if (type === "GATE") return { points: null, actual: input.violation ? 1 : 0, target: null };
  return { points: input.points, actual: null, target: null };
}

/** The value's field errors, with a message about the row as a whole under "row"; null when it may be saved. */
export function verificationErrors(def: VerifyDef, before: StoredEntry | undefined, value: VerifiedValues, reason: string | null): FieldErrors | null {
  const errors = checkVerifiedValue(def, selfOf(before), value, reason);
  if (!errors) return null;
  const { _: row, ...fields } = errors;
  return row ? { ...fields, row } : fields;
}

const same = (a: number | null, b: number | null) => (a === null || b === null ? a === b : Math.round(a * 1e4) === Math.round(b * 1e4));

/** Is the entry already verified with exactly this value and reason? (The sheet save writes only what changes.) */
export function sameVerification(before: StoredEntry | undefined, value: VerifiedValues, reason: string | null): boolean {
  return (
    !!before?.verifiedAt &&
    same(num(before.verifiedPoints), value.points) &&
    same(num(before.verifiedActual), value.actual) &&
    same(num(before.verifiedTarget), value.target) &&
    (before.verifyReason ?? null) === reason
  );
}

type At = { sheetId: string; blocId: string; agencyId: string; actorId: string; sheetVersion: number };

/** Stores one entry's verified value (creating the entry of an unticked gate) and its audit row. */
export async function writeVerification(
  tx: Prisma.TransactionClient,
  at: At,
  def: VerifyDef,
  before: StoredEntry | undefined,
  value: VerifiedValues,
  reason: string | null,
): Promise<void> {
  const data = {
    verifiedPoints: value.points,
    verifiedActual: value.actual,
    verifiedTarget: value.target,
    verifyReason: reason,
    verifiedById: at.actorId,
    verifiedAt: new Date(),
  };
  const entry = await tx.scoreEntry.upsert({
    where: { sheetId_criterionId: { sheetId: at.sheetId, criterionId: def.id } },
    create: { sheetId: at.sheetId, criterionId: def.id, minPoints: def.minPoints, maxPoints: def.maxPoints, ...data },
    update: data,
    select: { id: true },
  });
  await writeAudit(tx, {
    actorId: at.actorId,
    action: "score-entry.verify",
    entity: "ScoreEntry",
    entityId: entry.id,
    blocId: at.blocId,
    before: before && verifiedPart(before),
    after: {
      criterionCode: def.code,
      agencyId: at.agencyId,
      selfPoints: before?.selfPoints ?? null,
      verifiedPoints: value.points,
      verifiedActual: value.actual,
      verifiedTarget: value.target,
      verifyReason: reason,
      changed: differsFromSelf(def.type, selfOf(before), value),
      sheetVersion: at.sheetVersion,
    },
    reason,
  });
}

/** Withdraws the verification of a verified entry (its box unticked): it counts as not verified again. */
export async function withdrawVerification(tx: Prisma.TransactionClient, at: At, def: VerifyDef, before: StoredEntry): Promise<void> {
  await tx.scoreEntry.update({
    where: { id: before.id },
    data: { verifiedPoints: null, verifiedActual: null, verifiedTarget: null, verifyReason: null, verifiedById: null, verifiedAt: null },
  });
  await writeAudit(tx, {
    actorId: at.actorId,
    action: "score-entry.unverify",
    entity: "ScoreEntry",
    entityId: before.id,
    blocId: at.blocId,
    before: verifiedPart(before),
    after: { criterionCode: def.code, agencyId: at.agencyId, verifiedPoints: null, verifiedActual: null, verifiedTarget: null, sheetVersion: at.sheetVersion },
  });
}

function verifiedPart(e: StoredEntry) {
  return { verifiedPoints: e.verifiedPoints, verifiedActual: e.verifiedActual, verifiedTarget: e.verifiedTarget, verifyReason: e.verifyReason };
}

/** The database's own range check refused a verified points value (the rule above checks it first). */
export const outOfRange = () =>
  new AppError("INVALID_INPUT", "Điểm thẩm định phải nằm trong khoảng điểm của tiêu chí.", { points: ["Điểm thẩm định ngoài khoảng cho phép."] });
