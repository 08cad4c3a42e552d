/**
 * Re-validating the entries already made when a locked criteria table gets a new version
 * (docs/domain/scoring.md#table-locking: "entries already made are re-checked and the affected agencies are told").
 * Pure: each agency's sheet is carried to the new version; every entry is matched by the
 * criterion's code, re-checked against the new definition and its points recomputed.
 */
import type { CriterionNode } from "./criteria-table";
import { checkEntryValues } from "./self-scoring";

export interface CarriedEntryInput {
  id: string;
  criterionId: string;
  isNA: boolean;
  selfInput: number | null;
  actual: number | null;
  target: number | null;
  selfPoints: number | null;
  verifiedPoints: number | null;
  finalPoints: number | null;
}

export interface SheetToCarry {
  id: string;
  agencyId: string;
  status: "DRAFT" | "SUBMITTED" | "RETURNED" | "VERIFIED";
  returnReason: string | null;
  entries: CarriedEntryInput[];
}

export type EntryOutcome =
  | {
      kind: "KEEP";
      entry: CarriedEntryInput;
      code: string;
      criterionId: string;
      selfPoints: number | null;
      minPoints: number;
      maxPoints: number;
      changed: boolean;
      clearVerified: boolean;
    }
  | { kind: "DROP"; entry: CarriedEntryInput; code: string; reason: string };

export interface SheetPlan {
  sheet: SheetToCarry;
  outcomes: EntryOutcome[];
  /** Codes of carried entries whose definition or points changed. */
  changedCodes: string[];
  /** Codes of entries dropped, with why. */
  dropped: { code: string; reason: string }[];
  /** Codes of scorable criteria new in this version (not yet scored by anyone). */
  addedCodes: string[];
  affected: boolean;
  nextStatus: SheetToCarry["status"];
  /** What changed for this sheet ("tiêu chí thay đổi: 1.2; …"), null when nothing did. */
  summary: string | null;
  /** The reason shown to the agency when its sheet is affected; null when nothing changed for it. */
  returnReason: string | null;
}

/** What scoring reads of a node; a difference here means entries must be looked at again. */
function scoringShape(n: CriterionNode): string {
  const { type, maxPoints, minPoints, floorPct, allowNA, useLeaderFormula, pointsPerUnit, cap, evidenceRequired, levels } = n;
  return JSON.stringify({
    type,
    maxPoints,
    minPoints,
    floorPct,
    allowNA,
    useLeaderFormula,
    pointsPerUnit,
    cap,
    evidenceRequired,
    levels: levels.map((l) => [l.order, l.points]),
  });
}

/**
 * One sheet after the new version: each entry kept (new criterion id, recomputed points) or
 * dropped (the criterion is gone, is now a group, or the value no longer fits). A submitted or
 * verified sheet with a changed, dropped or newly added criterion goes back to RETURNED.
 * `points` is the engine's self-score of an entry under a definition (null when not storable).
 */
export function planSheetCarry(
  p: { version: number; reason: string; oldNodes: readonly CriterionNode[]; newNodes: readonly CriterionNode[]; sheet: SheetToCarry },
  points: (def: CriterionNode, entry: CarriedEntryInput) => number | null,
): SheetPlan {
  const oldById = new Map(p.oldNodes.map((n) => [n.id, n]));
  const newByCode = new Map(p.newNodes.map((n) => [n.code, n]));
  const oldCodes = new Set(p.oldNodes.map((n) => n.code));
  const outcomes: EntryOutcome[] = [];
  for (const entry of p.sheet.entries) {
    const old = oldById.get(entry.criterionId);
    const code = old?.code ?? "?";
    const next = old ? newByCode.get(old.code) : undefined;
    if (!old || !next) {
      outcomes.push({ kind: "DROP", entry, code, reason: "tiêu chí không còn trong bảng" });
      continue;
    }
    if (next.type === "GROUP") {
      outcomes.push({ kind: "DROP", entry, code, reason: "tiêu chí đã chuyển thành nhóm" });
      continue;
    }
    const value = next.type === "QUANTITATIVE" ? null : entry.selfInput;
    const typeChanged = old.type !== next.type;
    const errors = typeChanged
      ? { type: ["loại tiêu chí đã thay đổi"] }
      : checkEntryValues(next, { isNA: entry.isNA, value, actual: entry.actual, target: entry.target });
    if (errors) {
      outcomes.push({ kind: "DROP", entry, code, reason: Object.values(errors).flat().join(" ").replace(/\.$/, "") });
      continue;
    }
    const selfPoints = points(next, entry);
    const defChanged = scoringShape(old) !== scoringShape(next);
    outcomes.push({
      kind: "KEEP",
      entry,
      code,
      criterionId: next.id,
      selfPoints,
      minPoints: next.minPoints,
      maxPoints: next.maxPoints,
      changed: defChanged || selfPoints !== entry.selfPoints,
      // Verified and final points were decided under the old definition: they are decided again.
      clearVerified: defChanged && (entry.verifiedPoints !== null || entry.finalPoints !== null),
    });
  }
  const changedCodes = outcomes.flatMap((o) => (o.kind === "KEEP" && o.changed ? [o.code] : []));
  const dropped = outcomes.flatMap((o) => (o.kind === "DROP" ? [{ code: o.code, reason: o.reason }] : []));
  const addedCodes = p.newNodes.filter((n) => n.type !== "GROUP" && n.type !== "GATE" && !oldCodes.has(n.code)).map((n) => n.code);
  const affected = changedCodes.length > 0 || dropped.length > 0 || addedCodes.length > 0;
  const sent = p.sheet.status === "SUBMITTED" || p.sheet.status === "VERIFIED";
  const nextStatus = affected && sent ? "RETURNED" : p.sheet.status;
  const parts = [
    changedCodes.length > 0 ? `tiêu chí thay đổi: ${changedCodes.join(", ")}` : null,
    dropped.length > 0 ? `điểm bị bỏ: ${dropped.map((d) => `${d.code} (${d.reason})`).join(", ")}` : null,
    addedCodes.length > 0 ? `tiêu chí mới cần chấm: ${addedCodes.join(", ")}` : null,
  ].filter(Boolean);
  const summary = affected ? parts.join("; ") : null;
  const returnReason = affected ? `Bảng tiêu chí có phiên bản ${p.version} (${p.reason}); ${summary}.` : null;
  return { sheet: p.sheet, outcomes, changedCodes, dropped, addedCodes, affected, nextStatus, summary, returnReason };
}

/**
 * Old id → new id of the scorable criteria whose scoring definition did not change: points
 * decided on them (cross-scores) still hold under the new version; the others are decided again.
 */
export function unchangedCriteria(oldNodes: readonly CriterionNode[], newNodes: readonly CriterionNode[]): Map<string, string> {
  const newByCode = new Map(newNodes.map((n) => [n.code, n]));
  const out = new Map<string, string>();
  for (const o of oldNodes) {
    const n = newByCode.get(o.code);
    if (o.type !== "GROUP" && n && scoringShape(o) === scoringShape(n)) out.set(o.id, n.id);
  }
  return out;
}
