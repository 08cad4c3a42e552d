import { beforeEach, describe, expect, it, vi } from "vitest";
import { GET } from "@/app/api/khoi/[bloc]/[year]/tu-cham/[agencyCode]/docx/route";
import { readDocx } from "@/lib/documents/read-docx";
import { signInAs } from "../setup/current-user-stub";
import { fillSheet } from "./helpers";
import { world, YEAR, type Who, type World } from "./world";

vi.mock("@/lib/server/auth/current-user", () => import("../setup/current-user-stub"));

const download = (w: World, agencyCode = w.btg.code, bloc = w.blocA.code) =>
  GET(new Request("http://test.local/"), { params: Promise.resolve({ bloc, year: String(YEAR), agencyCode }) });

describe("GET /api/khoi/[bloc]/[year]/tu-cham/[agencyCode]/docx", () => {
  beforeEach(() => signInAs(null));

  // The same people as the sheet's page: BTG itself and those who read every sheet.
  const OUTCOMES: [Who, number][] = [
    ["AGENCY_LEADER", 200],
    ["AGENCY_OFFICER", 200],
    ["SECRETARY", 200],
    ["CHAIR", 200],
    ["ADMIN", 200],
    ["OBSERVER", 404],
    ["OTHER_AGENCY_LEADER", 404],
    ["OTHER_SECRETARY", 404],
  ];
  it.each(OUTCOMES)("%s → %i", async (who, status) => {
    const w = await world();
    signInAs(w.users[who]);
    const res = await download(w);
    expect(res.status).toBe(status);
    if (status === 200) {
      expect(res.headers.get("Content-Type")).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
      expect(decodeURIComponent(res.headers.get("Content-Disposition")!)).toContain(`Bảng tự chấm điểm năm ${YEAR} - ${w.btg.name}.docx`);
    }
  });

  it("holds the criteria with maximum and self points, the totals, the head's signature and Nơi nhận", async () => {
    const w = await world();
    signInAs(w.users.AGENCY_OFFICER);
    await fillSheet(w);
    const p = (await readDocx(await (await download(w)).arrayBuffer())).paragraphs;
    for (const s of ["BẢNG TỰ CHẤM ĐIỂM THI ĐUA", "DỰ THẢO", "Số …-BC/…", "1.1", "Tiêu chí 1.1", "TỔNG ĐIỂM TỰ CHẤM", "THỦ TRƯỞNG CƠ QUAN", "Nơi nhận:"])
      expect(p).toContain(s);
    expect(p.some((t) => t.endsWith(`ngày … tháng … năm ${YEAR}`))).toBe(true);
    // The total row: label, no maximum, the agency's total as the page computes it.
    const total = p.indexOf("TỔNG ĐIỂM TỰ CHẤM");
    expect(p.slice(total, total + 3)).toEqual(["TỔNG ĐIỂM TỰ CHẤM", "", expect.stringMatching(/^[1-9][\d,]*$/)]);
  });

  it("is 404 for another member's sheet to an agency, for an agency outside the bloc and another bloc's address; 401 signed out", async () => {
    const w = await world();
    signInAs(w.users.AGENCY_OFFICER);
    expect((await download(w, w.bdv.code)).status).toBe(404);
    signInAs(w.users.SECRETARY);
    expect((await download(w, w.outsider.code)).status).toBe(404);
    expect((await download(w, w.btg.code, w.blocB.code)).status).toBe(404);
    signInAs(null);
    expect((await download(w)).status).toBe(401);
  });
});
