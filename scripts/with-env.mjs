#!/usr/bin/env node
// Runs a command with the settings a fresh machine lacks (docs/decisions/0002):
//  - without DATABASE_URL the app uses embedded PGlite, and the Prisma CLI
//    gets a placeholder URL (it refuses to run without a valid-looking one);
//  - without NEXTAUTH_SECRET a random secret is generated once into the
//    git-ignored .data/session-secret. Production provides it in the env.
import { spawn } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

export const PGLITE_PLACEHOLDER_URL = "postgresql://pglite@localhost/pglite";

export function localEnv(base = process.env) {
  const env = { ...base };
  if (!env.DATABASE_URL) env.DATABASE_URL = PGLITE_PLACEHOLDER_URL;
  if (!env.NEXTAUTH_SECRET) {
    const file = path.resolve(".data/session-secret");
    if (!fs.existsSync(file)) {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, crypto.randomBytes(48).toString("base64url"), { mode: 0o600 });
    }
    env.NEXTAUTH_SECRET = fs.readFileSync(file, "utf8").trim();
  }
  if (!env.NEXTAUTH_URL) env.NEXTAUTH_URL = `http://localhost:${env.PORT ?? 3000}`;
  return env;
}

export function run(cmd, args, env) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { stdio: "inherit", env, shell: false });
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

export function bin(name) {
  return path.resolve("node_modules/.bin", name);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [cmd, ...args] = process.argv.slice(2);
  if (!cmd) {
    console.error("Cách dùng: node scripts/with-env.mjs <lệnh> [tham số…]");
    process.exit(2);
  }
  const resolved = fs.existsSync(bin(cmd)) ? bin(cmd) : cmd;
  process.exit(await run(resolved, args, localEnv()));
}
