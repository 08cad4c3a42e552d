import JSZip from "jszip";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { GET } from "@/app/api/khoi/[bloc]/[year]/hoi-nghi/[meetingId]/docx/route";
import { signInAs } from "../setup/current-user-stub";
import { testDb } from "../setup/db";
import { makeConference, world, type Who, type World } from "./world";

vi.mock("@/lib/server/auth/current-user", () => import("../setup/current-user-stub"));

const download = (w: World, meetingId: string, code = w.blocA.code) =>
  GET(new Request("http://test.local/"), { params: Promise.resolve({ bloc: code, year: String(w.year), meetingId }) });

async function documentText(res: Response): Promise<string> {
  const zip = await JSZip.loadAsync(await res.arrayBuffer());
  const xml = await zip.file("word/document.xml")!.async("string");
  return xml.replace(/<w:p[ >][\s\S]*?<\/w:p>/g, (p) => `${p.replace(/<[^>]+>/g, "")}\n`).replace(/<[^>]+>/g, "");
}

async function setUp(w: World) {
  const m = await makeConference(w);
  await testDb().attendance.createMany({
    data: [
      { meetingId: m.id, agencyId: w.btg.id, status: "PRESENT" },
      { meetingId: m.id, agencyId: w.bdv.id, status: "REPRESENTED", representativeName: "Lê Văn Cường" },
      { meetingId: m.id, agencyId: w.btc.id, status: "ABSENT", absenceReason: "Đi công tác Trung ương" },
    ],
  });
  return m;
}

const RESULT = {
  version: 1,
  candidates: [{ candidateId: "c1", label: "Ban Tuyên giáo Tỉnh ủy", order: 1, votes: 2 }],
  outcome: "DECIDED",
  winners: ["c1"],
  tied: [],
  round: 1,
  members: { summoned: 3, present: 2, absent: 1, votingMembers: 3, votingPresent: 2, excludedCandidates: 0 },
  ballots: { issued: 2, returned: 2, valid: 2, invalid: 0, blank: null },
  threshold: { text: "trên 50% tổng số đơn vị thành viên" },
  quorum: { presentPct: 66.67 },
  reasons: [],
};

describe("GET /api/khoi/[bloc]/[year]/hoi-nghi/[meetingId]/docx", () => {
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
    const m = await setUp(w);
    signInAs(w.users[who]);
    const res = await download(w, m.id);
    expect(res.status).toBe(status);
    if (status === 200) {
      expect(res.headers.get("Content-Type")).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
      expect(res.headers.get("Content-Disposition")).toContain(`bien-ban-hoi-nghi-${w.year}.docx`);
    }
  });

  it("holds the bloc, date, place, chair, secretary, attendance, agenda, quorum and closed votes only", async () => {
    const w = await world();
    const m = await setUp(w);
    await testDb().vote.create({
      data: {
        meetingId: m.id,
        kind: "ACCLAIM_LEADER",
        method: "ELECTRONIC",
        title: "Suy tôn đơn vị dẫn đầu",
        status: "CLOSED",
        quorumPct: 50,
        thresholdPct: 50,
        thresholdBase: "ALL_MEMBERS",
        closedAt: new Date(),
        result: RESULT,
      },
    });
    await testDb().vote.create({
      data: {
        meetingId: m.id,
        kind: "ELECT_HEAD",
        method: "ELECTRONIC",
        title: "Bầu Trưởng khối năm sau",
        status: "OPEN",
        quorumPct: 50,
        thresholdPct: 50,
        thresholdBase: "ALL_MEMBERS",
        result: RESULT,
      },
    });
    signInAs(w.users.OBSERVER);
    const text = await documentText(await download(w, m.id));
    for (const s of [
      "BIÊN BẢN HỘI NGHỊ TỔNG KẾT",
      "KHỐI THI ĐUA CÁC CƠ QUAN ĐẢNG TỈNH",
      `năm thi đua ${w.year}`,
      "Thời gian: ngày 20/12/2026.",
      "Địa điểm: Hội trường Tỉnh ủy.",
      "Chủ trì: Nguyễn Văn An.",
      "Thư ký: Trần Thị Bình.",
      "1. Ban Tuyên giáo Tỉnh ủy",
      "1. Ban Dân vận Tỉnh ủy — đại diện: Lê Văn Cường",
      "1. Ban Tổ chức Tỉnh ủy — lý do: Đi công tác Trung ương",
      "1. Báo cáo tổng kết",
      "2. Bỏ phiếu suy tôn",
      "Có mặt 2/3 cơ quan — đủ số lượng",
      "IV. KẾT QUẢ BIỂU QUYẾT",
      "1. Suy tôn đơn vị dẫn đầu: Ban Tuyên giáo Tỉnh ủy được suy tôn.",
    ]) {
      expect(text).toContain(s);
    }
    expect(text).not.toContain("Bầu Trưởng khối năm sau");
  });

  it("carries the year's objections into the year-end minutes: open ones first, decided ones with the chair's reason, none of another bloc", async () => {
    const w = await world();
    const m = await setUp(w);
    const db = testDb();
    let version = 0;
    const objection = async (
      cycleId: string,
      agencyId: string,
      code: string,
      data: { reason: string; status?: "OPEN" | "ACCEPTED" | "REJECTED"; decisionReason?: string },
    ) => {
      const table = await db.criteriaTable.create({ data: { cycleId, version: ++version, title: `Bảng ${code}`, scale: 100 } });
      const criterion = await db.criterion.create({ data: { tableId: table.id, code, name: `Tiêu chí ${code}`, type: "GRADED", order: 1, maxPoints: 10 } });
      const sheet = await db.scoreSheet.create({ data: { cycleId, tableId: table.id, agencyId } });
      const entry = await db.scoreEntry.create({ data: { sheetId: sheet.id, criterionId: criterion.id, minPoints: 0, maxPoints: 10 } });
      await db.objection.create({ data: { entryId: entry.id, agencyId, ...data } });
    };
    await objection(w.cycle.id, w.btg.id, "I.2", { reason: "Đã có minh chứng bổ sung", status: "REJECTED", decisionReason: "Minh chứng ngoài thời hạn" });
    await objection(w.cycle.id, w.bdv.id, "II.1", { reason: "Chỉ tiêu tính sai" });
    await objection(w.cycleB.id, w.outsider.id, "III.4", { reason: "Kiến nghị của khối khác" });

    signInAs(w.users.OBSERVER);
    const text = await documentText(await download(w, m.id));
    expect(text).toContain("IV. KIẾN NGHỊ VỀ KẾT QUẢ CHẤM ĐIỂM");
    expect(text).toContain("Số kiến nghị của các cơ quan: 2; đã giải quyết: 1; chưa giải quyết: 1.");
    expect(text).toContain("1. Ban Dân vận Tỉnh ủy — tiêu chí II.1. Tiêu chí II.1: Chỉ tiêu tính sai — chưa giải quyết, đưa ra hội nghị xem xét.");
    expect(text).toContain(
      "2. Ban Tuyên giáo Tỉnh ủy — tiêu chí I.2. Tiêu chí I.2: Đã có minh chứng bổ sung — Trưởng khối không chấp nhận (Minh chứng ngoài thời hạn).",
    );
    expect(text).not.toContain("Kiến nghị của khối khác");
  });

  it("is 404 for a meeting of another bloc and for a missing one; 401 signed out", async () => {
    const w = await world();
    const m = await setUp(w);
    const other = await testDb().meeting.create({
      data: { cycleId: w.cycleB.id, kind: "YEAR_END_CONFERENCE", heldOn: new Date("2026-12-21T00:00:00Z"), place: "B", chairName: "C", agenda: [] },
    });
    signInAs(w.users.SECRETARY);
    expect((await download(w, other.id)).status).toBe(404);
    expect((await download(w, "khong-co")).status).toBe(404);
    expect((await download(w, m.id, w.blocB.code)).status).toBe(404);
    signInAs(null);
    expect((await download(w, m.id)).status).toBe(401);
  });
});
