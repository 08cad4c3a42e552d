import JSZip from "jszip";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { GET } from "@/app/api/khoi/[bloc]/[year]/giao-uoc/[version]/docx/route";
import { signInAs } from "../setup/current-user-stub";
import { makeSigning, world, type Who, type World } from "./world";

vi.mock("@/lib/server/auth/current-user", () => import("../setup/current-user-stub"));

const download = (w: World, version = "1", code = w.blocA.code) =>
  GET(new Request("http://test.local/"), { params: Promise.resolve({ bloc: code, year: String(w.year), version }) });

async function documentXml(res: Response): Promise<string> {
  const zip = await JSZip.loadAsync(await res.arrayBuffer());
  return zip.file("word/document.xml")!.async("string");
}

describe("GET /api/khoi/[bloc]/[year]/giao-uoc/[version]/docx", () => {
  beforeEach(() => signInAs(null));

  const OUTCOMES: [Who, number][] = [
    ["SECRETARY", 200],
    ["CHAIR", 200],
    ["ADMIN", 200],
    ["OBSERVER", 200],
    ["AGENCY_LEADER", 200],
    ["AGENCY_OFFICER", 200],
    ["OTHER_SECRETARY", 404],
    ["OTHER_OFFICER", 404],
  ];
  it.each(OUTCOMES)("%s → %i", async (who, status) => {
    const w = await world();
    await makeSigning(w);
    signInAs(w.users[who]);
    const res = await download(w);
    expect(res.status).toBe(status);
    if (status === 200) {
      expect(res.headers.get("Content-Type")).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
      expect(res.headers.get("Content-Disposition")).toContain(`giao-uoc-thi-dua-${w.year}-phien-ban-1.docx`);
    }
  });

  it("holds the title, the commitments and every member agency", async () => {
    const w = await world();
    await makeSigning(w);
    signInAs(w.users.OBSERVER);
    const xml = await documentXml(await download(w));
    for (const text of [
      `GIAO ƯỚC THI ĐUA NĂM ${w.year}`,
      "1. Tuyên truyền, quán triệt nghị quyết",
      "2. Cán bộ đạt Lao động tiên tiến",
      // The stored comparator, not only the figure (lib/documents/pledge-layout targetLine).
      "Chỉ tiêu: ≥ 90% cán bộ.",
      "Ban Tuyên giáo Tỉnh ủy",
      "Ban Dân vận Tỉnh ủy",
      "Ban Tổ chức Tỉnh ủy",
    ]) {
      expect(xml).toContain(text);
    }
  });

  it("is 404 for a missing version, a malformed one and a signed-out caller gets 401", async () => {
    const w = await world();
    await makeSigning(w);
    signInAs(w.users.SECRETARY);
    expect((await download(w, "2")).status).toBe(404);
    expect((await download(w, "abc")).status).toBe(404);
    signInAs(null);
    expect((await download(w)).status).toBe(401);
  });
});
