import { describe, expect, it } from "vitest";
import { chosenFile, CommitmentInputSchema, PledgeDraftInputSchema, pledgeDraftFromForm } from "./pledge";

function form(entries: [string, string | File][]) {
  const f = new FormData();
  for (const [k, v] of entries) f.append(k, v);
  return f;
}

describe("pledgeDraftFromForm", () => {
  it("reads the commitments in index order with their criteria, bases kept as one text", () => {
    const input = pledgeDraftFromForm(
      form([
        ["blocId", "b"],
        ["year", "2024"],
        ["pledgeId", "p"],
        ["rowVersion", "3"],
        ["title", "Giao ước"],
        ["theme", ""],
        ["bases", "Luật\r\n\r\n Chỉ thị 41 "],
        ["commitments.1.text", "Hai"],
        ["commitments.1.targetKind", "TEXT"],
        ["commitments.0.text", "Một"],
        ["commitments.0.targetKind", "PERCENT"],
        ["commitments.0.targetValue", "92,5"],
        ["commitments.0.targetComparator", "AT_LEAST"],
        ["commitments.0.targetUnit", "cán bộ"],
        ["commitments.0.criterionIds", "c1"],
        ["commitments.0.criterionIds", "c2"],
        ["$ACTION_ID_x", ""],
      ]),
    );
    const parsed = PledgeDraftInputSchema.parse(input);
    expect(parsed).toMatchObject({ pledgeId: "p", rowVersion: 3, year: 2024, theme: null, bases: ["Luật", "Chỉ thị 41"] });
    expect(parsed.commitments).toEqual([
      { text: "Một", targetKind: "PERCENT", targetValue: 92.5, targetComparator: "AT_LEAST", targetUnit: "cán bộ", criterionIds: ["c1", "c2"] },
      { text: "Hai", targetKind: "TEXT", targetValue: null, targetComparator: "EXACTLY", targetUnit: null, criterionIds: [] },
    ]);
  });

  it("gives a new draft (no pledge id) and no commitments", () => {
    const parsed = PledgeDraftInputSchema.parse(
      pledgeDraftFromForm(
        form([
          ["blocId", "b"],
          ["year", "2024"],
          ["pledgeId", ""],
          ["rowVersion", "0"],
          ["title", "T"],
        ]),
      ),
    );
    expect(parsed).toMatchObject({ pledgeId: null, commitments: [], bases: [] });
  });

  it("keeps a gap in the indexes as an empty commitment, which is then refused", () => {
    const r = PledgeDraftInputSchema.safeParse(
      pledgeDraftFromForm(
        form([
          ["blocId", "b"],
          ["year", "2024"],
          ["title", "T"],
          ["commitments.1.text", "Hai"],
          ["commitments.1.targetKind", "TEXT"],
        ]),
      ),
    );
    expect(r.error!.issues.map((i) => i.path.join("."))).toContain("commitments.0.text");
  });
});

describe("CommitmentInputSchema", () => {
  it.each([
    [{ targetKind: "YES_NO" }, 1],
    [{ targetKind: "YES_NO", targetValue: "0" }, 0],
    [{ targetKind: "NUMBER", targetValue: " 12 " }, 12],
    [{ targetKind: "PERCENT", targetValue: "100" }, 100],
  ])("%o stores the value %s", (over, value) => {
    expect(CommitmentInputSchema.parse({ text: "A", ...over }).targetValue).toBe(value);
  });

  it("drops the unit of a commitment without a measurable target and duplicate criteria", () => {
    expect(CommitmentInputSchema.parse({ text: "A", targetKind: "TEXT", targetUnit: "tin", criterionIds: ["c", "c"] })).toMatchObject({
      targetUnit: null,
      criterionIds: ["c"],
    });
  });
});

describe("CommitmentInputSchema targetComparator", () => {
  it.each([
    [{ targetKind: "PERCENT", targetValue: "90", targetComparator: "AT_LEAST" }, "AT_LEAST"],
    [{ targetKind: "NUMBER", targetValue: "2", targetComparator: "AT_MOST" }, "AT_MOST"],
    // A form or an older client that sends none: an exact target, as the rows before the comparator.
    [{ targetKind: "NUMBER", targetValue: "12" }, "AT_LEAST"],
    // A kind that takes no comparator keeps EXACTLY whatever is sent.
    [{ targetKind: "YES_NO", targetComparator: "AT_LEAST" }, "EXACTLY"],
    [{ targetKind: "TEXT", targetComparator: "AT_MOST" }, "EXACTLY"],
  ])("%o stores %s", (over, comparator) => {
    expect(CommitmentInputSchema.parse({ text: "A", ...over }).targetComparator).toBe(comparator);
  });

  it("refuses a comparator it does not know, on the field", () => {
    const r = CommitmentInputSchema.safeParse({ text: "A", targetKind: "PERCENT", targetValue: "90", targetComparator: ">=" });
    expect(r.error!.issues).toEqual([expect.objectContaining({ path: ["targetComparator"], message: "Vui lòng chọn điều kiện đạt chỉ tiêu." })]);
  });
});

describe("chosenFile", () => {
  it("is null when the file input was left empty, the file otherwise (even an empty one, to be refused)", () => {
    expect(chosenFile(form([["scan", new File([], "")]]), "scan")).toBeNull();
    expect(chosenFile(form([]), "scan")).toBeNull();
    expect(chosenFile(form([["scan", new File([], "rong.pdf", { type: "application/pdf" })]]), "scan")?.name).toBe("rong.pdf");
    expect(chosenFile(form([["scan", new File(["%PDF-"], "a.pdf")]]), "scan")?.size).toBe(5);
  });
});
