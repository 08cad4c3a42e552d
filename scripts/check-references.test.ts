import { describe, expect, test } from "vitest";
import { anchorsIn, checkText, referencesIn, slugify, type RepoFs } from "./check-references.mjs";

/** A repository in memory: paths relative to the root, directories implied by the files. */
function memoryFs(files: Record<string, string>): RepoFs {
  const dirs = new Set<string>();
  for (const f of Object.keys(files)) {
    const parts = f.split("/");
    for (let i = 1; i < parts.length; i++) dirs.add(parts.slice(0, i).join("/"));
  }
  return {
    kind: (p) => (p in files ? "file" : dirs.has(p) ? "dir" : null),
    read: (p) => files[p],
    list: (d) =>
      Object.keys(files)
        .filter((f) => f.startsWith(`${d}/`) && !f.slice(d.length + 1).includes("/"))
        .map((f) => f.slice(d.length + 1)),
  };
}

const REPO = memoryFs({
  "docs/domain/scoring.md": '# Scoring\n\n<a id="bands"></a>\n## Ranking and ties\n### Ranking and ties\n```\n# not a heading\n```\n',
  "docs/decisions/0008-vote-rules.md": "# 0008 — Vote rules: quorum\n",
  "docs/README.md": "",
});

describe("slugify and anchorsIn (GitHub heading anchors)", () => {
  test.each([
    ["Ranking and ties", "ranking-and-ties"],
    ["0008 — Vote rules: quorum", "0008--vote-rules-quorum"],
    ["Bầu Trưởng khối", "bầu-trưởng-khối"],
    ["`CO_CP` and *flags*", "co_cp-and-flags"],
  ])("%s → %s", (heading, slug) => expect(slugify(heading)).toBe(slug));

  test("explicit ids, heading slugs with -1 for a repeat, nothing from fenced code", () => {
    expect([...anchorsIn(REPO.read("docs/domain/scoring.md"))].sort()).toEqual(["bands", "ranking-and-ties", "ranking-and-ties-1", "scoring"]);
  });
});

describe("checkText: citations of material outside the repository", () => {
  test.each([
    ["// Bands (domain §3.1).", 2],
    ["/** Ties go to a run-off (§3.5 e). */", 1],
    ["// Which step is open (domain.md).", 1],
    ["// Five blocs from the articles (../shared/seeds).", 1],
    ["// The scoring engine of issue 4.", 1],
    ["// Issue #12: the chair reopens a phase.", 1],
  ])("%s is refused", (line, problems) => {
    expect(checkText("lib/x.ts", line, REPO)).toHaveLength(problems);
  });

  test.each([
    "// A quota of 20% (docs/domain/scoring.md#bands).",
    "// Percent settings: § is not followed by a number here.",
    "// The tissue 4 layers are not an issue.",
    "// One issue remains open.",
  ])("%s passes", (line) => {
    expect(checkText("lib/x.ts", line, REPO)).toEqual([]);
  });

  test("problems name the file and the line", () => {
    expect(checkText("lib/x.ts", "ok\n// issue 3", REPO)[0]).toMatch(/^lib\/x\.ts:2: /);
  });
});

describe("checkText: docs/… mentions and markdown links resolve", () => {
  test.each([
    ["lib/x.ts", "// see docs/domain/scoring.md#bands."],
    ["lib/x.ts", "// see docs/domain/scoring.md#ranking-and-ties-1"],
    ["lib/x.ts", "// docs/decisions/0008-vote-rules.md and docs/decisions/0008, docs/domain/"],
    ["docs/domain/scoring.md", "[votes](../decisions/0008-vote-rules.md#0008--vote-rules-quorum) and [here](#bands)"],
    ["docs/domain/scoring.md", "[web](https://example.org/x.md#nope) [mail](mailto:a@b.c)"],
    ["README.md", "[the domain](docs/domain/scoring.md) and `docs/README.md`"],
  ])("%s: %s", (from, line) => {
    expect(checkText(from, line, REPO)).toEqual([]);
  });

  test.each([
    ["lib/x.ts", "// see docs/domain/voting.md", "no such file"],
    ["lib/x.ts", "// see docs/domain/scoring.md#quorum", 'no anchor "quorum"'],
    ["lib/x.ts", "// see docs/decisions/0009", "no such file"],
    ["docs/domain/scoring.md", "[x](voting.md#quorum)", "no such file"],
    ["docs/domain/scoring.md", "[x](#quorum)", 'no anchor "quorum" in docs/domain/scoring.md'],
    ["docs/README.md", "[x](domain/scoring.md#nope)", 'no anchor "nope"'],
  ])("%s: %s is refused", (from, line, message) => {
    const problems = checkText(from, line, REPO);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(message);
  });

  test("a docs/ path inside a markdown link's target is checked once, as the link", () => {
    expect(referencesIn("[a](../docs/domain/scoring.md#bands)", "x/README.md")).toHaveLength(1);
  });
});
