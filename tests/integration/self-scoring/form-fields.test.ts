import { describe, expect, it } from "vitest";
import { SaveScoreEntryInputSchema, scoreEntryFormFields } from "@/lib/schemas/self-scoring";

function form(fields: Record<string, string>, files: File[] = []) {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.append(k, v);
  for (const file of files) f.append("files", file);
  // An empty file input still sends one nameless part.
  f.append("files", new File([], "", { type: "application/octet-stream" }));
  return SaveScoreEntryInputSchema.safeParse(scoreEntryFormFields(f));
}

const base = { criterionId: "c1", agencyId: "a1", version: "3" };

describe("scoreEntryFormFields → SaveScoreEntryInputSchema", () => {
  it.each<[string, Record<string, string>, Record<string, unknown>]>([
    ["a gate with the violation ticked is 1", { ...base, kind: "GATE", violation: "on" }, { value: 1 }],
    ["a gate left unticked is 0", { ...base, kind: "GATE" }, { value: 0 }],
    [
      "a count, N/A ticked, explanation trimmed",
      { ...base, value: "2", isNA: "on", explanation: "  Có lý do  " },
      { value: 2, isNA: true, explanation: "Có lý do" },
    ],
    ["a decimal comma in the actual", { ...base, actual: "92,5", target: "100" }, { actual: 92.5, target: 100, value: null }],
    ["a points field from the client is dropped", { ...base, value: "1", points: "99", selfPoints: "99" }, { value: 1 }],
  ])("%s", (_name, fields, expected) => {
    const parsed = form(fields);
    expect(parsed.success && parsed.data).toMatchObject({ ...expected, version: 3, files: [] });
    expect(parsed.success && Object.keys(parsed.data)).not.toContain("points");
  });

  it.each<[string, Record<string, string>, string]>([
    ["a negative count", { ...base, value: "-1" }, "value"],
    ["text as the actual", { ...base, actual: "nhiều" }, "actual"],
    ["no version", { criterionId: "c1", agencyId: "a1" }, "version"],
  ])("refuses %s on its field", (_name, fields, field) => {
    const parsed = form(fields);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.path[0])).toContain(field);
  });

  it("keeps chosen files only", () => {
    const parsed = form(base, [new File(["%PDF-1.7"], "a.pdf", { type: "application/pdf" })]);
    expect(parsed.success && parsed.data.files.map((f) => f.name)).toEqual(["a.pdf"]);
  });
});
