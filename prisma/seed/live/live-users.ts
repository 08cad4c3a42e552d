// Demo accounts of the live blocs that the live demo adds (docs/demo-accounts.md): Quảng Ngãi
// (verification), the central bloc's live year (conference and vote) and Ninh Bình (nominations).
// Spread into DEMO_USERS (prisma/seed/users.ts), which upserts them like every other account.
// DEMO: every name and title is invented; the blocs of Quảng Ngãi and Ninh Bình are invented too,
// only the fourteen-member central bloc and its four named agencies come from seed 004.
import type { UserSeed } from "../users";

const OFFICER = "Chuyên viên phụ trách thi đua – khen thưởng";

// [agency code suffix, leader's name, leader's title] — the same eight agencies in both provinces.
const QUANG_NGAI_LEADERS: [string, string, string][] = [
  ["BTC", "Phạm Văn Thành", "Trưởng Ban Tổ chức Tỉnh ủy"],
  ["UBKT", "Nguyễn Thị Kim Liên", "Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy"],
  ["BTGDV", "Võ Minh Trí", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"],
  ["BNC", "Đỗ Văn Hải", "Trưởng Ban Nội chính Tỉnh ủy"],
  ["VP", "Lê Thị Thu Hằng", "Chánh Văn phòng Tỉnh ủy"],
  ["DUK", "Trần Quốc Dũng", "Bí thư Đảng ủy các cơ quan Đảng tỉnh"],
  ["BAO", "Huỳnh Thị Ngọc Mai", "Tổng Biên tập Báo và Phát thanh, Truyền hình Quảng Ngãi"],
  ["TCT", "Nguyễn Văn Lâm", "Hiệu trưởng Trường Chính trị tỉnh"],
];
const NINH_BINH_LEADERS: [string, string, string][] = [
  ["BTC", "Đinh Văn Hùng", "Trưởng Ban Tổ chức Tỉnh ủy"],
  ["UBKT", "Phạm Thị Thanh Hương", "Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy"],
  ["BTGDV", "Trương Quang Minh", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"],
  ["BNC", "Vũ Đức Thắng", "Trưởng Ban Nội chính Tỉnh ủy"],
  ["VP", "Nguyễn Thị Lan Anh", "Chánh Văn phòng Tỉnh ủy"],
  ["DUK", "Trần Văn Khải", "Bí thư Đảng ủy các cơ quan Đảng tỉnh"],
  ["BAO", "Lã Thị Hồng Nhung", "Tổng Biên tập Báo và Phát thanh, Truyền hình Ninh Bình"],
  ["TCT", "Bùi Xuân Trường", "Hiệu trưởng Trường Chính trị tỉnh"],
];
// The central agencies' representatives: a generic title, never the head of a real agency.
// [agency code suffix, name, the agency's short name]
const TRUNG_UONG_LEADERS: [string, string, string][] = [
  ["BTC", "Nguyễn Hữu Phước", "Ban Tổ chức Trung ương"],
  ["HVCTQG", "Lê Thị Minh Nguyệt", "Học viện Chính trị quốc gia Hồ Chí Minh"],
  ["DUK", "Trần Đình Khang", "Đảng ủy Khối các cơ quan Trung ương"],
  ["BDV", "Hà Thị Thu Thủy", "Ban Dân vận Trung ương"],
  ["VP", "Phạm Quang Vinh", "Văn phòng Trung ương Đảng"],
  ["BTG", "Đoàn Thị Hải Yến", "Ban Tuyên giáo Trung ương"],
  ["BKT", "Ngô Văn Tuấn", "Ban Kinh tế Trung ương"],
  ["BDN", "Mai Thị Quỳnh Anh", "Ban Đối ngoại Trung ương"],
  ["UBKT", "Lương Văn Quý", "Ủy ban Kiểm tra Trung ương"],
  ["BNC", "Tạ Thị Hồng Vân", "Ban Nội chính Trung ương"],
  ["BAO", "Cao Minh Đức", "Báo Nhân Dân"],
  ["TCCS", "Kiều Thị Phương Loan", "Tạp chí Cộng sản"],
  ["NXB", "Vương Đình Sơn", "Nhà xuất bản Chính trị quốc gia Sự thật"],
  ["HDLL", "Lạc Thị Bích Ngọc", "Hội đồng Lý luận Trung ương"],
];

/** A leader for each agency, and officers as [code suffix, name, the agency's short name]. */
function provinceStaff(
  at: (local: string) => string,
  place: string,
  prefix: string,
  leaders: [string, string, string][],
  officers: [string, string, string][],
): UserSeed[] {
  return [
    ...leaders.map(([suffix, name, title]): UserSeed => {
      const agency = `${prefix}-${suffix}`;
      return { email: at(`lanhdao.${suffix.toLowerCase()}.${place}`), name, title, agency, roles: [{ role: "AGENCY_LEADER", agency }] };
    }),
    ...officers.map(([suffix, name, shortName]): UserSeed => {
      const agency = `${prefix}-${suffix}`;
      return {
        email: at(`canbo.${suffix.toLowerCase()}.${place}`),
        name,
        title: `${OFFICER}, ${shortName}`,
        agency,
        roles: [{ role: "AGENCY_OFFICER", agency }],
      };
    }),
  ];
}

export function liveDemoUsers(at: (local: string) => string): UserSeed[] {
  return [
    // ── Quảng Ngãi (QNG-CQD): Ban Tổ chức Tỉnh ủy heads the live year, Văn phòng is deputy ──
    {
      email: at("thuky.quangngai"),
      name: "Trần Thị Diễm My",
      title: "Chuyên viên Ban Tổ chức Tỉnh ủy, Thư ký Khối thi đua",
      agency: "QNG-BTC",
      roles: [{ role: "SECRETARY", bloc: "QNG-CQD" }],
    },
    {
      email: at("truongkhoi.quangngai"),
      name: "Lê Quang Vinh",
      title: "Phó Trưởng Ban Tổ chức Tỉnh ủy, đại diện Trưởng khối",
      agency: "QNG-BTC",
      roles: [{ role: "CHAIR", bloc: "QNG-CQD" }],
    },
    ...provinceStaff(at, "quangngai", "QNG", QUANG_NGAI_LEADERS, [
      ["BNC", "Phan Thị Bảo Trâm", "Ban Nội chính Tỉnh ủy"],
      ["UBKT", "Nguyễn Đức Thịnh", "Ủy ban Kiểm tra Tỉnh ủy"],
    ]),
    // ── Ninh Bình (NB-CQD): Ban Tuyên giáo và Dân vận heads the live year, UBKT is deputy ──
    {
      email: at("thuky.ninhbinh"),
      name: "Nguyễn Thị Thu Thảo",
      title: "Chuyên viên Ban Tuyên giáo và Dân vận Tỉnh ủy, Thư ký Khối thi đua",
      agency: "NB-BTGDV",
      roles: [{ role: "SECRETARY", bloc: "NB-CQD" }],
    },
    {
      email: at("truongkhoi.ninhbinh"),
      name: "Hoàng Văn Quyết",
      title: "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy, đại diện Trưởng khối",
      agency: "NB-BTGDV",
      roles: [{ role: "CHAIR", bloc: "NB-CQD" }],
    },
    ...provinceStaff(at, "ninhbinh", "NB", NINH_BINH_LEADERS, [
      ["BTC", "Đặng Thị Mỹ Hạnh", "Ban Tổ chức Tỉnh ủy"],
      ["VP", "Lưu Quang Huy", "Văn phòng Tỉnh ủy"],
    ]),
    // ── Central bloc (TW-CQD), live year: Ban Tổ chức TW heads it (as thuky.trunguong's entry says) ──
    {
      email: at("truongkhoi.trunguong"),
      name: "Nguyễn Thanh Bình",
      title: "Vụ trưởng, Ban Tổ chức Trung ương, đại diện Khối trưởng",
      agency: "TW-BTC",
      roles: [{ role: "CHAIR", bloc: "TW-CQD" }],
    },
    ...TRUNG_UONG_LEADERS.map(([suffix, name, agencyName]): UserSeed => {
      const agency = `TW-${suffix}`;
      return {
        email: at(`lanhdao.${suffix.toLowerCase()}.trunguong`),
        name,
        title: `Đại diện lãnh đạo ${agencyName}`,
        agency,
        roles: [{ role: "AGENCY_LEADER", agency }],
      };
    }),
    {
      email: at("canbo.btc.trunguong"),
      name: "Đỗ Thị Hoài Thu",
      title: `${OFFICER}, Ban Tổ chức Trung ương`,
      agency: "TW-BTC",
      roles: [{ role: "AGENCY_OFFICER", agency: "TW-BTC" }],
    },
  ];
}
