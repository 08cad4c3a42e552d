import { beforeEach, describe, expect, it, vi } from "vitest";
import { GET } from "@/app/api/khoi/[bloc]/[year]/quyet-dinh/[decisionId]/docx/route";
import { readDocx } from "@/lib/documents/read-docx";
import { signInAs } from "../setup/current-user-stub";
import { world, YEAR, type Who, type World } from "./world";

vi.mock("@/lib/server/auth/current-user", () => import("../setup/current-user-stub"));

const download = (w: World, decisionId: string, bloc = w.blocA.code, year = YEAR) =>
  GET(new Request("http://test.local/"), { params: Promise.resolve({ bloc, year: String(year), decisionId }) });

/** The council's decision on BTG's flag (changed to Bằng khen) and BDV's merit (rejected). */
function decide(w: World) {
  return w.db.decision.create({
    data: {
      cycleId: w.cycle.id,
      number: "123/QĐ-UBND",
      issuedOn: new Date("2027-03-14T00:00:00Z"),
      signer: "Nguyễn Văn Bình",
      authorityKind: "PROVINCE_CHAIR",
      authorityName: "Chủ tịch UBND tỉnh",
      items: {
        create: [
          { nominationId: w.nBtgFlag.id, agencyId: w.btg.id, awardFormId: w.flag.id, outcome: "CHANGED", changedToFormId: w.merit.id },
          { nominationId: w.nBdvMerit.id, agencyId: w.bdv.id, awardFormId: w.merit.id, outcome: "REJECTED", reason: "Chưa đủ thành tích" },
        ],
      },
    },
  });
}

describe("GET /api/khoi/[bloc]/[year]/quyet-dinh/[decisionId]/docx", () => {
  beforeEach(() => signInAs(null));

  // As the decisions page: every reader of the bloc (decisions are published acts), nobody else.
  const OUTCOMES: [Who, number][] = [
    ["ADMIN", 200],
    ["SECRETARY", 200],
    ["CHAIR", 200],
    ["OBSERVER", 200],
    ["AGENCY_LEADER", 200],
    ["AGENCY_OFFICER", 200],
    ["OTHER_AGENCY_LEADER", 200],
    ["OTHER_SECRETARY", 404],
    ["OTHER_OFFICER", 404],
  ];
  it.each(OUTCOMES)("%s → %i", async (who, status) => {
    const w = await world();
    const d = await decide(w);
    signInAs(w.users[who]);
    const res = await download(w, d.id);
    expect(res.status).toBe(status);
    if (status === 200) {
      expect(res.headers.get("Content-Type")).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
      expect(decodeURIComponent(res.headers.get("Content-Disposition")!)).toContain("Quyết định 123-QĐ-UBND ngày 2027-03-14.docx");
    }
  });

  it("holds the authority's header, number, date line, the awarded items, the signer and Nơi nhận", async () => {
    const w = await world();
    const d = await decide(w);
    signInAs(w.users.OBSERVER);
    const p = (await readDocx(await (await download(w, d.id)).arrayBuffer())).paragraphs;
    for (const s of [
      "Số: 123/QĐ-UBND",
      "QUYẾT ĐỊNH",
      "QUYẾT ĐỊNH:",
      w.btg.name,
      "Bằng khen của Chủ tịch UBND tỉnh",
      "CHỦ TỊCH",
      "Nguyễn Văn Bình",
      "Nơi nhận:",
      "- Như Điều 3;",
    ])
      expect(p).toContain(s);
    expect(p[0]).toMatch(/^ỦY BAN NHÂN DÂN/);
    expect(p.some((t) => /, ngày 14 tháng 3 năm 2027$/.test(t))).toBe(true);
    expect(p).not.toContain(w.bdv.name);
  });

  it("is 404 for another year's address, another bloc's address and a missing decision; 401 signed out", async () => {
    const w = await world();
    const d = await decide(w);
    signInAs(w.users.SECRETARY);
    expect((await download(w, d.id, w.blocA.code, YEAR - 1)).status).toBe(404);
    expect((await download(w, d.id, w.blocB.code)).status).toBe(404);
    expect((await download(w, "khong-co")).status).toBe(404);
    signInAs(null);
    expect((await download(w, d.id)).status).toBe(401);
  });
});
