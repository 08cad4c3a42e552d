import JSZip from "jszip";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { GET as getDocx } from "@/app/api/khoi/[bloc]/[year]/ho-so/[document]/docx/route";
import { GET as getZip } from "@/app/api/khoi/[bloc]/[year]/ho-so/zip/route";
import { tally } from "@/lib/domain/voting";
import { signInAs } from "../setup/current-user-stub";
import { world, YEAR, type Who, type World } from "../decisions/world";

vi.mock("@/lib/server/auth/current-user", () => import("../setup/current-user-stub"));

const zipOf = (w: World, code = w.blocA.code) => getZip(new Request("http://test.local/"), { params: Promise.resolve({ bloc: code, year: String(YEAR) }) });
const docxOf = (w: World, document: string) =>
  getDocx(new Request("http://test.local/"), { params: Promise.resolve({ bloc: w.blocA.code, year: String(YEAR), document }) });

/** A year-end conference (both members present), a closed paper vote with its stored tally, and a published result. */
async function conference(w: World) {
  const db = w.db;
  const meeting = await db.meeting.create({
    data: {
      cycleId: w.cycle.id,
      kind: "YEAR_END_CONFERENCE",
      heldOn: new Date("2026-12-20T00:00:00Z"),
      place: "Hội trường Tỉnh ủy",
      chairName: "Trần Văn Chủ",
      secretaryName: "Lê Thị Thư",
      agenda: ["Báo cáo tổng kết", "Bình xét khen thưởng"],
    },
  });
  await db.attendance.createMany({
    data: [
      { meetingId: meeting.id, agencyId: w.btg.id, status: "PRESENT" },
      { meetingId: meeting.id, agencyId: w.bdv.id, status: "REPRESENTED", representativeName: "Phạm Văn Dự" },
    ],
  });
  const vote = await db.vote.create({
    data: {
      meetingId: meeting.id,
      kind: "AWARD_PROPOSAL",
      method: "PAPER",
      title: "Đề nghị Cờ thi đua của UBND tỉnh",
      awardFormId: w.flag.id,
      status: "CLOSED",
      closedAt: new Date(),
      quorumPct: 66.67,
      thresholdPct: 50,
      thresholdBase: "ALL_MEMBERS",
      committee: ["Nguyễn Kiểm Phiếu"],
      ballotsIssued: 2,
      ballotsReturned: 2,
      ballotsValid: 2,
      ballotsInvalid: 0,
    },
  });
  const cand = await db.voteCandidate.create({ data: { voteId: vote.id, agencyId: w.btg.id, order: 1, paperVotes: 2 } });
  const result = tally({
    rules: {
      kind: "AWARD_PROPOSAL",
      method: "PAPER",
      quorumPct: 66.67,
      thresholdPct: 50,
      thresholdBase: "ALL_MEMBERS",
      candidateMayVote: true,
      maxChoices: 1,
      tieRule: "RUNOFF",
      round: 1,
    },
    attendance: [
      { agencyId: w.btg.id, status: "PRESENT" },
      { agencyId: w.bdv.id, status: "REPRESENTED" },
    ],
    candidates: [{ id: cand.id, agencyId: w.btg.id, label: "Ban Tuyên giáo Tỉnh ủy" }],
    counts: { issued: 2, returned: 2, valid: 2, invalid: 0, blank: null, votes: { [cand.id]: 2 } },
  });
  await db.vote.update({ where: { id: vote.id }, data: { result: JSON.parse(JSON.stringify(result)) } });
  await db.resultPublication.create({
    data: {
      cycleId: w.cycle.id,
      version: 1,
      snapshot: {
        format: 1,
        version: 1,
        publishedAt: new Date().toISOString(),
        table: { id: "t", title: "Bảng", version: 1, scale: 100 },
        criteria: [],
        withoutSheet: [],
        rows: [
          {
            agencyId: w.btg.id,
            agencyName: "Ban Tuyên giáo Tỉnh ủy",
            shortName: "BTG",
            rank: 1,
            label: "NHAT",
            needsRunoff: false,
            base: 95,
            bonus: 2,
            penalty: 0,
            total: 97.5,
            bandKey: "XS",
            bandLabel: "Hoàn thành xuất sắc nhiệm vụ",
            vetoed: false,
            cells: {},
            groups: {},
            missingCount: 0,
          },
        ],
      },
    },
  });
  await w.db.nomination.update({
    where: { id: w.nPerson.id },
    data: { personPosition: "Phó Trưởng ban", achievements: "Chủ trì biên soạn 12 chuyên đề học tập nghị quyết." },
  });
}

async function entries(res: Response) {
  const zip = await JSZip.loadAsync(await res.arrayBuffer());
  const names = Object.keys(zip.files).sort();
  const xml: Record<string, string> = {};
  for (const n of names) {
    const inner = await JSZip.loadAsync(await zip.file(n)!.async("uint8array"));
    xml[n] = await inner.file("word/document.xml")!.async("string");
  }
  return { names, xml };
}

describe("GET /api/khoi/[bloc]/[year]/ho-so/zip", () => {
  beforeEach(() => signInAs(null));

  const OUTCOMES: [Who, number][] = [
    ["CHAIR", 200],
    ["SECRETARY", 200],
    ["ADMIN", 200],
    ["OBSERVER", 403],
    ["AGENCY_LEADER", 403],
    ["AGENCY_OFFICER", 403],
    ["OTHER_SECRETARY", 404],
    ["OTHER_OFFICER", 404],
  ];
  it.each(OUTCOMES)("%s → %i", async (who, status) => {
    const w = await world();
    signInAs(w.users[who]);
    const res = await zipOf(w);
    expect(res.status).toBe(status);
    if (status === 200) {
      expect(res.headers.get("Content-Type")).toBe("application/zip");
      expect(decodeURIComponent(res.headers.get("Content-Disposition")!)).toContain(`Hồ sơ đề nghị khen thưởng năm ${YEAR}`);
    }
  });

  it("is 401 signed out", async () => {
    const w = await world();
    expect((await zipOf(w)).status).toBe(401);
  });

  it("holds the memo, the minutes, the vote-count minutes and one report per SENT nominee, each a parsable .docx", async () => {
    const w = await world();
    await conference(w);
    signInAs(w.users.CHAIR);
    const res = await zipOf(w);
    expect(res.status).toBe(200);
    const { names, xml } = await entries(res);
    expect(names).toEqual([
      `01 Tờ trình đề nghị khen thưởng năm ${YEAR}.docx`,
      `02 Biên bản hội nghị tổng kết năm ${YEAR}.docx`,
      "03 Biên bản kiểm phiếu 1 - Bình xét, đề nghị khen thưởng Cờ thi đua của UBND tỉnh- Đề nghị Cờ thi đua của UBND tỉnh.docx",
      "04 Báo cáo thành tích 1 - Ban Tuyên giáo Tỉnh ủy.docx",
      "04 Báo cáo thành tích 2 - Ban Dân vận Tỉnh ủy.docx",
      "04 Báo cáo thành tích 3 - Nguyễn Thị Hoa (Ban Tuyên giáo Tỉnh ủy).docx",
    ]);
    const memo = xml[names[0]!]!;
    for (const t of [
      "TỜ TRÌNH",
      "Cờ thi đua của UBND tỉnh",
      "Bằng khen của Chủ tịch UBND tỉnh",
      "Ban Tuyên giáo Tỉnh ủy",
      "Ban Dân vận Tỉnh ủy",
      "Nguyễn Thị Hoa, Phó Trưởng ban",
    ])
      expect(memo).toContain(t);
    expect(memo).toContain("2 tập thể và 1 cá nhân");
    // Addressed to the deciding authority through its channel, citing the instruments of 2026, with Nơi nhận.
    expect(memo).toContain("Kính gửi: Chủ tịch Ủy ban nhân dân tỉnh");
    expect(memo).toContain("(qua Sở Nội vụ).");
    expect(memo).toContain("Căn cứ Luật Thi đua, khen thưởng số 06/2022/QH15;");
    expect(memo).toContain("152/2025/NĐ-CP");
    expect(memo).toContain("Nơi nhận:");
    // The minutes are the standalone minutes: number line and Nơi nhận.
    for (const minutes of [xml[names[1]!]!, xml[names[2]!]!]) {
      expect(minutes).toMatch(/Số:? …[/-]BB[/-]…/);
      expect(minutes).toContain("Nơi nhận:");
    }
    expect(xml[names[1]!]).toContain("Hội trường Tỉnh ủy");
    expect(xml[names[1]!]).toContain("Phạm Văn Dự");
    expect(xml[names[1]!]).toContain("ngày 20 tháng 12 năm 2026");
    expect(xml[names[2]!]).toContain("Số phiếu phát ra: 2");
    expect(xml[names[2]!]).toContain("Nguyễn Kiểm Phiếu");
    expect(xml[names[3]!]).toContain("97,5 điểm, xếp thứ 1/2 đơn vị, xếp loại Hoàn thành xuất sắc nhiệm vụ");
    expect(xml[names[3]!]).toContain("ĐỀ NGHỊ TẶNG CỜ THI ĐUA CỦA ỦY BAN NHÂN DÂN TỈNH");
    expect(xml[names[4]!]).toContain("chưa công bố kết quả chấm điểm năm 2026");
    expect(xml[names[4]!]).toContain("ĐỀ NGHỊ TẶNG BẰNG KHEN CỦA CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH");
    expect(xml[names[5]!]).toContain("I. SƠ LƯỢC LÝ LỊCH");
    expect(xml[names[5]!]).toContain("Chủ trì biên soạn 12 chuyên đề");
    expect(xml[names[5]!]).toContain("NGƯỜI BÁO CÁO THÀNH TÍCH");
  });

  it("leaves out the minutes without a year-end conference, and a report lists past awards", async () => {
    const w = await world();
    const d = await w.db.decision.create({
      data: {
        cycleId: w.lastCycle.id,
        number: "50/QĐ-UBND",
        issuedOn: new Date("2026-03-01T00:00:00Z"),
        signer: "A",
        authorityKind: "PROVINCE_CHAIR",
        authorityName: "UBND tỉnh",
      },
    });
    await w.db.decisionItem.create({
      data: { decisionId: d.id, nominationId: w.nLast.id, agencyId: w.btg.id, awardFormId: w.lastMerit.id, outcome: "APPROVED" },
    });
    signInAs(w.users.SECRETARY);
    const { names, xml } = await entries(await zipOf(w));
    expect(names.some((n) => n.startsWith("02 "))).toBe(false);
    expect(xml["04 Báo cáo thành tích 1 - Ban Tuyên giáo Tỉnh ủy.docx"]).toContain("Quyết định số 50/QĐ-UBND");
  });
});

describe("the achievement report in the dossier", () => {
  beforeEach(() => signInAs(null));

  it("follows the annex form for the award, filled with the agency's registration, signed pledge and progress, and past awards", async () => {
    const w = await world();
    const db = w.db;
    await db.registration.create({
      data: {
        cycleId: w.cycle.id,
        agencyId: w.btg.id,
        status: "ACCEPTED",
        titles: { create: [{ awardFormId: w.flag.id }] },
        targets: { create: [{ order: 1, text: "Đảng viên học tập nghị quyết", kind: "PERCENT", value: 90, comparator: "AT_LEAST" }] },
      },
    });
    const pledge = await db.pledge.create({
      data: {
        cycleId: w.cycle.id,
        version: 1,
        title: `GIAO ƯỚC THI ĐUA NĂM ${YEAR}`,
        status: "LOCKED",
        lockedAt: new Date(),
        commitments: {
          create: [{ number: 1, text: "Tuyên truyền nghị quyết", targetKind: "NUMBER", targetValue: 12, targetUnit: "tin bài", targetComparator: "AT_LEAST" }],
        },
        signatures: { create: [{ agencyId: w.btg.id, signerName: "Trưởng ban", signerTitle: "Trưởng ban", signedOn: new Date("2026-03-26T00:00:00Z") }] },
      },
      include: { commitments: true },
    });
    await db.commitmentProgress.create({ data: { commitmentId: pledge.commitments[0]!.id, agencyId: w.btg.id, status: "ACHIEVED", value: 15 } });
    const d = await db.decision.create({
      data: {
        cycleId: w.lastCycle.id,
        number: "50/QĐ-UBND",
        issuedOn: new Date("2026-03-01T00:00:00Z"),
        signer: "A",
        authorityKind: "PROVINCE_CHAIR",
        authorityName: "Chủ tịch UBND tỉnh",
      },
    });
    await db.decisionItem.create({
      data: { decisionId: d.id, nominationId: w.nLast.id, agencyId: w.btg.id, awardFormId: w.lastMerit.id, outcome: "APPROVED" },
    });
    signInAs(w.users.CHAIR);
    const { xml } = await entries(await zipOf(w));
    const report = xml["04 Báo cáo thành tích 1 - Ban Tuyên giáo Tỉnh ủy.docx"]!;
    for (const t of [
      "BÁO CÁO THÀNH TÍCH",
      "ĐỀ NGHỊ TẶNG CỜ THI ĐUA CỦA ỦY BAN NHÂN DÂN TỈNH",
      "I. SƠ LƯỢC ĐẶC ĐIỂM, TÌNH HÌNH",
      "II. THÀNH TÍCH ĐẠT ĐƯỢC",
      "III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG",
      "Đăng ký thi đua năm 2026: Cờ thi đua của UBND tỉnh",
      "Đảng viên học tập nghị quyết",
      "≥ 90%",
      "ngày 26/03/2026",
      "Tuyên truyền nghị quyết",
      "≥ 12 tin bài",
      "Đã đạt (15)",
      "Quyết định số 50/QĐ-UBND ngày 01/03/2026 của Chủ tịch UBND tỉnh",
      "THỦ TRƯỞNG ĐƠN VỊ CẤP TRÊN",
      "(cơ quan bổ sung)",
    ])
      expect(report).toContain(t);
  });
});

describe("GET /api/khoi/[bloc]/[year]/ho-so/[document]/docx", () => {
  it("serves one document by its slug, and 404 for an unknown one", async () => {
    const w = await world();
    signInAs(w.users.ADMIN);
    const res = await docxOf(w, "to-trinh");
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Type")).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    expect(res.headers.get("Content-Disposition")).toContain(`filename="01-To-trinh-de-nghi-khen-thuong-nam-${YEAR}.docx"`);
    const inner = await JSZip.loadAsync(await res.arrayBuffer());
    expect(await inner.file("word/document.xml")!.async("string")).toContain("Ban Tuyên giáo Tỉnh ủy");
    expect((await docxOf(w, "bao-cao-thanh-tich-3")).status).toBe(200);
    expect((await docxOf(w, "bao-cao-thanh-tich-9")).status).toBe(404);
    signInAs(w.users.AGENCY_LEADER);
    expect((await docxOf(w, "to-trinh")).status).toBe(403);
  });
});
