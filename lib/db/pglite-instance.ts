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
  if (!isMemory) {
    fs.mkdirSync(dataDir, { recursive: true });
    takeFolderLock(dataDir);
  }
  const instance = new PGlite(dataDir);
  open.add(instance);
  if (!isMemory) byDir.set(dataDir, instance);
  hookShutdown();
  return instance;
}

export async function closePglite(instance: PGlite): Promise<void> {
  if (!open.delete(instance)) return;
  const dirs = [...byDir].filter(([, i]) => i === instance).map(([dir]) => dir);
  for (const dir of dirs) byDir.delete(dir);
  if (!instance.closed) await instance.close();
  for (const dir of dirs) releaseFolderLock(dir);
}

/**
 * PGlite is single-process: a second process opening the same folder (say a
 * migration while the server runs) would corrupt it. A lock file beside the
 * folder names the owning process; a lock left by a dead process is taken over.
 */
const lockFile = (dataDir: string) => `${dataDir}.lock`;

function takeFolderLock(dataDir: string) {
  const file = lockFile(dataDir);
  try {
    const owner = Number(fs.readFileSync(file, "utf8"));
    if (owner && owner !== process.pid && isAlive(owner)) {
      throw new Error(
        `Cơ sở dữ liệu nhúng ${dataDir} đang được tiến trình ${owner} sử dụng. ` +
          "Dừng tiến trình đó (Ctrl+C) rồi chạy lại, hoặc dùng máy chủ Postgres (DATABASE_URL).",
      );
    }
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "ENOENT") throw e;
  }
  fs.writeFileSync(file, String(process.pid));
  process.once("exit", () => releaseFolderLock(dataDir));
}

function releaseFolderLock(dataDir: string) {
  try {
    if (Number(fs.readFileSync(lockFile(dataDir), "utf8")) === process.pid) fs.rmSync(lockFile(dataDir));
  } catch {
    // already gone
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
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
