import type { YearEndReportInput } from "./year-end-types";

/** A bloc of three members whose 2026 went through every step, for the report's tests. */
export function reportInput(over: Partial<YearEndReportInput> = {}): YearEndReportInput {
  return {
    letterhead: { blocName: "Khối thi đua các cơ quan Đảng tỉnh A", blocKind: "KHOI", isParty: true, place: "Tỉnh A", headAgencyName: "Ban Tổ chức Tỉnh ủy" },
    organiser: "Hội đồng Thi đua - Khen thưởng tỉnh A",
    year: 2026,
    theme: "Đoàn kết, kỷ cương, đổi mới",
    members: [
      { agencyId: "btc", name: "Ban Tổ chức Tỉnh ủy", joinedOn: null, leftOn: null },
      { agencyId: "btg", name: "Ban Tuyên giáo Tỉnh ủy", joinedOn: null, leftOn: null },
      { agencyId: "vp", name: "Văn phòng Tỉnh ủy", joinedOn: "2026-03-01", leftOn: null },
    ],
    officers: [
      { role: "HEAD", agencyName: "Ban Tổ chức Tỉnh ủy", personName: "Nguyễn Văn Trưởng" },
      { role: "DEPUTY", agencyName: "Ban Tuyên giáo Tỉnh ủy", personName: null },
    ],
    registrations: [
      { agencyId: "btc", status: "ACCEPTED", titles: ["Cờ thi đua của UBND tỉnh", "Tập thể lao động xuất sắc"] },
      { agencyId: "btg", status: "SUBMITTED", titles: ["Tập thể lao động xuất sắc"] },
      { agencyId: "vp", status: "DRAFT", titles: ["Cờ thi đua của UBND tỉnh"] },
      // Not a member this year: not counted.
      { agencyId: "old", status: "ACCEPTED", titles: ["Cờ thi đua của UBND tỉnh"] },
    ],
    pledge: {
      version: 2,
      commitments: 4,
      signatures: [
        { agencyId: "btc", signedOn: "2026-02-10" },
        { agencyId: "btg", signedOn: "2026-02-10" },
      ],
      progress: [
        { agencyId: "btc", status: "ACHIEVED" },
        { agencyId: "btc", status: "ON_TRACK" },
        { agencyId: "btg", status: "AT_RISK" },
        { agencyId: "old", status: "ACHIEVED" },
      ],
    },
    midYearMeeting: { heldOn: "2026-07-15", place: "Hội trường Tỉnh ủy" },
    publication: {
      version: 2,
      publishedOn: "2026-12-10",
      rows: [
        { rank: 1, agencyName: "Ban Tổ chức Tỉnh ủy", total: 97.5, bandLabel: "Hoàn thành xuất sắc nhiệm vụ" },
        { rank: 2, agencyName: "Ban Tuyên giáo Tỉnh ủy", total: 91.25, bandLabel: "Hoàn thành xuất sắc nhiệm vụ" },
      ],
      excluded: [{ agencyName: "Văn phòng Tỉnh ủy", reason: "Chưa nộp bảng tự chấm điểm" }],
    },
    conference: {
      heldOn: "2026-12-20",
      place: "Hội trường Tỉnh ủy",
      present: 2,
      represented: 1,
      absent: 0,
      unrecorded: 0,
      votes: [{ title: "Suy tôn đơn vị dẫn đầu", round: 1, outcome: "Ban Tổ chức Tỉnh ủy được suy tôn." }],
    },
    nominations: [
      { formName: "Bằng khen của Chủ tịch UBND tỉnh", formOrder: 2, nominee: "Ban Tuyên giáo Tỉnh ủy" },
      { formName: "Cờ thi đua của UBND tỉnh", formOrder: 1, nominee: "Ban Tổ chức Tỉnh ủy" },
      { formName: "Bằng khen của Chủ tịch UBND tỉnh", formOrder: 2, nominee: "Nguyễn Thị Hoa (Ban Tổ chức Tỉnh ủy)" },
    ],
    decisions: [
      {
        number: "45/QĐ-UBND",
        issuedOn: "2027-01-15",
        authorityName: "Chủ tịch UBND tỉnh A",
        cancelled: false,
        items: [{ outcome: "APPROVED" }, { outcome: "CHANGED" }],
      },
      { number: "12/QĐ-UBND", issuedOn: "2027-01-05", authorityName: "Chủ tịch UBND tỉnh A", cancelled: true, items: [{ outcome: "APPROVED" }] },
    ],
    roleModels: [
      {
        target: "COLLECTIVE",
        stage: "REPLICATED",
        name: "Chi bộ Phòng Tổ chức",
        agencyName: "Ban Tổ chức Tỉnh ủy",
        proposedFor: ["Bằng khen của Chủ tịch UBND tỉnh"],
      },
      { target: "INDIVIDUAL", stage: "REPLICATED", name: "Lê Văn Bình", agencyName: "Ban Tuyên giáo Tỉnh ủy", proposedFor: [] },
      { target: "INDIVIDUAL", stage: "FOSTERED", name: "Đỗ Thị Mai", agencyName: "Văn phòng Tỉnh ủy", proposedFor: [] },
      { target: "COLLECTIVE", stage: "FOUND", name: "Chi đoàn Văn phòng", agencyName: "Văn phòng Tỉnh ủy", proposedFor: [] },
    ],
    text: { assessment: "Các cơ quan hoàn thành tốt nhiệm vụ.\n\nPhong trào thi đua sôi nổi.", shortcomings: "", directions: "Tiếp tục đổi mới." },
    ...over,
  };
}
