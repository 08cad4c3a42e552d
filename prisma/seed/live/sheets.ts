// A demo agency's self-scoring sheet, written the way the app's use cases would leave it:
// - each entry as save-score-entry.ts stores it: the raw input checked by checkEntryValues, the
//   self points computed by the scoring engine (criterionPoints on toEngineEntry) and kept by
//   storablePoints — never a typed number;
// - submitted only when submissionGaps finds nothing missing (every evidence-required criterion
//   has a file, evidence.ts), as submit-score-sheet.ts requires;
// - entries verified one by one as verify-entry.ts checks them (checkVerifiedValue: a changed
//   value needs a reason), and a completed verification filled in as complete-verification.ts
//   does (selfAsVerified for every entry not verified by hand, "no violation" for unticked gates).
// A sheet is created only when the agency has none in the cycle: a re-run never touches scores.
import { criterionPoints } from "../../../lib/domain/scoring/criterion-points";
import { checkEntryValues, storablePoints, submissionGaps, toEngineEntry } from "../../../lib/domain/self-scoring";
import { checkVerifiedValue, selfAsVerified, type SelfValues, type VerifiedValues } from "../../../lib/domain/verification";
import type { Tx } from "../util";
import { agencyOf, moment, type LiveCriterion, type LiveCycle } from "./context";
import { demoInputs, EXPLANATIONS, type Profile } from "./demo-inputs";
import { attachEvidence } from "./evidence";

export interface VerifyCheck {
  code: string;
  /** The verified points (not for QUANTITATIVE or GATE); omitted = the self value confirmed. */
  points?: number;
  /** QUANTITATIVE: the verified actual; omitted = the self value confirmed. */
  actual?: number;
  reason?: string;
}

export interface SheetSeed {
  agency: string;
  profile: Profile;
  /** Varies the numbers among agencies of one profile (demo-inputs.ts). */
  n: number;
  state: "DRAFT" | "SUBMITTED" | "VERIFIED";
  /** A draft half done: only the criteria of these top-level groups are filled. */
  groups?: string[];
  /** Who typed the entries (uploader of the evidence). */
  savedBy: string | null;
  submittedBy?: string | null;
  submittedOn?: string;
  verifiedBy?: string | null;
  verifiedOn?: string;
  /** Entries the verifier saved one by one (before completing, or while the sheet is still SUBMITTED). */
  checks?: VerifyCheck[];
}

export interface LiveTable {
  id: string;
  criteria: LiveCriterion[];
}

/** The code of a criterion's top-level group. */
function rootCode(byId: Map<string, LiveCriterion>, c: LiveCriterion): string {
  let node = c;
  while (node.parentId && byId.has(node.parentId)) node = byId.get(node.parentId)!;
  return node.code;
}

const num = (d: { toNumber(): number } | null) => (d === null ? null : d.toNumber());

/** Writes the sheet if the agency has none in this cycle; returns whether it did. */
export async function seedSheet(tx: Tx, cycle: LiveCycle, table: LiveTable, s: SheetSeed): Promise<boolean> {
  const agency = agencyOf(cycle, s.agency);
  if (await tx.scoreSheet.findFirst({ where: { cycleId: cycle.id, agencyId: agency.id }, select: { id: true } })) return false;
  const byId = new Map(table.criteria.map((c) => [c.id, c]));
  const inputs = demoInputs(s.profile, s.n, agency.type);

  const rows = table.criteria.flatMap((def) => {
    const input = inputs.get(def.code);
    if (def.type === "GROUP" || !input) return [];
    if (s.groups && !s.groups.includes(rootCode(byId, def))) return [];
    const values = { isNA: input.isNA ?? false, value: input.value ?? null, actual: input.actual ?? null, target: input.target ?? null };
    const errors = checkEntryValues(def, values);
    if (errors) throw new Error(`seed: ${s.agency} tiêu chí ${def.code}: ${JSON.stringify(errors)}`);
    const quantitative = def.type === "QUANTITATIVE";
    const stored = {
      isNA: values.isNA,
      selfInput: quantitative ? null : values.value,
      actual: quantitative ? values.actual : null,
      target: quantitative ? values.target : null,
    };
    const selfPoints = storablePoints(criterionPoints(def, toEngineEntry(def.type, def.id, stored)), def);
    return [{ criterionId: def.id, minPoints: def.minPoints, maxPoints: def.maxPoints, ...stored, selfPoints, explanation: EXPLANATIONS[def.code] ?? null }];
  });

  const submitted = s.state !== "DRAFT";
  const sheet = await tx.scoreSheet.create({
    data: {
      cycleId: cycle.id,
      tableId: table.id,
      agencyId: agency.id,
      status: "DRAFT",
      // One version per saved entry (save-score-entry), one for the submission, one per verification step.
      version: rows.length + (submitted ? 1 : 0) + (s.checks?.length ?? 0) + (s.state === "VERIFIED" ? 1 : 0),
    },
    select: { id: true },
  });
  await tx.scoreEntry.createMany({ data: rows.map((r) => ({ sheetId: sheet.id, ...r })) });
  const entries = await tx.scoreEntry.findMany({ where: { sheetId: sheet.id } });
  const entryOf = new Map(entries.map((e) => [e.criterionId, e]));

  const fileCount = new Map<string, number>();
  for (const def of table.criteria.filter((c) => c.evidenceRequired)) {
    const entry = entryOf.get(def.id);
    if (!entry) continue;
    await attachEvidence(tx, {
      blocId: cycle.blocId,
      uploadedById: s.savedBy,
      scoreEntryId: entry.id,
      fileName: `Minh chung tieu chi ${def.code} - ${agency.code} ${cycle.year}.pdf`,
      lines: [`MINH CHUNG - DU LIEU MINH HOA (DEMO)`, `Tieu chi ${def.code}, nam ${cycle.year}`, `Co quan: ${agency.code}`],
    });
    fileCount.set(def.id, 1);
  }
  if (!submitted) return true;

  const gaps = submissionGaps(
    table.criteria,
    entries.map((e) => ({
      criterionId: e.criterionId,
      isNA: e.isNA,
      selfInput: num(e.selfInput),
      actual: num(e.actual),
      target: num(e.target),
      fileCount: fileCount.get(e.criterionId) ?? 0,
    })),
  );
  if (gaps.length > 0) throw new Error(`seed: bảng tự chấm của ${s.agency} chưa đủ để nộp: ${gaps.map((g) => `${g.code} ${g.reason}`).join(", ")}`);
  await tx.scoreSheet.update({
    where: { id: sheet.id },
    data: { status: "SUBMITTED", submittedAt: moment(cycle, s.submittedOn ?? cycle.today, 9, 30), submittedById: s.submittedBy ?? null },
  });

  const verifiedAt = moment(cycle, s.verifiedOn ?? cycle.today, 10, 0);
  const stamp = { verifiedById: s.verifiedBy ?? null, verifiedAt };
  const selfOf = (e: (typeof entries)[number]): SelfValues => ({
    isNA: e.isNA,
    selfInput: num(e.selfInput),
    actual: num(e.actual),
    target: num(e.target),
    selfPoints: num(e.selfPoints),
  });
  const verified = new Set<string>();
  for (const check of s.checks ?? []) {
    const def = table.criteria.find((c) => c.code === check.code);
    const entry = def && entryOf.get(def.id);
    if (!def || !entry) throw new Error(`seed: ${s.agency} không có mục chấm ${check.code} để thẩm định`);
    const self = selfOf(entry);
    const confirmed = selfAsVerified(def.type, self);
    const value: VerifiedValues =
      def.type === "QUANTITATIVE"
        ? { points: null, actual: check.actual ?? confirmed.actual, target: confirmed.target }
        : { points: check.points ?? confirmed.points, actual: confirmed.actual, target: null };
    const errors = checkVerifiedValue(def, self, value, check.reason ?? null);
    if (errors) throw new Error(`seed: thẩm định ${s.agency} tiêu chí ${check.code}: ${JSON.stringify(errors)}`);
    await tx.scoreEntry.update({
      where: { id: entry.id },
      data: { verifiedPoints: value.points, verifiedActual: value.actual, verifiedTarget: value.target, verifyReason: check.reason ?? null, ...stamp },
    });
    verified.add(def.id);
  }
  if (s.state !== "VERIFIED") return true;

  for (const def of table.criteria) {
    if (def.type === "GROUP" || verified.has(def.id)) continue;
    const entry = entryOf.get(def.id);
    if (!entry) {
      // A gate the agency left unticked: verified "no violation".
      if (def.type === "GATE")
        await tx.scoreEntry.create({
          data: { sheetId: sheet.id, criterionId: def.id, minPoints: def.minPoints, maxPoints: def.maxPoints, verifiedActual: 0, verifyReason: null, ...stamp },
        });
      continue;
    }
    const v = entry.isNA ? { points: null, actual: null, target: null } : selfAsVerified(def.type, selfOf(entry));
    await tx.scoreEntry.update({
      where: { id: entry.id },
      data: { verifiedPoints: v.points, verifiedActual: v.actual, verifiedTarget: v.target, verifyReason: null, ...stamp },
    });
  }
  await tx.scoreSheet.update({ where: { id: sheet.id }, data: { status: "VERIFIED", verifiedAt, verifiedById: s.verifiedBy ?? null } });
  return true;
}
