import fs from "node:fs";
import { PGlite } from "@electric-sql/pglite";

/**
 * PGlite keeps its folder consistent only if the process closes it, so every
 * instance is closed on exit. Next's own SIGINT/SIGTERM handlers call
 * process.exit() synchronously; ours run first and re-raise afterwards.
 */
const open = new Set<PGlite>();
// One instance per folder and process: two instances writing the same folder
// corrupt it (the Prisma CLI asks its adapter factory more than once).
const byDir = new Map<string, PGlite>();
let hooked = false;

export function openPglite(dataDir: string): PGlite {
  const isMemory = dataDir.startsWith("memory://");
  const existing = isMemory ? undefined : byDir.get(dataDir);
  if (existing && !existing.closed) return existing;
  if (!isMemory) fs.mkdirSync(dataDir, { recursive: true });
  const instance = new PGlite(dataDir);
  open.add(instance);
  if (!isMemory) byDir.set(dataDir, instance);
  hookShutdown();
  return instance;
}

export async function closePglite(instance: PGlite): Promise<void> {
  if (!open.delete(instance)) return;
  for (const [dir, i] of byDir) if (i === instance) byDir.delete(dir);
  if (!instance.closed) await instance.close();
}

export async function closeAllPglite(): Promise<void> {
  await Promise.all([...open].map((i) => closePglite(i)));
}

function hookShutdown() {
  if (hooked) return;
  hooked = true;
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    const previous = process.listeners(signal);
    process.removeAllListeners(signal);
    process.once(signal, () => {
      void closeAllPglite().finally(() => {
        if (previous.length === 0) process.exit(signal === "SIGINT" ? 130 : 143);
        for (const listener of previous) (listener as (s: NodeJS.Signals) => void)(signal);
      });
    });
  }
  process.once("beforeExit", () => void closeAllPglite());
}
