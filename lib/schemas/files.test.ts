import { describe, expect, test } from "vitest";
import { chosenFile, chosenFiles } from "./files";

const form = (entries: [string, string | File][]) => {
  const f = new FormData();
  for (const [k, v] of entries) f.append(k, v);
  return f;
};

describe("chosenFiles", () => {
  test.each([
    ["an input left empty (no name)", new File([], ""), 0],
    ["an input left empty (parser names it blob)", new File([], "blob"), 0],
    ["an empty part typed octet-stream", new File([], "x", { type: "application/octet-stream" }), 0],
    ["a real empty PDF (refused later by the server)", new File([], "rong.pdf", { type: "application/pdf" }), 1],
    ["a real file", new File(["%PDF-"], "a.pdf", { type: "application/pdf" }), 1],
  ])("%s", (_n, file, count) => {
    expect(chosenFiles(form([["f", file]]), "f")).toHaveLength(count);
  });

  test("keeps several chosen files in order and ignores text fields", () => {
    const a = new File(["a"], "a.pdf", { type: "application/pdf" });
    const b = new File(["b"], "b.png", { type: "image/png" });
    expect(
      chosenFiles(
        form([
          ["f", a],
          ["f", "text"],
          ["f", b],
        ]),
        "f",
      ).map((x) => x.name),
    ).toEqual(["a.pdf", "b.png"]);
    expect(chosenFile(form([]), "f")).toBeNull();
  });
});
