import { describe, expect, it } from "vitest";
import { EditPersonInputSchema, MergePeopleInputSchema, personFormFields } from "./people";

const form = (entries: [string, string][]) => {
  const f = new FormData();
  for (const [k, v] of entries) f.append(k, v);
  return f;
};
const base: [string, string][] = [
  ["blocId", "b1"],
  ["year", "2026"],
  ["personId", "p1"],
  ["version", "3"],
  ["name", "  Phạm   Thị Hồng "],
  ["birthYear", ""],
];

describe("EditPersonInputSchema with personFormFields", () => {
  it("gathers period rows by their number, leaves blank new rows out and keeps the row numbers", () => {
    const parsed = EditPersonInputSchema.parse(
      personFormFields(
        form([
          ...base,
          ["period.0.id", "pa1"],
          ["period.0.agencyId", "btg"],
          ["period.0.fromOn", "01/01/2015"],
          ["period.0.toOn", ""],
          ["period.0.remove", "on"],
          ["period.1.agencyId", ""],
          ["period.1.fromOn", ""],
          ["period.2.agencyId", "bdv"],
          ["period.2.toOn", "2020-12-31"],
        ]),
      ),
    );
    expect(parsed).toMatchObject({ name: "Phạm Thị Hồng", birthYear: null, version: 3 });
    expect(parsed.period).toEqual([
      { row: 0, id: "pa1", agencyId: "btg", position: null, fromOn: new Date("2015-01-01T00:00:00Z"), toOn: null, remove: true },
      { row: 2, id: null, agencyId: "bdv", position: null, fromOn: null, toOn: new Date("2020-12-31T00:00:00Z"), remove: false },
    ]);
  });

  it("keeps a new row with days but no agency, so that the use case asks for the agency", () => {
    const parsed = EditPersonInputSchema.parse(personFormFields(form([...base, ["period.0.agencyId", ""], ["period.0.fromOn", "01/01/2020"]])));
    expect(parsed.period).toEqual([expect.objectContaining({ row: 0, agencyId: null, fromOn: new Date("2020-01-01T00:00:00Z") })]);
  });

  it("names the field of a bad day by its row, as the form names it", () => {
    const result = EditPersonInputSchema.safeParse(personFormFields(form([...base, ["period.1.agencyId", "btg"], ["period.1.fromOn", "31/02/2020"]])));
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join("."))).toEqual(["period.1.fromOn"]);
  });

  it("refuses a birth year that is not a year, and an empty name", () => {
    const result = EditPersonInputSchema.safeParse(
      personFormFields(form([...base.filter(([k]) => k !== "name" && k !== "birthYear"), ["name", " "], ["birthYear", "19a0"]])),
    );
    expect(result.error?.issues.map((i) => i.path.join(".")).sort()).toEqual(["birthYear", "name"]);
  });
});

describe("MergePeopleInputSchema", () => {
  it("refuses the same person twice", () => {
    const result = MergePeopleInputSchema.safeParse({ blocId: "b1", year: "2026", keepId: "p1", mergeId: "p1" });
    expect(result.error?.issues).toEqual([expect.objectContaining({ path: ["mergeId"], message: "Hãy chọn hai hồ sơ khác nhau." })]);
  });
});
