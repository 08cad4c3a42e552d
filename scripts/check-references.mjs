#!/usr/bin/env node
/**
 * npm run check:refs — every reference in the sources and docs must resolve inside this repository.
 *
 * Refused: citations of material a clone does not have ("domain §3.4", a bare "§8 case 12",
 * "domain.md", "../shared", "issue 4"); relative markdown links to a file that does not exist;
 * `docs/….md#anchor` mentions (in comments or docs) whose file or anchor does not exist. An
 * anchor exists when the target file has `<a id="…">` (or any id="…") or a heading with that slug.
 * Prints file:line for each problem and exits 1; exits 0 when everything resolves.
 *
 * Scanned: app, components, lib (not lib/generated), scripts, tests, prisma (not prisma/migrations:
 * applied migrations are checksummed and never edited), docs, README.md and the root config files.
 * Plain Node, no dependencies; the functions are exported for its unit test (check-references.test.ts).
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

export const SCAN_ROOTS = ["app", "components", "lib", "scripts", "tests", "prisma", "docs", "README.md"];
export const SKIP_DIRS = ["lib/generated", "prisma/migrations", "node_modules", ".next"];
const EXTENSIONS = [".ts", ".tsx", ".mts", ".mjs", ".cjs", ".js", ".jsx", ".md", ".prisma", ".css", ".json"];
const ROOT_CONFIG = /^[^/]+\.(ts|mts|mjs|cjs|js)$/;

/** The checker spells the refused citations out: only its links are checked. */
export const EXEMPT_FROM_FORBIDDEN = ["scripts/check-references.mjs"];
/** Its test is made of refused citations and broken links on purpose: not scanned. */
export const SKIP_FILES = ["scripts/check-references.test.ts"];

/** Citations of things outside the repository, each with what to do instead. */
export const FORBIDDEN = [
  { re: /\bdomain\s*§/i, message: 'cites "domain §…" (not in the repository): link docs/domain/<file>.md#<anchor> instead' },
  { re: /§\s*\d/, message: 'cites a "§" section of the domain brief (not in the repository): link docs/domain/<file>.md#<anchor> instead' },
  { re: /(?<![\w/.-])domain\.md\b/, message: 'cites "domain.md" (not in the repository): link docs/domain/README.md instead' },
  { re: /\.\.\/shared\b|(?<![\w-])shared\/(?:seeds|domain|architecture)/, message: 'cites "../shared" (not in the repository): link docs/ instead' },
  { re: /\bissues?\s+#?\d+/i, message: 'cites "issue N" (not in the repository): link docs/domain/ or docs/decisions/ instead' },
];

/** GitHub's heading anchor: lower case, punctuation dropped (letters of any script kept), spaces → "-". */
export function slugify(heading) {
  return heading
    .trim()
    .toLowerCase()
    .replace(/<[^>]*>/g, "")
    .replace(/[^\p{L}\p{M}\p{N}\s_-]/gu, "")
    .replace(/\s/g, "-");
}

/** Every anchor a markdown text defines: explicit ids and heading slugs (repeats get -1, -2…). */
export function anchorsIn(markdown) {
  const anchors = new Set();
  for (const m of markdown.matchAll(/\b(?:id|name)=["']([^"']+)["']/g)) anchors.add(m[1]);
  const seen = new Map();
  let fenced = false;
  for (const line of markdown.split("\n")) {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    if (fenced) continue;
    const h = /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (!h) continue;
    const base = slugify(h[1]);
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    anchors.add(n === 0 ? base : `${base}-${n}`);
  }
  return anchors;
}

/**
 * The references one line makes: relative markdown links (in .md files only) and docs/… mentions
 * anywhere. `from` is the referring file's path relative to the repository root.
 */
export function referencesIn(line, from) {
  const refs = [];
  if (from.endsWith(".md")) {
    for (const m of line.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) {
      const target = m[1];
      if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue; // http:, mailto: …
      const [file, anchor] = splitAnchor(target);
      const resolved = file === "" ? from : path.posix.normalize(path.posix.join(path.posix.dirname(from), decodeURI(file)));
      refs.push({ text: target, file: resolved, anchor });
    }
  }
  for (const m of line.matchAll(/(?<![\w./-])((?:\.\.\/)*docs\/[\w./-]*[\w/])(#[\w-]+)?/g)) {
    if (from.endsWith(".md") && isInsideLinkTarget(line, m.index)) continue;
    const file = m[1].replace(/^(\.\.\/)+/, "");
    refs.push({ text: m[0], file, anchor: m[2] ? m[2].slice(1) : null, loose: true });
  }
  return refs;
}

function splitAnchor(target) {
  const i = target.indexOf("#");
  return i < 0 ? [target, null] : [target.slice(0, i), target.slice(i + 1) || null];
}

/** Whether position `i` is inside the "(…)" of a markdown link, already checked as a link. */
function isInsideLinkTarget(line, i) {
  const open = line.lastIndexOf("](", i);
  if (open < 0) return false;
  const close = line.indexOf(")", open);
  return close < 0 || close >= i;
}

/**
 * The problems of one file's text. `fs` answers for the repository: kind(path) → "file" | "dir" |
 * null, read(path) → text, list(dir) → names.
 */
export function checkText(from, text, fs) {
  const problems = [];
  const lines = text.split("\n");
  lines.forEach((line, i) => {
    const at = `${from}:${i + 1}`;
    if (!EXEMPT_FROM_FORBIDDEN.includes(from)) for (const rule of FORBIDDEN) if (rule.re.test(line)) problems.push(`${at}: ${rule.message}`);
    for (const ref of referencesIn(line, from)) {
      const problem = checkReference(ref, fs);
      if (problem) problems.push(`${at}: ${ref.text} — ${problem}`);
    }
  });
  return problems;
}

/** Resolves one reference; null when it resolves, else what is wrong. */
export function checkReference(ref, fs) {
  let file = ref.file.replace(/\/$/, "");
  let kind = fs.kind(file);
  if (!kind && ref.loose) {
    // "docs/decisions/0013" or "docs/decisions/0013-…" cut short: the record numbered so.
    const dir = path.posix.dirname(file);
    const base = path.posix.basename(file);
    const match = fs.kind(dir) === "dir" ? fs.list(dir).find((n) => n === `${base}.md` || (n.startsWith(`${base}-`) && n.endsWith(".md"))) : undefined;
    if (match) {
      file = `${dir}/${match}`;
      kind = "file";
    }
  }
  if (!kind) return "no such file or directory";
  if (ref.anchor === null || ref.anchor === undefined) return null;
  if (kind !== "file" || !file.endsWith(".md")) return "an anchor can only point into a markdown file";
  return anchorsIn(fs.read(file)).has(ref.anchor) ? null : `no anchor "${ref.anchor}" in ${file}`;
}

/** The files to scan, relative to `root`, sorted. */
export function filesToScan(root) {
  const out = [];
  const walk = (rel) => {
    if (SKIP_DIRS.includes(rel)) return;
    const abs = path.join(root, rel);
    if (!existsSync(abs)) return;
    if (statSync(abs).isDirectory()) {
      for (const name of readdirSync(abs)) walk(rel ? `${rel}/${name}` : name);
    } else if (EXTENSIONS.some((e) => rel.endsWith(e)) && !SKIP_FILES.includes(rel)) out.push(rel);
  };
  for (const r of SCAN_ROOTS) walk(r);
  for (const name of readdirSync(root)) if (ROOT_CONFIG.test(name) && statSync(path.join(root, name)).isFile()) out.push(name);
  return [...new Set(out)].sort();
}

/** The repository as checkReference sees it, with files read once. */
export function repoFs(root) {
  const cache = new Map();
  return {
    kind(rel) {
      const abs = path.join(root, rel);
      if (!existsSync(abs)) return null;
      return statSync(abs).isDirectory() ? "dir" : "file";
    },
    read(rel) {
      if (!cache.has(rel)) cache.set(rel, readFileSync(path.join(root, rel), "utf8"));
      return cache.get(rel);
    },
    list: (rel) => readdirSync(path.join(root, rel)),
  };
}

export function checkRepository(root) {
  const fs = repoFs(root);
  return filesToScan(root).flatMap((rel) => checkText(rel, fs.read(rel), fs));
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
  const problems = checkRepository(root);
  if (problems.length > 0) {
    console.error(problems.join("\n"));
    console.error(`\n${problems.length} reference problem(s). Point comments and docs at docs/ in this repository.`);
    process.exit(1);
  }
  console.log("check:refs — every reference resolves.");
}
