import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { moveAllDiskUploads } from "@/lib/db/disk-uploads";
import { MAX_UPLOAD_BYTES } from "@/lib/domain/file-type";
import { isCheckViolation } from "@/lib/server/db-errors";
import { getFile } from "@/lib/server/files/get-file";
import { saveUpload } from "@/lib/server/files/save-upload";
import { expectRefused, makeStandardUsers, makeTwoBlocs } from "../setup/bloc-world";
import { signInAs } from "../setup/current-user-stub";
import { testDb } from "../setup/db";
import { storedBytes, storedContentKeys } from "../setup/stored-files";

vi.mock("@/lib/server/auth/current-user", () => import("../setup/current-user-stub"));

// The folder where files lived before they were stored in the database; appEnv() reads it at first use.
const oldUploadDir = fs.mkdtempSync(path.join(os.tmpdir(), "old-uploads-"));
process.env.UPLOAD_DIR = oldUploadDir;
process.env.NEXTAUTH_SECRET ??= "integration-test-secret-at-least-32-chars";

const PDF = Buffer.from("%PDF-1.7\n% biên bản kiểm tra\n");

async function world() {
  const db = testDb();
  const { blocA, blocB, members, outsider } = await makeTwoBlocs(db, { year: 2026, outsider: "Sở Y tế" });
  const users = await makeStandardUsers(db, { blocA, blocB, agencyA: members[0], outsider });
  return { db, blocA, users };
}
type World = Awaited<ReturnType<typeof world>>;

const upload = (w: World, bytes: Buffer, name = "bien-ban.pdf") =>
  w.db.$transaction((tx) => saveUpload(tx, new File([new Uint8Array(bytes)], name), { blocId: w.blocA.id, uploadedById: w.users.SECRETARY }));

/** A StoredFile row as it was written when the bytes went to the upload folder: no content row. */
async function oldUpload(w: World, bytes: Buffer): Promise<{ id: string; storageKey: string }> {
  const storageKey = crypto.randomUUID();
  fs.writeFileSync(path.join(oldUploadDir, storageKey), bytes);
  const file = await w.db.storedFile.create({
    data: { blocId: w.blocA.id, originalName: "cu.pdf", mimeType: "application/pdf", sizeBytes: bytes.byteLength, sha256: "x", storageKey },
  });
  return { id: file.id, storageKey };
}

describe("stored files: the bytes in the database", () => {
  beforeEach(() => signInAs(null));

  it("stores an upload's bytes with its row and reads the same bytes back through getFile", async () => {
    const w = await world();
    const saved = await upload(w, PDF);
    expect(await storedContentKeys()).toEqual([saved.storageKey]);
    expect(await storedBytes(saved.storageKey)).toEqual(PDF);
    expect(fs.readdirSync(oldUploadDir)).not.toContain(saved.storageKey);
    signInAs(w.users.OBSERVER);
    const file = await getFile(saved.id);
    expect(file).toMatchObject({ name: "bien-ban.pdf", mimeType: "application/pdf" });
    expect(Buffer.from(file.bytes)).toEqual(PDF);
  });

  it("keeps the access check: a user of another bloc gets NOT_FOUND", async () => {
    const w = await world();
    const saved = await upload(w, PDF);
    signInAs(w.users.OTHER_SECRETARY);
    await expectRefused(getFile(saved.id), "NOT_FOUND");
  });

  it("keeps no bytes when the transaction does not commit", async () => {
    const w = await world();
    await expect(
      w.db.$transaction(async (tx) => {
        await saveUpload(tx, new File([PDF], "x.pdf"), { blocId: w.blocA.id, uploadedById: w.users.SECRETARY });
        throw new Error("refused later in the use case");
      }),
    ).rejects.toThrow("refused later");
    expect(await w.db.storedFile.count()).toBe(0);
    expect(await storedContentKeys()).toEqual([]);
  });

  it("refuses a file over 10 MB before storing it, and the database refuses such bytes too", async () => {
    const w = await world();
    const big = Buffer.concat([PDF, Buffer.alloc(MAX_UPLOAD_BYTES + 1 - PDF.byteLength)]);
    await expectRefused(upload(w, big), "INVALID_INPUT");
    expect(await storedContentKeys()).toEqual([]);
    const { storageKey } = await w.db.storedFile.create({
      data: { blocId: w.blocA.id, originalName: "x.pdf", mimeType: "application/pdf", sizeBytes: 1, sha256: "x", storageKey: crypto.randomUUID() },
    });
    const e = await w.db.storedFileContent.create({ data: { storageKey, bytes: new Uint8Array(big) } }).catch((x: unknown) => x);
    expect(isCheckViolation(e)).toBe(true);
    // Exactly the limit is accepted.
    await w.db.storedFileContent.create({ data: { storageKey, bytes: new Uint8Array(big.subarray(0, MAX_UPLOAD_BYTES)) } });
    expect(await storedContentKeys()).toEqual([storageKey]);
  });

  it("moves a file of the old upload folder into the database on its first read", async () => {
    const w = await world();
    const old = await oldUpload(w, PDF);
    signInAs(w.users.SECRETARY);
    expect(Buffer.from((await getFile(old.id)).bytes)).toEqual(PDF);
    expect(await storedBytes(old.storageKey)).toEqual(PDF);
    expect(fs.existsSync(path.join(oldUploadDir, old.storageKey))).toBe(false);
    // Read again: from the database.
    expect(Buffer.from((await getFile(old.id)).bytes)).toEqual(PDF);
  });

  it("three readers of an old file at once all get its bytes, and it is stored once", async () => {
    const w = await world();
    const old = await oldUpload(w, PDF);
    signInAs(w.users.SECRETARY);
    const reads = await Promise.all([getFile(old.id), getFile(old.id), getFile(old.id)]);
    for (const r of reads) expect(Buffer.from(r.bytes)).toEqual(PDF);
    expect(await storedContentKeys()).toEqual([old.storageKey]);
  });

  it("answers NOT_FOUND for a file whose bytes are nowhere", async () => {
    const w = await world();
    const old = await oldUpload(w, PDF);
    fs.rmSync(path.join(oldUploadDir, old.storageKey));
    signInAs(w.users.SECRETARY);
    await expectRefused(getFile(old.id), "NOT_FOUND");
  });

  it("moves every old file at once (npm run files:move-to-db) and names those it could not find", async () => {
    const w = await world();
    const a = await oldUpload(w, PDF);
    const b = await oldUpload(w, Buffer.from("%PDF-1.4\n% khác\n"));
    const lost = await oldUpload(w, PDF);
    fs.rmSync(path.join(oldUploadDir, lost.storageKey));
    const stored = await upload(w, PDF);
    expect(await moveAllDiskUploads(w.db, oldUploadDir)).toEqual({ moved: 2, missing: [lost.storageKey] });
    expect(await storedContentKeys()).toEqual([a.storageKey, b.storageKey, stored.storageKey].sort());
    expect(await storedBytes(b.storageKey)).toEqual(Buffer.from("%PDF-1.4\n% khác\n"));
    expect(fs.readdirSync(oldUploadDir)).toEqual([]);
  });
});
