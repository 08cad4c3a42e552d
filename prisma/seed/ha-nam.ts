// Khối thi đua các Ban xây dựng Đảng và các cơ quan trực thuộc Tỉnh ủy Hà Nam —
// seed 002 (002_aa95f8bdfe1834c0.txt): on 20/3/2018 the 10 units signed the
// 2018 pledge. The head (UBKT Tỉnh ủy) and deputy (Đảng ủy Khối các cơ quan
// tỉnh) are named; the other 8 units are not.
import { upsertCycle, upsertMeeting } from "./cycle";
import { defaultPhases } from "./phases";
import { upsertLockedPledge, type CommitmentSeed } from "./pledge";
import { d, idOf, setMemberships, upsertAgencies, upsertBloc, upsertOfficerTerm, upsertProvince, vnTime, yearTerm, type AgencySeed, type Tx } from "./util";

export const HA_NAM_BLOC = "HNA-CQD";

// [code, name, shortName, type, signer, signer's title]. Only Trần Quốc Hùng is
// named in seed 002; every other signer is DEMO.
const UNITS: [string, string, string, AgencySeed["type"], string, string][] = [
  [
    "HNA-UBKT",
    "Ủy ban Kiểm tra Tỉnh ủy Hà Nam",
    "Ủy ban Kiểm tra Tỉnh ủy",
    "UY_BAN_KIEM_TRA",
    "Trần Quốc Hùng",
    "Ủy viên Ban Thường vụ Tỉnh ủy, Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy",
  ],
  [
    "HNA-DUK",
    "Đảng ủy Khối các cơ quan tỉnh Hà Nam",
    "Đảng ủy Khối các cơ quan tỉnh",
    "DANG_UY_KHOI",
    "Đỗ Thị Hồng Nhung",
    "Bí thư Đảng ủy Khối các cơ quan tỉnh",
  ],
  // DEMO: the remaining eight units.
  ["HNA-BTC", "Ban Tổ chức Tỉnh ủy Hà Nam", "Ban Tổ chức Tỉnh ủy", "BAN_DANG", "Nguyễn Văn Khải", "Phó Trưởng Ban Tổ chức Tỉnh ủy"],
  ["HNA-BTG", "Ban Tuyên giáo Tỉnh ủy Hà Nam", "Ban Tuyên giáo Tỉnh ủy", "BAN_DANG", "Trịnh Thị Thu Hương", "Phó Trưởng Ban Tuyên giáo Tỉnh ủy"],
  ["HNA-BDV", "Ban Dân vận Tỉnh ủy Hà Nam", "Ban Dân vận Tỉnh ủy", "BAN_DANG", "Lại Văn Thành", "Phó Trưởng Ban Dân vận Tỉnh ủy"],
  ["HNA-BNC", "Ban Nội chính Tỉnh ủy Hà Nam", "Ban Nội chính Tỉnh ủy", "BAN_DANG", "Vũ Đức Toàn", "Phó Trưởng Ban Nội chính Tỉnh ủy"],
  ["HNA-VP", "Văn phòng Tỉnh ủy Hà Nam", "Văn phòng Tỉnh ủy", "VAN_PHONG", "Mai Thị Phương", "Phó Chánh Văn phòng Tỉnh ủy"],
  ["HNA-BAO", "Báo Hà Nam", "Báo Hà Nam", "BAO", "Đinh Văn Hòa", "Phó Tổng Biên tập Báo Hà Nam"],
  ["HNA-TCT", "Trường Chính trị tỉnh Hà Nam", "Trường Chính trị tỉnh", "TRUONG_CHINH_TRI", "Phạm Thị Ngọc Lan", "Phó Hiệu trưởng Trường Chính trị tỉnh"],
  [
    "HNA-DUKDN",
    "Đảng ủy Khối Doanh nghiệp tỉnh Hà Nam",
    "Đảng ủy Khối Doanh nghiệp tỉnh",
    "DANG_UY_KHOI",
    "Trần Minh Đức",
    "Phó Bí thư Đảng ủy Khối Doanh nghiệp tỉnh",
  ],
];

// Seed 002 names the head and deputy units and the head's signer only.
const NAMED_UNITS = ["HNA-UBKT", "HNA-DUK"];
const NAMED_SIGNER = "HNA-UBKT";

export const HA_NAM_AGENCIES: AgencySeed[] = UNITS.map(([code, name, shortName, type]) => ({
  code,
  name,
  shortName,
  type,
  isDemoData: !NAMED_UNITS.includes(code),
}));

const THEME = "Kỷ cương, liêm chính, hành động, sáng tạo, hiệu quả"; // seed 002: theme of the Chủ tịch UBND tỉnh's campaign
const BASES = ["Chỉ thị số 34-CT/TW của Bộ Chính trị", "Luật Thi đua, khen thưởng"];
const SIGNED_ON = d(2018, 3, 20); // seed 002: "Chiều 20/3" (article dated 21/03/2018)

// Seed 002, the paragraphs "Các nội dung thi đua của khối tập trung vào các
// nhiệm vụ: …", "Cùng đó, …" and "Chủ động xây dựng kế hoạch, …", split at
// their sentence or semicolon boundaries; wording kept (only the first letter
// of item 3 is capitalised once its lead-in "Cùng đó," is dropped).
const COMMITMENTS: CommitmentSeed[] = [
  {
    text: "Thực hiện tốt Chỉ thị 34 của Bộ Chính trị về “Đổi mới công tác thi đua khen thưởng”, Luật Thi đua khen thưởng; các nghị định, thông tư và quy định của UBND tỉnh, Hội đồng Thi đua khen thưởng tỉnh.",
  },
  {
    text: "Tổ chức thực hiện tốt phong trào thi đua yêu nước ở mỗi đơn vị với những nội dung, biện pháp cụ thể, thiết thực, hiệu quả, tiêu chí thi đua rõ ràng, phương thức bình xét minh bạch, góp phần hoàn thành thắng lợi nhiệm vụ được giao.",
  },
  {
    text: "Nâng cao chất lượng tham mưu, chất lượng giải quyết các thủ tục hành chính, tạo bước đột phá về cải cách hành chính; tăng cường tinh thần phối hợp, cải cách lề lối và phương thức làm việc.",
  },
  {
    text: "Nâng cao vai trò của người đứng đầu, đạo đức công vụ, tinh thần, thái độ, ý thức, văn hóa ứng xử của đội ngũ cán bộ, công chức, viên chức.",
  },
  {
    text: "Chủ động xây dựng kế hoạch, tổ chức thực hiện có hiệu quả các nhiệm vụ chính trị được giao theo chức năng nhiệm vụ của mỗi đơn vị và của khối thi đua.",
  },
  {
    text: "Phấn đấu 100% đơn vị trong khối đều hoàn thành xuất sắc nhiệm vụ năm 2018, phấn đấu giữ vững giải Nhất trong phong trào thi đua yêu nước của tỉnh.",
    targetKind: "PERCENT",
    targetValue: 100,
    targetUnit: "% đơn vị hoàn thành xuất sắc nhiệm vụ",
  },
];

export async function seedHaNam(tx: Tx): Promise<void> {
  const provinceId = await upsertProvince(tx, { code: "HNA", name: "Hà Nam" });
  const ids = await upsertAgencies(tx, provinceId, HA_NAM_AGENCIES);
  const blocId = await upsertBloc(tx, {
    code: HA_NAM_BLOC,
    name: "Khối thi đua các Ban xây dựng Đảng và các cơ quan trực thuộc Tỉnh ủy Hà Nam",
    level: "PROVINCE",
    provinceId,
    organiser: "Hội đồng Thi đua – Khen thưởng tỉnh Hà Nam",
  });
  const members = UNITS.map(([code]) => idOf(ids, code));
  await setMemberships(tx, blocId, 2018, members);
  const cycle = await upsertCycle(tx, {
    blocId,
    year: 2018,
    catalogue: "province",
    theme: THEME,
    legalBases: BASES,
    phases: defaultPhases(2018), // signing window 01/03–15/04 contains 20/03
  });
  // Seed 002: "đại diện trưởng, phó khối thi đua năm 2018 là Ủy ban Kiểm tra
  // Tỉnh ủy và Đảng ủy Khối các cơ quan tỉnh". DEMO: method and exact dates.
  const term = { ...yearTerm(2018), method: "ELECTED" as const, isDemoData: true };
  await upsertOfficerTerm(tx, blocId, { ...term, role: "HEAD", agencyId: idOf(ids, "HNA-UBKT"), personName: "Trần Quốc Hùng" });
  await upsertOfficerTerm(tx, blocId, { ...term, role: "DEPUTY", agencyId: idOf(ids, "HNA-DUK") });
  const meetingId = await upsertMeeting(tx, {
    cycleId: cycle.id,
    kind: "PLEDGE_SIGNING",
    heldOn: SIGNED_ON,
    place: "Hội trường Tỉnh ủy Hà Nam", // DEMO: the article gives no place
    // The Trưởng khối (seed 002 shows him speaking); that he chaired is our reading.
    chairName: "Trần Quốc Hùng",
    // Seed 002 lists what the conference did.
    agenda: [
      "Thông qua dự thảo chương trình hoạt động của khối năm 2018",
      "Công bố đăng ký thi đua và 10 nhiệm vụ trọng tâm của các đơn vị năm 2018",
      "Lấy ý kiến rà soát, bổ sung tiêu chí thi đua giai đoạn 2016-2020",
      "Góp ý dự thảo Quy chế công tác thi đua khen thưởng",
      "Phát động phong trào thi đua năm 2018",
      "Ký kết giao ước thi đua năm 2018",
    ],
    notes:
      "Đồng chí Phạm Sỹ Lợi, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh, lãnh đạo phụ trách khối dự và phát biểu chỉ đạo: trong chấm điểm thi đua chú trọng đánh giá cao việc thực hiện nhiệm vụ đột xuất; nội dung thi đua phải trọng tâm, trọng điểm và bằng các chỉ số cụ thể.",
    attendances: UNITS.map(([code, , , , signer]) => ({
      agencyId: idOf(ids, code),
      representativeName: code === NAMED_SIGNER ? signer : null,
    })),
    isDemoData: true, // the place is invented (and that the Trưởng khối chaired is our reading)
  });
  await upsertLockedPledge(tx, {
    cycleId: cycle.id,
    title: "Giao ước thi đua năm 2018",
    theme: THEME,
    bases: BASES,
    signingMeetingId: meetingId,
    lockedAt: vnTime(2018, 3, 20, 17),
    signedOn: SIGNED_ON,
    commitments: COMMITMENTS,
    // Seed 002: "10 đơn vị trong khối đã thống nhất ký kết giao ước thi đua".
    signatures: UNITS.map(([code, , , , signerName, signerTitle]) => ({
      agencyId: idOf(ids, code),
      signerName,
      signerTitle,
      isDemoData: code !== NAMED_SIGNER,
    })),
  });
}
