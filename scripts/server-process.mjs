// Starting and stopping a production server as a child process, and whether a build is current:
// shared by the e2e run (scripts/e2e.mjs) and the page benchmark (scripts/bench-pages.ts).
import { spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";

const STOP_TIMEOUT_MS = 30_000;

/** The files and folders the app's `next build` reads (E2E_SKIP_BUILD=auto, BENCH_SKIP_BUILD=auto). */
export const APP_BUILD_INPUTS = [
  "app",
  "components",
  "lib",
  "public",
  "prisma/schema.prisma",
  "proxy.ts",
  "instrumentation.ts",
  "instrumentation-node.ts",
  "next.config.ts",
  "postcss.config.mjs",
  "tsconfig.json",
  "package.json",
  "package-lock.json",
];

/** Whether `<distDir>/BUILD_ID` is newer than every file under `inputs` (missing inputs are ignored). */
export function buildIsCurrent(distDir = ".next", inputs = APP_BUILD_INPUTS) {
  let built;
  try {
    built = fs.statSync(path.join(distDir, "BUILD_ID")).mtimeMs;
  } catch {
    return false;
  }
  const newest = (p) => {
    let stat;
    try {
      stat = fs.statSync(p);
    } catch {
      return 0;
    }
    if (!stat.isDirectory()) return stat.mtimeMs;
    return Math.max(stat.mtimeMs, ...fs.readdirSync(p).map((f) => newest(path.join(p, f))));
  };
  return inputs.every((p) => newest(p) < built);
}

export function portInUse(port) {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host: "127.0.0.1" });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

/**
 * Starts `node <args>` and waits until `readyUrl` answers 200. Rejects (after stopping the
 * child) when it exits first or is not ready in time; the error carries the child's output.
 * Ctrl-C on the caller is forwarded, so the server (and its PGlite) still closes.
 */
export async function startServer({ args, env, readyUrl, timeoutMs = 120_000, echo = false }) {
  const child = spawn(process.execPath, args, { env, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  const keep = (chunk) => {
    output += chunk;
    if (echo) process.stdout.write(chunk);
  };
  child.stdout.on("data", keep);
  child.stderr.on("data", keep);
  const exited = new Promise((resolve) => child.once("exit", (code, signal) => resolve({ code, signal })));
  child.exited = exited;
  child.output = () => output;

  const forward = (sig) => child.kill(sig);
  process.once("SIGINT", forward);
  process.once("SIGTERM", forward);
  exited.then(() => {
    process.off("SIGINT", forward);
    process.off("SIGTERM", forward);
  });

  const deadline = Date.now() + timeoutMs;
  let dead = null;
  exited.then((r) => (dead = r));
  while (Date.now() < deadline) {
    if (dead) throw withOutput(`Máy chủ dừng khi khởi động (server exited: ${dead.signal ?? `code ${dead.code}`}).`, output);
    try {
      const res = await fetch(readyUrl, { redirect: "manual", signal: AbortSignal.timeout(10_000) });
      if (res.status === 200) return child;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  child.kill("SIGTERM");
  await exited;
  throw withOutput(`${readyUrl} không trả 200 sau ${timeoutMs / 1000} s (not ready).`, output);
}

function withOutput(message, output) {
  const error = new Error(message);
  error.output = output;
  return error;
}

/** SIGTERM, then SIGKILL after 30 s. */
export async function stopServer(child) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill("SIGTERM");
  const result = await Promise.race([child.exited, new Promise((r) => setTimeout(() => r(null), STOP_TIMEOUT_MS))]);
  if (result === null) {
    console.error(`⚠ Máy chủ không dừng sau ${STOP_TIMEOUT_MS / 1000} s; buộc dừng (SIGKILL).`);
    child.kill("SIGKILL");
    await child.exited;
  }
}
