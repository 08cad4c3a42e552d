import { beforeEach, describe, expect, it, vi } from "vitest";
import { POST } from "@/app/api/khoi/[bloc]/[year]/tu-cham/[agencyCode]/minh-chung/route";
import { MAX_UPLOAD_BYTES } from "@/lib/domain/file-type";
import { saveScoreEntry } from "@/lib/server/self-scoring/save-score-entry";
import { signInAs } from "../setup/current-user-stub";
import { storedBytes, storedContentKeys } from "../setup/stored-files";
import { entry } from "./helpers";
import { auditOf, setSelfScoring, world, YEAR, type Who, type World } from "./world";

vi.mock("@/lib/server/auth/current-user", () => import("../setup/current-user-stub"));

const ORIGIN = "http://test.local";
const PDF_BYTES = Buffer.from("%PDF-1.7\n% minh chứng tải lên riêng\n");

interface Send {
  criterionId?: string;
  version?: number | string;
  name?: string;
  body?: BodyInit;
  headers?: Record<string, string>;
  agencyCode?: string;
  bloc?: string;
}

/** The upload as the sheet's form sends it: the file as the body, the row and version in the query. */
function upload(w: World, s: Send = {}) {
  const query = new URLSearchParams({ criterionId: s.criterionId ?? w.yesNo.id, version: String(s.version ?? 0), name: s.name ?? "minh-chung.pdf" });
  const agencyCode = s.agencyCode ?? w.btg.code;
  const bloc = s.bloc ?? w.blocA.code;
  const body = s.body ?? new Uint8Array(PDF_BYTES);
  const request = new Request(`${ORIGIN}/api/khoi/${bloc}/${YEAR}/tu-cham/${agencyCode}/minh-chung?${query}`, {
    method: "POST",
    headers: { origin: ORIGIN, host: "test.local", "content-type": "application/octet-stream", ...s.headers },
    body,
    ...(body instanceof ReadableStream ? { duplex: "half" } : {}),
  } as RequestInit);
  return POST(request, { params: Promise.resolve({ bloc, year: String(YEAR), agencyCode }) });
}

async function expectNothingStored(w: World) {
  expect(await w.db.storedFile.count()).toBe(0);
  expect(await w.db.scoreEntry.count()).toBe(0);
  expect(await auditOf("ScoreEntry")).toEqual([]);
  expect(await storedContentKeys()).toEqual([]);
}

beforeEach(() => {
  signInAs(null);
});

describe("POST /api/khoi/[bloc]/[year]/tu-cham/[agencyCode]/minh-chung", () => {
  it.each<["AGENCY_LEADER" | "AGENCY_OFFICER"]>([["AGENCY_LEADER"], ["AGENCY_OFFICER"]])(
    "%s attaches a file to a row of its own sheet: stored, linked, audited, the version moved",
    async (who) => {
      const w = await world();
      signInAs(w.users[who]);
      const res = await upload(w, { name: "Biên bản họp.pdf" });
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({ version: 1, name: "Biên bản họp.pdf" });
      const file = await w.db.storedFile.findFirstOrThrow({ include: { scoreEntry: { include: { sheet: true } } } });
      expect(file).toMatchObject({
        originalName: "Biên bản họp.pdf",
        mimeType: "application/pdf",
        sizeBytes: PDF_BYTES.byteLength,
        uploadedById: w.users[who],
      });
      expect(file.scoreEntry).toMatchObject({ criterionId: w.yesNo.id, selfInput: null, sheet: { agencyId: w.btg.id, version: 1 } });
      expect(await storedBytes(file.storageKey)).toEqual(PDF_BYTES);
      // Audited like evidence sent with the sheet save.
      const audit = await auditOf("ScoreEntry");
      expect(audit.map((r) => [r.action, r.actorId, r.entityId])).toEqual([["score-entry.create", w.users[who], file.scoreEntry!.id]]);
      expect(audit[0]!.after).toMatchObject({ criterionCode: "1.2", agencyId: w.btg.id, sheetVersion: 1, files: ["Biên bản họp.pdf"] });
    },
  );

  it("keeps the row's saved values, adds to its files, and carries the version on", async () => {
    const w = await world();
    signInAs(w.users.AGENCY_OFFICER);
    await saveScoreEntry(entry(w, w.yesNo.id, { value: "1", explanation: "Có biên bản" }));
    expect((await upload(w, { version: 1, name: "a.pdf" })).status).toBe(200);
    const res = await upload(w, { version: 2, name: "b.pdf" });
    expect(await res.json()).toEqual({ version: 3, name: "b.pdf" });
    const row = await w.db.scoreEntry.findFirstOrThrow({ include: { files: { orderBy: { createdAt: "asc" } } } });
    expect([row.selfInput?.toNumber(), row.selfPoints?.toNumber(), row.explanation]).toEqual([1, 3, "Có biên bản"]);
    expect(row.files.map((f) => f.originalName)).toEqual(["a.pdf", "b.pdf"]);
    const last = (await auditOf("ScoreEntry")).at(-1)!;
    expect(last.action).toBe("score-entry.update");
    expect(last.before).toMatchObject({ files: ["a.pdf"] });
    expect(last.after).toMatchObject({ files: ["a.pdf", "b.pdf"], selfInput: 1, explanation: "Có biên bản" });
  });

  // The same people as the sheet save: 403 for a role of the bloc that may not edit BTG's
  // sheet, 404 for a bloc the caller does not reach (its existence is not told).
  it.each<[Who, "btg" | "bdv" | "outsider", number]>([
    ["OBSERVER", "btg", 403],
    ["SECRETARY", "btg", 403],
    ["CHAIR", "btg", 403],
    ["ADMIN", "btg", 403],
    ["OTHER_AGENCY_LEADER", "btg", 403],
    ["AGENCY_OFFICER", "bdv", 403],
    ["OTHER_SECRETARY", "btg", 404],
    ["OTHER_OFFICER", "outsider", 404],
  ])("%s uploading to the sheet of %s → %i, nothing written", async (who, agency, status) => {
    const w = await world();
    signInAs(w.users[who]);
    const res = await upload(w, { agencyCode: w[agency].code });
    expect(res.status).toBe(status);
    expect((await res.json()).message).toMatch(/[À-ỹ]/); // a Vietnamese message
    await expectNothingStored(w);
  });

  it("is 404 at another bloc's address and for a criterion of another bloc's address", async () => {
    const w = await world();
    signInAs(w.users.AGENCY_OFFICER);
    expect((await upload(w, { bloc: w.blocB.code })).status).toBe(404);
    expect((await upload(w, { criterionId: "khong-co" })).status).toBe(404);
    await expectNothingStored(w);
  });

  it("is 401 signed out and 403 from another site or without Origin, before anything is read", async () => {
    const w = await world();
    let pulled = false;
    // No chunk is asked for before someone reads (highWaterMark 0).
    const body = () => new ReadableStream({ pull: (c) => ((pulled = true), c.enqueue(new Uint8Array(PDF_BYTES)), c.close()) }, { highWaterMark: 0 });
    const signedOut = await upload(w, { body: body() });
    expect([signedOut.status, (await signedOut.json()).code]).toEqual([401, "UNAUTHENTICATED"]);
    signInAs(w.users.AGENCY_OFFICER);
    const cross = await upload(w, { body: body(), headers: { origin: "http://evil.example" } });
    expect(cross.status).toBe(403);
    expect((await cross.json()).message).toMatch(/chỉ được gửi từ các trang của hệ thống/);
    expect((await upload(w, { body: body(), headers: { origin: "" } })).status).toBe(403);
    expect((await upload(w, { body: body(), headers: { "sec-fetch-site": "cross-site" } })).status).toBe(403);
    expect(pulled).toBe(false);
    await expectNothingStored(w);
  });

  it("refuses an address with control characters as the proxy does for other routes (400), before anything is read", async () => {
    const w = await world();
    signInAs(w.users.AGENCY_OFFICER);
    const res = await upload(w, { bloc: "KT%00" });
    expect([res.status, (await res.json()).message]).toEqual([400, "Địa chỉ trang không hợp lệ."]);
    await expectNothingStored(w);
  });

  it("refuses a file that is not PDF, JPEG or PNG by its content, whatever its name says", async () => {
    const w = await world();
    signInAs(w.users.AGENCY_OFFICER);
    const res = await upload(w, { name: "minh-chung.pdf", body: new Uint8Array(Buffer.from("MZ\x90\x00 chương trình")) });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ code: "INVALID_INPUT", message: "minh-chung.pdf: Chỉ nhận tệp PDF, JPEG hoặc PNG (kiểm tra theo nội dung tệp)." });
    expect((await upload(w, { body: new Uint8Array(0) })).status).toBe(400);
    await expectNothingStored(w);
  });

  it("refuses a file over 10 MB by its declared length without reading it, or when the read passes the limit", async () => {
    const w = await world();
    signInAs(w.users.AGENCY_OFFICER);
    // 1 MB chunks of a "PDF" of 30 MB, sent without a length: the reading stops past 10 MB.
    let pulledBytes = 0;
    const chunk = new Uint8Array(1024 * 1024).fill(0x25);
    const stream = () =>
      new ReadableStream<Uint8Array>(
        {
          pull(c) {
            if (pulledBytes >= 30 * chunk.byteLength) return c.close();
            pulledBytes += chunk.byteLength;
            c.enqueue(chunk.slice());
          },
        },
        { highWaterMark: 0 },
      );
    const declared = await upload(w, { body: stream(), headers: { "content-length": String(MAX_UPLOAD_BYTES + 1) } });
    expect(declared.status).toBe(413);
    expect(pulledBytes).toBe(0);
    const streamed = await upload(w, { body: stream() });
    expect(streamed.status).toBe(413);
    expect(await streamed.json()).toEqual({ code: "INVALID_INPUT", message: "Tệp vượt quá 10 MB. Vui lòng nén hoặc chia nhỏ tệp." });
    expect(pulledBytes).toBeLessThanOrEqual(MAX_UPLOAD_BYTES + 2 * chunk.byteLength);
    await expectNothingStored(w);
  });

  it("is refused while SELF_SCORING is closed, for a submitted sheet, a stale version and a group row", async () => {
    const w = await world();
    signInAs(w.users.AGENCY_OFFICER);
    expect((await upload(w, { criterionId: w.group.id })).status).toBe(400);
    expect((await upload(w, { version: 3 })).status).toBe(409);
    expect(await w.db.scoreSheet.count()).toBe(0);
    await setSelfScoring(w.cycle.id, [-10, -2]);
    const closed = await upload(w);
    expect([closed.status, (await closed.json()).code]).toEqual([409, "PHASE_CLOSED"]);
    await expectNothingStored(w);
    await setSelfScoring(w.cycle.id, [-5, 5]);
    await saveScoreEntry(entry(w, w.graded.id, { value: "1" }));
    await w.db.scoreSheet.updateMany({ data: { status: "SUBMITTED" } });
    const submitted = await upload(w, { version: 1 });
    expect([submitted.status, (await submitted.json()).message]).toEqual([400, "Bảng tự chấm đã được nộp: không thể sửa."]);
    expect(await w.db.storedFile.count()).toBe(0);
  });

  it("refuses a query without the row or the version with a message", async () => {
    const w = await world();
    signInAs(w.users.AGENCY_OFFICER);
    const res = await upload(w, { version: "abc" });
    expect([res.status, (await res.json()).message]).toEqual([400, "Thiếu phiên bản dữ liệu."]);
    await expectNothingStored(w);
  });
});

describe("an upload cut short", () => {
  it("is refused as an expected failure, with nothing stored", async () => {
    const w = await world();
    signInAs(w.users.AGENCY_OFFICER);
    let sent = false;
    const body = new ReadableStream<Uint8Array>(
      {
        pull(c) {
          if (sent) return c.error(new Error("aborted"));
          sent = true;
          c.enqueue(new Uint8Array(PDF_BYTES));
        },
      },
      { highWaterMark: 0 },
    );
    const res = await upload(w, { body });
    expect([res.status, (await res.json()).message]).toEqual([400, "Tệp chưa được gửi hết (đã hủy hoặc mất kết nối). Vui lòng gửi lại."]);
    await expectNothingStored(w);
  });
});
