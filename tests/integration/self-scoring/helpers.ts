import { SaveScoreEntryInputSchema } from "@/lib/schemas/self-scoring";
import { saveScoreEntry } from "@/lib/server/self-scoring/save-score-entry";
import { testDb } from "../setup/db";
import type { World } from "./world";

process.env.NEXTAUTH_SECRET ??= "integration-test-secret-at-least-32-chars";

export const pdf = (name = "minh-chung.pdf") => new File([Buffer.from("%PDF-1.7\n% minh chứng\n")], name, { type: "application/pdf" });

/** Raw form fields of one row, parsed as the action does. */
export function entry(w: World, criterionId: string, over: Record<string, unknown> = {}) {
  return SaveScoreEntryInputSchema.parse({ criterionId, agencyId: w.btg.id, version: "0", explanation: "Đã thực hiện", files: [], ...over });
}

const sheetVersion = async (w: World) => (await testDb().scoreSheet.findFirst({ where: { agencyId: w.btg.id, tableId: w.table.id } }))?.version ?? 0;

/** The form fields of every required row: 1.1 "Khá", 1.2 yes with evidence, 1.3 8/10, T1 1, P1 0 (gate unticked). */
export function filledRows(w: World): [string, Record<string, unknown>][] {
  return [
    [w.graded.id, { value: "2" }],
    [w.yesNo.id, { value: "1", files: [pdf()] }],
    [w.quant.id, { actual: "8", target: "10" }],
    [w.bonus.id, { value: "1" }],
    [w.penalty.id, { value: "0" }],
  ];
}

/** Saves every required row of btg's sheet (signed in as someone who may), with evidence on 1.2. */
export async function fillSheet(w: World) {
  for (const [id, over] of filledRows(w)) await saveScoreEntry(entry(w, id, { ...over, version: String(await sheetVersion(w)) }));
  return sheetVersion(w);
}
