#!/usr/bin/env node
// The one start command on a fresh machine (after `npm install`):
// migrate → seed the demo data → build → serve on http://localhost:3000.
// Without DATABASE_URL everything runs on the embedded PGlite database in
// .data/pglite; the seed is idempotent, so running this again is safe.
import { bin, localEnv, run } from "./with-env.mjs";

const env = localEnv();
const where = process.env.DATABASE_URL ? "máy chủ Postgres (DATABASE_URL)" : "cơ sở dữ liệu nhúng PGlite (.data/pglite)";
const steps = [
  ["Áp dụng migration", bin("prisma"), ["migrate", "deploy"]],
  ["Nạp dữ liệu mẫu", bin("tsx"), ["prisma/seed.ts"]],
  ...(process.argv.includes("--no-build") ? [] : [["Biên dịch ứng dụng", bin("next"), ["build"]]]),
];

console.log(`▶ Dùng ${where}`);
for (const [label, cmd, args] of steps) {
  console.log(`\n▶ ${label}…`);
  const code = await run(cmd, args, env);
  if (code !== 0) {
    console.error(`✖ ${label} thất bại (mã ${code}).`);
    process.exit(code);
  }
}
const port = process.env.PORT ?? "3000";
console.log(`\n▶ Khởi động tại http://localhost:${port} — tài khoản mẫu: xem README.md (mật khẩu ThiDua@2026)`);
// scripts/serve.mjs is `next start` plus the client address for sign-in limits (docs/decisions/0013).
process.exit(await run(process.execPath, ["scripts/serve.mjs", "-p", port], env));
