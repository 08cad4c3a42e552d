import { beforeEach, describe, expect, it, vi } from "vitest";
import { GET } from "@/app/api/khoi/[bloc]/[year]/dang-ky-thi-dua/[agencyCode]/docx/route";
import { readDocx } from "@/lib/documents/read-docx";
import { saveRegistration } from "@/lib/server/registrations/save-registration";
import { signInAs } from "../setup/current-user-stub";
import { input, world, type Who, type World } from "./world";

vi.mock("@/lib/server/auth/current-user", () => import("../setup/current-user-stub"));

const download = (w: World, agencyCode = w.btg.code, bloc = w.blocA.code) =>
  GET(new Request("http://test.local/"), { params: Promise.resolve({ bloc, year: "2026", agencyCode }) });

async function saved(w: World) {
  signInAs(w.users.AGENCY_OFFICER);
  await saveRegistration(input(w));
}

describe("GET /api/khoi/[bloc]/[year]/dang-ky-thi-dua/[agencyCode]/docx", () => {
  beforeEach(() => signInAs(null));

  // The same people as the registration page: BTG itself and those who read every agency's.
  const OUTCOMES: [Who, number][] = [
    ["AGENCY_LEADER", 200],
    ["AGENCY_OFFICER", 200],
    ["SECRETARY", 200],
    ["CHAIR", 200],
    ["ADMIN", 200],
    ["OBSERVER", 404],
    ["OTHER_AGENCY_LEADER", 404],
    ["OTHER_AGENCY_OFFICER", 404],
    ["OTHER_SECRETARY", 404],
    ["OTHER_OFFICER", 404],
  ];
  it.each(OUTCOMES)("%s → %i", async (who, status) => {
    const w = await world();
    await saved(w);
    signInAs(w.users[who]);
    const res = await download(w);
    expect(res.status).toBe(status);
    if (status === 200) {
      expect(res.headers.get("Content-Type")).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
      expect(decodeURIComponent(res.headers.get("Content-Disposition")!)).toContain(`Đăng ký thi đua năm 2026 - ${w.btg.name}.docx`);
    }
  });

  it("holds the agency's header, the draft mark, the titles and targets, the head's signature and Nơi nhận", async () => {
    const w = await world();
    await saved(w);
    signInAs(w.users.SECRETARY);
    const p = (await readDocx(await (await download(w)).arrayBuffer())).paragraphs;
    for (const s of [
      "BẢN ĐĂNG KÝ THI ĐUA",
      "DỰ THẢO",
      "Số …-ĐK/…",
      "1. Tập thể lao động xuất sắc.",
      "≥ 90% cán bộ đạt Lao động tiên tiến",
      "≥ 90%",
      "THỦ TRƯỞNG CƠ QUAN",
      "Nơi nhận:",
    ])
      expect(p).toContain(s);
    expect(p.some((t) => /ngày … tháng … năm 2026$/.test(t))).toBe(true);
  });

  it("is 404 before anything is saved, for an agency outside the bloc and for another bloc's address; 401 signed out", async () => {
    const w = await world();
    signInAs(w.users.SECRETARY);
    expect((await download(w)).status).toBe(404);
    await saved(w);
    signInAs(w.users.SECRETARY);
    expect((await download(w, w.outsider.code)).status).toBe(404);
    expect((await download(w, w.btg.code, w.blocB.code)).status).toBe(404);
    signInAs(null);
    expect((await download(w)).status).toBe(401);
  });
});
