import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { closePglite, openPglite } from "@/lib/db/pglite-instance";

// PGlite is single-process: a folder held by a live process must not be opened.
describe("the embedded database folder lock", () => {
  const dirs: string[] = [];
  const tempDir = () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pglite-lock-"));
    dirs.push(dir);
    return path.join(dir, "db");
  };
  afterEach(() => dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

  it("refuses a folder another live process holds, naming that process", () => {
    const dir = tempDir();
    fs.writeFileSync(`${dir}.lock`, String(process.ppid));
    expect(() => openPglite(dir)).toThrow(`đang được tiến trình ${process.ppid} sử dụng`);
  });

  it("takes over a lock left by a dead process, and releases it on close", async () => {
    const dir = tempDir();
    fs.writeFileSync(`${dir}.lock`, "2147483646");
    const db = openPglite(dir);
    await db.query("select 1");
    expect(fs.readFileSync(`${dir}.lock`, "utf8")).toBe(String(process.pid));
    await closePglite(db);
    expect(fs.existsSync(`${dir}.lock`)).toBe(false);
  });

  it("gives the same instance to a second opener in the same process", async () => {
    const dir = tempDir();
    const a = openPglite(dir);
    expect(openPglite(dir)).toBe(a);
    await closePglite(a);
  });
});
