#!/usr/bin/env node
// `npm test`: validate (types, lint, format) → unit → integration → e2e, stopping at the first
// failing layer. Each layer also runs alone: npm run validate | test:unit | test:integration | test:e2e.
import { spawn } from "node:child_process";
import { findChromium, missingChromiumMessage } from "./find-chromium.mjs";

// Fail before spending minutes on the first two layers.
if (!findChromium()) {
  console.error(missingChromiumMessage());
  process.exit(1);
}

const npm = process.platform === "win32" ? "npm.cmd" : "npm";
const layers = [
  ["validate", "validate"],
  ["unit", "test:unit"],
  ["integration", "test:integration"],
  ["e2e", "test:e2e"],
];

function runScript(script) {
  return new Promise((resolve) => {
    const child = spawn(npm, ["run", "--silent", script], { stdio: "inherit" });
    const forward = (sig) => child.kill(sig);
    process.on("SIGINT", forward);
    process.on("SIGTERM", forward);
    child.on("exit", (code, signal) => {
      process.off("SIGINT", forward);
      process.off("SIGTERM", forward);
      resolve(code ?? (signal ? 1 : 0));
    });
  });
}

const results = [];
for (const [name, script] of layers) {
  console.log(`\n━━━ ${name} (npm run ${script}) ━━━`);
  const started = Date.now();
  const code = await runScript(script);
  results.push({ name, code, seconds: (Date.now() - started) / 1000 });
  if (code !== 0) break;
  // The e2e layer's `next build` need not type-check again what validate just did (next.config.ts).
  if (name === "validate") process.env.TYPES_CHECKED = "1";
}

console.log("\n━━━ Tổng kết / Summary ━━━");
for (const [name] of layers) {
  const r = results.find((x) => x.name === name);
  const status = !r ? "– bỏ qua (skipped)" : r.code === 0 ? "✔ đạt (passed)" : `✖ lỗi (failed, code ${r.code})`;
  console.log(`  ${name.padEnd(12)} ${status.padEnd(28)} ${r ? `${r.seconds.toFixed(1)} s` : ""}`);
}
const failed = results.find((r) => r.code !== 0);
process.exit(failed ? failed.code || 1 : 0);
