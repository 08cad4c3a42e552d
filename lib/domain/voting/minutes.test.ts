import { describe, expect, test } from "vitest";
import { buildVoteMinutes, type MinutesInput } from "./minutes";
import { tally } from "./tally";
import type { AttendanceInput, VoteRules } from "./types";

const attendance: AttendanceInput[] = [
  ...Array.from({ length: 7 }, (_, i) => ({ agencyId: `a${i + 1}`, status: "PRESENT" as const })),
  { agencyId: "a8", status: "REPRESENTED" },
  { agencyId: "a9", status: "ABSENT" },
];
const candidates = [
  { id: "c1", agencyId: "a1", label: "Ban Tổ chức Tỉnh ủy" },
  { id: "c2", agencyId: "a2", label: "Văn phòng Tỉnh ủy" },
];
const rules = (over: Partial<VoteRules> = {}): VoteRules => ({
  kind: "ELECT_HEAD",
  method: "PAPER",
  quorumPct: 66.67,
  thresholdPct: 50,
  thresholdBase: "ALL_MEMBERS",
  candidateMayVote: true,
  maxChoices: 1,
  tieRule: "RUNOFF",
  round: 1,
  ...over,
});
const input = (over: Partial<VoteRules> = {}, votes: Record<string, number> = { c1: 6, c2: 1 }): MinutesInput => ({
  vote: { title: "Bầu Trưởng khối năm 2027", kind: over.kind ?? "ELECT_HEAD", method: "PAPER", committee: ["Nguyễn Văn A", "Trần Thị B"] },
  meeting: { heldOn: "2026-12-15", place: "Hội trường Tỉnh ủy", chairName: "Lê Văn C", secretaryName: "Phạm Thị D" },
  blocName: "Khối thi đua các cơ quan Đảng tỉnh",
  result: tally({ rules: rules(over), attendance, candidates, counts: { issued: 8, returned: 8, valid: 7, invalid: 1, blank: null, votes } }),
});

describe("buildVoteMinutes", () => {
  test("the fields of a vote-count minutes (docs/domain/documents.md#vote-count-minutes)", () => {
    const minutes = buildVoteMinutes(input());
    expect(minutes).toMatchObject({
      blocLine: "KHỐI THI ĐUA CÁC CƠ QUAN ĐẢNG TỈNH",
      title: "BIÊN BẢN KIỂM PHIẾU",
      purpose: "Bầu Trưởng khối: Bầu Trưởng khối năm 2027",
      date: "15/12/2026",
      place: "Hội trường Tỉnh ủy",
      roundLine: null,
      committee: [
        { role: "Trưởng ban kiểm phiếu", name: "Nguyễn Văn A" },
        { role: "Thành viên", name: "Trần Thị B" },
      ],
      members: { summoned: 9, present: 8, absent: 1, votingMembers: 9, votingPresent: 8 },
      ballots: { issued: 8, returned: 8, valid: 7, invalid: 1, blank: null },
      thresholdText: "trên 50% tổng số đơn vị thành viên (quá bán)",
      outcome: "DECIDED",
      outcomeText: "Ban Tổ chức Tỉnh ủy trúng cử.",
    });
    expect(minutes.rows).toEqual([
      { order: 1, name: "Ban Tổ chức Tỉnh ủy", votes: 6, notFor: 1, pctOfAllMembers: "66,67%", pctOfBase: "66,67%", rank: 1, result: "Trúng cử" },
      { order: 2, name: "Văn phòng Tỉnh ủy", votes: 1, notFor: 6, pctOfAllMembers: "11,11%", pctOfBase: "11,11%", rank: 2, result: "Không trúng cử" },
    ]);
  });

  test("the text lines read as a minutes, in order", () => {
    expect(buildVoteMinutes(input()).lines).toEqual([
      "KHỐI THI ĐUA CÁC CƠ QUAN ĐẢNG TỈNH",
      "BIÊN BẢN KIỂM PHIẾU",
      "Bầu Trưởng khối: Bầu Trưởng khối năm 2027",
      "Hôm nay, ngày 15/12/2026, tại Hội trường Tỉnh ủy, Ban kiểm phiếu gồm:",
      "1. Nguyễn Văn A — Trưởng ban kiểm phiếu",
      "2. Trần Thị B — Thành viên",
      "Chủ trì hội nghị: Lê Văn C; thư ký: Phạm Thị D.",
      "Hình thức: bỏ phiếu kín bằng phiếu giấy.",
      "Số đơn vị thành viên được triệu tập: 9; có mặt: 8 (88,89%); vắng mặt: 1.",
      "Số phiếu phát ra: 8; số phiếu thu về: 8; số phiếu hợp lệ: 7; số phiếu không hợp lệ: 1.",
      "Ngưỡng thông qua: trên 50% tổng số đơn vị thành viên (quá bán).",
      "Kết quả kiểm phiếu:",
      "1. Ban Tổ chức Tỉnh ủy: 6 phiếu đồng ý, bằng 66,67% tổng số đơn vị thành viên (66,67% so với tổng số đơn vị thành viên); 1 phiếu không đồng ý hoặc không chọn — Trúng cử.",
      "2. Văn phòng Tỉnh ủy: 1 phiếu đồng ý, bằng 11,11% tổng số đơn vị thành viên (11,11% so với tổng số đơn vị thành viên); 6 phiếu không đồng ý hoặc không chọn — Không trúng cử.",
      "Kết luận: Ban Tổ chức Tỉnh ủy trúng cử.",
      "Ban kiểm phiếu lập biên bản này và cùng ký tên.",
    ]);
  });

  test.each<[string, Partial<VoteRules>, Record<string, number>, string, string[]]>([
    ["a failed vote", {}, { c1: 4, c2: 3 }, "Không có ứng viên nào đạt ngưỡng nên chưa có kết quả.", ["Không trúng cử", "Không trúng cử"]],
    [
      "a tie (at least 40% of valid ballots)",
      { thresholdPct: 40, thresholdBase: "VALID_BALLOTS" },
      { c1: 3, c2: 3 },
      "Ban Tổ chức Tỉnh ủy, Văn phòng Tỉnh ủy bằng phiếu nhau ở vị trí cuối cùng.",
      ["Bằng phiếu", "Bằng phiếu"],
    ],
    [
      "no quorum",
      { quorumPct: 100 },
      { c1: 6, c2: 1 },
      "Cuộc biểu quyết không có giá trị vì không đủ số đơn vị tham dự.",
      ["Không trúng cử", "Không trúng cử"],
    ],
    ["counts that do not add up", {}, { c1: 6, c2: 2 }, "Số liệu kiểm phiếu chưa khớp nên chưa có kết quả.", ["Không trúng cử", "Không trúng cử"]],
    ["an acclamation", { kind: "ACCLAIM_LEADER" }, { c1: 6, c2: 1 }, "Ban Tổ chức Tỉnh ủy được suy tôn.", ["Được suy tôn", "Không được suy tôn"]],
    ["an award proposal", { kind: "AWARD_PROPOSAL" }, { c1: 6, c2: 1 }, "Ban Tổ chức Tỉnh ủy được đề nghị.", ["Được đề nghị", "Không được đề nghị"]],
  ])("the conclusion of %s", (_name, over, votes, text, results) => {
    const minutes = buildVoteMinutes(input(over, votes));
    expect(minutes.outcomeText).toBe(text);
    expect(minutes.rows.map((r) => r.result)).toEqual(results);
    expect(minutes.lines).toContain(`Kết luận: ${text}`);
  });

  test("the reasons and the run-off are written after the conclusion", () => {
    const lines = buildVoteMinutes(input({ thresholdPct: 40, thresholdBase: "VALID_BALLOTS" }, { c1: 3, c2: 3 })).lines;
    expect(lines.slice(-3)).toEqual([
      "Ban Tổ chức Tỉnh ủy, Văn phòng Tỉnh ủy bằng phiếu nhau (3 phiếu) trong khi chỉ còn 1 vị trí.",
      "Bỏ phiếu lại (vòng 2) giữa các ứng viên bằng phiếu: Ban Tổ chức Tỉnh ủy, Văn phòng Tỉnh ủy.",
      "Ban kiểm phiếu lập biên bản này và cùng ký tên.",
    ]);
  });

  test("a run-off round, excluded candidates, blank ballots, an award form and no committee yet", () => {
    const base = input({ round: 2, candidateMayVote: false, kind: "AWARD_PROPOSAL" });
    const minutes = buildVoteMinutes({
      ...base,
      vote: { ...base.vote, kind: "AWARD_PROPOSAL", method: "ELECTRONIC", committee: [], awardFormName: "Cờ thi đua của UBND tỉnh" },
      result: tally({
        rules: rules({ round: 2, candidateMayVote: false, kind: "AWARD_PROPOSAL", method: "ELECTRONIC" }),
        attendance,
        candidates,
        counts: { issued: 6, returned: 6, valid: 6, invalid: 0, blank: 1, votes: { c1: 5, c2: 0 } },
      }),
    });
    expect(minutes.purpose).toBe("Bình xét, đề nghị khen thưởng Cờ thi đua của UBND tỉnh: Bầu Trưởng khối năm 2027");
    expect(minutes.roundLine).toBe("Bỏ phiếu lại, vòng 2.");
    expect(minutes.lines).toContain("(Chưa ghi thành viên Ban kiểm phiếu)");
    expect(minutes.lines).toContain("Hình thức: bỏ phiếu kín điện tử.");
    expect(minutes.lines).toContain("Số đơn vị là ứng viên không tham gia bỏ phiếu: 2; số đơn vị có quyền biểu quyết: 7, trong đó có mặt: 6.");
    expect(minutes.lines).toContain(
      "Số phiếu phát ra: 6; số phiếu thu về: 6; số phiếu hợp lệ: 6; số phiếu không hợp lệ: 0; trong số phiếu hợp lệ có 1 phiếu trắng.",
    );
    expect(minutes.thresholdText).toBe("trên 50% tổng số đơn vị thành viên có quyền biểu quyết (quá bán)");
    // 5 of the 7 voting members passes; the % column still divides by all 9 members.
    expect(minutes.rows[0]).toMatchObject({ votes: 5, pctOfAllMembers: "55,56%", pctOfBase: "71,43%", result: "Được đề nghị" });
  });
});
