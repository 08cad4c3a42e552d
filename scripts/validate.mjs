#!/usr/bin/env node
// `npm run validate`: types, lint, format and the repo's own references, the first layer of
// `npm test`. The checks read the tree and write nothing, so they run side by side — tsc and
// ESLint each keep one core busy for half a minute — and each one's output is printed whole
// when it ends, with its time. Each check also runs alone: npm run typecheck | lint |
// format:check | check:refs.
import { spawn } from "node:child_process";

const npm = process.platform === "win32" ? "npm.cmd" : "npm";
const checks = ["typecheck", "lint", "format:check", "check:refs"];

function runCheck(script) {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(npm, ["run", "--silent", script], { stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (d) => (output += d));
    child.stderr.on("data", (d) => (output += d));
    child.on("close", (code) => {
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      const ok = code === 0;
      console.log(`${ok ? "✔" : "✖"} ${script.padEnd(13)} ${seconds} s`);
      if (output.trim()) console.log(output.trimEnd());
      resolve(ok ? 0 : code || 1); // killed by a signal: code is null
    });
    for (const sig of ["SIGINT", "SIGTERM"]) process.once(sig, () => child.kill(sig));
  });
}

// All at once: format:check and check:refs are short, and they share the cores with the two long ones.
const codes = await Promise.all(checks.map(runCheck));
process.exit(codes.find((c) => c !== 0) ?? 0);
