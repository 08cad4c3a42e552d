import { describe, expect, it } from "vitest";
import type { BlocLetterhead } from "@/lib/domain/official-document";
import { buildVoteMinutes, tally, type AttendanceInput } from "@/lib/domain/voting";
import type { ConferenceMinutes } from "@/lib/server/conference/get-conference-minutes";
import { buildConferenceMinutesDocx, buildVoteMinutesDocx, type VoteMinutesDocument } from "./minutes-docx";
import { readDocx, rowOf, type DocxText } from "./read-docx";
import { disputeLine, minutesSections } from "./minutes-text";

const party: BlocLetterhead = {
  blocName: "Khối thi đua các cơ quan Đảng tỉnh",
  blocKind: "KHOI",
  isParty: true,
  place: "Kon Tum",
  headAgencyName: "Ban Tổ chức Tỉnh ủy",
};
const state: BlocLetterhead = { blocName: "Sở, ngành tỉnh", blocKind: "CUM", isParty: false, place: "Kon Tum", headAgencyName: null };

const attendance: AttendanceInput[] = ["a1", "a2", "a3"].map((agencyId) => ({ agencyId, status: "PRESENT" as const }));
const candidates = [
  { id: "c1", agencyId: "a1", label: "Ban Tổ chức Tỉnh ủy" },
  { id: "c2", agencyId: "a2", label: "Văn phòng Tỉnh ủy" },
];

function voteMinutes(letterhead: BlocLetterhead, heldOn: string, committee = ["Nguyễn Văn A", "Trần Thị B"]): VoteMinutesDocument {
  const result = tally({
    rules: {
      kind: "ACCLAIM_LEADER",
      method: "PAPER",
      quorumPct: 66.67,
      thresholdPct: 50,
      thresholdBase: "ALL_MEMBERS",
      candidateMayVote: true,
      maxChoices: 1,
      tieRule: "RUNOFF",
      round: 1,
    },
    attendance,
    candidates,
    counts: { issued: 3, returned: 3, valid: 3, invalid: 0, blank: null, votes: { c1: 2, c2: 1 } },
  });
  const minutes = buildVoteMinutes({
    vote: { title: "Suy tôn đơn vị dẫn đầu năm 2026", kind: "ACCLAIM_LEADER", method: "PAPER", committee },
    meeting: { heldOn, place: "Hội trường Tỉnh ủy", chairName: "Lê Văn C", secretaryName: "Phạm Thị D" },
    blocName: letterhead.blocName,
    result,
  });
  return { ...minutes, heldOn, letterhead };
}

/** The paragraphs between two texts (both excluded): what the page shows there. */
const after = (doc: DocxText, text: string) => doc.paragraphs.slice(doc.paragraphs.indexOf(text) + 1);

describe("vote-count minutes (.docx)", () => {
  it("has the bloc over its head's agency, the Party number line and the meeting's place and date", async () => {
    const doc = await readDocx(await buildVoteMinutesDocx(voteMinutes(party, "2026-12-05")));
    const p = doc.paragraphs;
    expect(p.slice(0, 4)).toEqual(["KHỐI THI ĐUA CÁC CƠ QUAN ĐẢNG TỈNH", "BAN TỔ CHỨC TỈNH ỦY", "*", "Số …-BB/…"]);
    expect(p).toContain("ĐẢNG CỘNG SẢN VIỆT NAM");
    expect(p).not.toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(p).toContain("Kon Tum, ngày 05 tháng 12 năm 2026");
    expect(p.indexOf("BIÊN BẢN KIỂM PHIẾU")).toBeGreaterThan(p.indexOf("Kon Tum, ngày 05 tháng 12 năm 2026"));
    expect(p).toContain("Số phiếu phát ra: 3; số phiếu thu về: 3; số phiếu hợp lệ: 3; số phiếu không hợp lệ: 0.");
    expect(p).toContain("Kết luận: Ban Tổ chức Tỉnh ủy được suy tôn.");
  });

  it("uses the State header and number line for a State bloc, with months 1–2 padded", async () => {
    const p = (await readDocx(await buildVoteMinutesDocx(voteMinutes(state, "2027-02-15")))).paragraphs;
    expect(p.slice(0, 2)).toEqual(["CỤM THI ĐUA SỞ, NGÀNH TỈNH", ""]);
    expect(p).toContain("Số: …/BB-…");
    expect(p).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(p).toContain("Độc lập - Tự do - Hạnh phúc");
    expect(p).toContain("Kon Tum, ngày 15 tháng 02 năm 2027");
    expect(p).toContain("- Lưu: VT.");
  });

  it("keeps every member of the counting committee in one row that does not break, then Nơi nhận", async () => {
    const doc = await readDocx(await buildVoteMinutesDocx(voteMinutes(party, "2026-12-05", ["Nguyễn Văn A", "Trần Thị B", "Đỗ Văn E"])));
    const row = rowOf(doc, "TRƯỞNG BAN KIỂM PHIẾU");
    expect(row).toContain("<w:cantSplit/>");
    for (const name of ["Nguyễn Văn A", "Trần Thị B", "Đỗ Văn E"]) expect(rowOf(doc, name)).toBe(row);
    expect(rowOf(doc, "THÀNH VIÊN")).toBe(row);
    expect(after(doc, "Ban kiểm phiếu lập biên bản này và cùng ký tên.")[1]).toBe("TRƯỞNG BAN KIỂM PHIẾU");
    expect(after(doc, "Nơi nhận:").slice(0, 2)).toEqual(["- Các cơ quan thành viên khối;", "- Lưu Văn phòng."]);
    expect(doc.paragraphs.indexOf("Nơi nhận:")).toBeGreaterThan(doc.paragraphs.indexOf("Đỗ Văn E"));
  });

  it("leaves a blank head of the committee to sign when none was recorded", async () => {
    const doc = await readDocx(await buildVoteMinutesDocx(voteMinutes(party, "2026-12-05", [])));
    expect(doc.paragraphs).toContain("TRƯỞNG BAN KIỂM PHIẾU");
    expect(rowOf(doc, "TRƯỞNG BAN KIỂM PHIẾU")).toContain("<w:cantSplit/>");
  });
});

function conference(letterhead: BlocLetterhead, heldOn: string): ConferenceMinutes {
  return {
    meetingId: "m1",
    isParty: letterhead.isParty,
    blocName: letterhead.blocName,
    blocKind: letterhead.blocKind,
    province: letterhead.place,
    letterhead,
    year: 2026,
    kind: "YEAR_END_CONFERENCE",
    title: "BIÊN BẢN HỘI NGHỊ TỔNG KẾT",
    heldOn,
    place: "Hội trường Tỉnh ủy",
    chairName: "Lê Văn C",
    secretaryName: "Phạm Thị D",
    agenda: ["Báo cáo tổng kết"],
    notes: null,
    present: ["Ban Tổ chức Tỉnh ủy", "Văn phòng Tỉnh ủy"],
    represented: [],
    absent: [{ agencyName: "Báo Kon Tum", reason: "Đi công tác" }],
    unrecorded: [],
    quorum: {
      members: 3,
      present: 2,
      represented: 0,
      absent: 1,
      unrecorded: 0,
      quorumPct: 50,
      presentPct: 66.67,
      reached: true,
      line: "Có mặt 2/3 cơ quan — đủ số lượng",
    },
    disputes: [],
    votes: [
      {
        title: "Suy tôn đơn vị dẫn đầu năm 2026",
        round: 1,
        outcome: "Ban Tổ chức Tỉnh ủy được suy tôn.",
        ranking: ["Đối chiếu với kết quả chấm điểm đã công bố (bản số 1):", "Ban Tổ chức Tỉnh ủy: hạng 1, 95,5 điểm — 3 phiếu đồng ý — được suy tôn."],
      },
    ],
  };
}

describe("conference minutes (.docx)", () => {
  it("has the header, number line, date line, sections, signers in one unbreakable row and Nơi nhận", async () => {
    const doc = await readDocx(await buildConferenceMinutesDocx(conference(party, "2026-12-05")));
    const p = doc.paragraphs;
    expect(p.slice(0, 4)).toEqual(["KHỐI THI ĐUA CÁC CƠ QUAN ĐẢNG TỈNH", "BAN TỔ CHỨC TỈNH ỦY", "*", "Số …-BB/…"]);
    expect(p).toContain("ĐẢNG CỘNG SẢN VIỆT NAM");
    expect(p).toContain("Kon Tum, ngày 05 tháng 12 năm 2026");
    for (const s of [
      "BIÊN BẢN HỘI NGHỊ TỔNG KẾT",
      "I. THỜI GIAN, ĐỊA ĐIỂM",
      "1. Báo cáo tổng kết",
      "1. Suy tôn đơn vị dẫn đầu năm 2026: Ban Tổ chức Tỉnh ủy được suy tôn.",
      "– Ban Tổ chức Tỉnh ủy: hạng 1, 95,5 điểm — 3 phiếu đồng ý — được suy tôn.",
    ])
      expect(p).toContain(s);
    const row = rowOf(doc, "THƯ KÝ");
    expect(row).toContain("<w:cantSplit/>");
    for (const t of ["CHỦ TRÌ", "Phạm Thị D", "Lê Văn C"]) expect(rowOf(doc, t)).toBe(row);
    expect(after(doc, "Nơi nhận:").slice(0, 2)).toEqual(["- Các cơ quan thành viên khối;", "- Lưu Văn phòng."]);
  });

  it("looks like the vote-count minutes of the same meeting: the same header, date line, closing layout and Nơi nhận", async () => {
    for (const [letterhead, day] of [
      [party, "2026-12-05"],
      [state, "2027-01-09"],
    ] as const) {
      const conf = (await readDocx(await buildConferenceMinutesDocx(conference(letterhead, day)))).paragraphs;
      const vote = (await readDocx(await buildVoteMinutesDocx(voteMinutes(letterhead, day)))).paragraphs;
      const head = (p: string[]) =>
        p.slice(
          0,
          p.findIndex((t) => t.startsWith("BIÊN BẢN")),
        );
      expect(head(conf)).toEqual(head(vote));
      expect(head(conf)).toContain(`Kon Tum, ngày ${day.slice(8)} tháng ${day.slice(5, 7) === "01" ? "01" : "12"} năm ${day.slice(0, 4)}`);
      expect(conf.slice(conf.indexOf("Nơi nhận:"))).toEqual(vote.slice(vote.indexOf("Nơi nhận:")));
    }
  });
});

describe("disputed scores in the minutes", () => {
  it("gets its own numbered section before the votes, and the sections after it move down", async () => {
    const m = conference(party, "2026-12-05");
    const disputes: ConferenceMinutes["disputes"] = [
      { agencyName: "Văn phòng Tỉnh ủy", criterion: "II.1. Chỉ tiêu", reason: "Tính sai chỉ tiêu", status: "OPEN", decisionReason: null },
      { agencyName: "Báo Kon Tum", criterion: "I.3. Tuyên truyền", reason: "Thiếu minh chứng đã nộp", status: "ACCEPTED", decisionReason: "Đã đối chiếu" },
    ];
    const headings = minutesSections({ ...m, disputes, notes: "Kết luận" }).map((s) => s.heading);
    expect(headings).toEqual([
      "I. THỜI GIAN, ĐỊA ĐIỂM",
      "II. THÀNH PHẦN DỰ HỌP",
      "III. NỘI DUNG CHƯƠNG TRÌNH",
      "IV. KIẾN NGHỊ VỀ KẾT QUẢ CHẤM ĐIỂM",
      "V. KẾT QUẢ BIỂU QUYẾT",
      "VI. GHI CHÚ, KẾT LUẬN",
    ]);
    expect(disputes.map(disputeLine)).toEqual([
      "1. Văn phòng Tỉnh ủy — tiêu chí II.1. Chỉ tiêu: Tính sai chỉ tiêu — chưa giải quyết, đưa ra hội nghị xem xét.",
      "2. Báo Kon Tum — tiêu chí I.3. Tuyên truyền: Thiếu minh chứng đã nộp — Trưởng khối chấp nhận (Đã đối chiếu).",
    ]);
    expect(minutesSections(m).map((s) => s.heading)).not.toContain("IV. KIẾN NGHỊ VỀ KẾT QUẢ CHẤM ĐIỂM");
  });
});
