// Demo accounts (docs/demo-accounts.md). Every person here is DEMO: names and
// titles are invented, only the agencies and blocs are real. Emails are fixed
// because tests sign in with them.
import type { Role } from "../../lib/generated/prisma/client";
import { hashPassword, verifyPassword } from "../../lib/auth/password";
import { liveDemoUsers } from "./live/live-users";
import type { Tx } from "./util";

/** The one shared password of every demo account. */
export const DEMO_PASSWORD = "ThiDua@2026";
export const DEMO_EMAIL_DOMAIN = "thiduakhoi.vn";

type RoleSeed =
  | { role: "ADMIN" }
  /** province: a province code, or null for the central level. */
  | { role: "COUNCIL_STAFF"; province: string | null }
  | { role: "SECRETARY" | "CHAIR" | "OBSERVER"; bloc: string }
  | { role: "AGENCY_LEADER" | "AGENCY_OFFICER"; agency: string };

export interface UserSeed {
  email: string;
  name: string;
  title: string;
  agency?: string;
  /**
   * The province (code) whose council staff manage the account; null = the
   * central level. Unset: the agency's province, else the first bloc's.
   */
  province?: string | null;
  roles: RoleSeed[];
}

const at = (local: string) => `${local}@${DEMO_EMAIL_DOMAIN}`;

// Kon Tum: one leader and one emulation officer per member agency.
// [code suffix, leader's name, leader's title, officer's name, agency's short name]
const KON_TUM_STAFF: [string, string, string, string, string][] = [
  ["BTC", "Nguyễn Đức Long", "Trưởng Ban Tổ chức Tỉnh ủy", "Phan Thị Thùy Dung", "Ban Tổ chức Tỉnh ủy"],
  ["UBKT", "Võ Văn Quang", "Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy", "Lê Thị Hồng Nhung", "Ủy ban Kiểm tra Tỉnh ủy"],
  ["BTG", "Đặng Thị Thanh Hà", "Trưởng Ban Tuyên giáo Tỉnh ủy", "Nguyễn Minh Châu", "Ban Tuyên giáo Tỉnh ủy"],
  ["BDV", "Hoàng Thị Bích Hạnh", "Trưởng Ban Dân vận Tỉnh ủy", "Trần Quốc Bảo", "Ban Dân vận Tỉnh ủy"],
  ["BNC", "Hồ Sỹ Thành", "Trưởng Ban Nội chính Tỉnh ủy", "Đỗ Thị Kim Oanh", "Ban Nội chính Tỉnh ủy"],
  ["VP", "Lương Văn Tiến", "Chánh Văn phòng Tỉnh ủy", "Nguyễn Thị Thu Trang", "Văn phòng Tỉnh ủy"],
  ["DUK", "Phạm Văn Sơn", "Bí thư Đảng ủy Khối các cơ quan tỉnh", "Hà Thị Mỹ Linh", "Đảng ủy Khối các cơ quan tỉnh"],
  ["BAO", "Trịnh Ngọc Ánh", "Tổng Biên tập Báo Kon Tum", "A Sang", "Báo Kon Tum"],
  ["TCT", "Lê Văn Khánh", "Hiệu trưởng Trường Chính trị tỉnh", "Bùi Thị Ngọc Yến", "Trường Chính trị tỉnh"],
];

const OFFICER = "Chuyên viên phụ trách thi đua – khen thưởng";

// Cần Thơ 2026 (DEMO names): [code suffix, leader's name, leader's title].
const CAN_THO_LEADERS: [string, string, string][] = [
  ["BTGDV", "Nguyễn Thị Phương Thảo", "Trưởng Ban Tuyên giáo và Dân vận Thành ủy"],
  ["UBKT", "Phan Văn Đức", "Chủ nhiệm Ủy ban Kiểm tra Thành ủy"],
  ["VP", "Trần Thanh Sơn", "Chánh Văn phòng Thành ủy"],
  ["BNC", "Lê Hoàng Minh", "Trưởng Ban Nội chính Thành ủy"],
];
// [code suffix, officer's name, agency's short name].
const CAN_THO_OFFICERS: [string, string, string][] = [
  ["UBKT", "Châu Thị Mỹ Duyên", "Ủy ban Kiểm tra Thành ủy"],
  ["BNC", "Ngô Quốc Thịnh", "Ban Nội chính Thành ủy"],
  ["BTGDV", "Lý Thị Thanh Tuyền", "Ban Tuyên giáo và Dân vận Thành ủy"],
];

export const DEMO_USERS: UserSeed[] = [
  {
    email: at("admin"),
    name: "Nguyễn Thị Thu Hà",
    title: "Quản trị hệ thống, Ban Thi đua – Khen thưởng Trung ương",
    province: null,
    roles: [{ role: "ADMIN" }],
  },
  // ── Council staff (cán bộ Hội đồng Thi đua – Khen thưởng), each of one province or the central level ──
  {
    email: at("hoidong.cantho"),
    name: "Trần Thị Bảo Ngọc",
    title: "Chuyên viên Ban Thi đua – Khen thưởng, Sở Nội vụ thành phố Cần Thơ",
    province: "CT",
    roles: [{ role: "COUNCIL_STAFF", province: "CT" }],
  },
  {
    // Quảng Ngãi absorbed Kon Tum in 2025: its council staff see Kon Tum's history.
    email: at("hoidong.quangngai"),
    name: "Đinh Văn Toàn",
    title: "Chuyên viên Ban Thi đua – Khen thưởng, Sở Nội vụ tỉnh Quảng Ngãi",
    province: "QNG",
    roles: [{ role: "COUNCIL_STAFF", province: "QNG" }],
  },
  {
    // Ninh Bình absorbed Hà Nam and Nam Định in 2025.
    email: at("hoidong.ninhbinh"),
    name: "Phạm Thu Trang",
    title: "Chuyên viên Ban Thi đua – Khen thưởng, Sở Nội vụ tỉnh Ninh Bình",
    province: "NB",
    roles: [{ role: "COUNCIL_STAFF", province: "NB" }],
  },
  {
    email: at("hoidong.trunguong"),
    name: "Vũ Minh Hiếu",
    title: "Chuyên viên Ban Thi đua – Khen thưởng Trung ương",
    province: null,
    roles: [{ role: "COUNCIL_STAFF", province: null }],
  },
  // ── Kon Tum (KT-CQD): Ban Nội chính is the 2024 Khối trưởng (seed 001) ──
  {
    email: at("thuky.kontum"),
    name: "Lê Thị Mai Anh",
    title: "Chuyên viên Ban Nội chính Tỉnh ủy, Thư ký Khối thi đua",
    agency: "KT-BNC",
    roles: [{ role: "SECRETARY", bloc: "KT-CQD" }],
  },
  {
    email: at("truongkhoi.kontum"),
    name: "Trần Văn Hưng",
    title: "Phó Trưởng ban Thường trực Ban Nội chính Tỉnh ủy, đại diện Trưởng khối",
    agency: "KT-BNC",
    roles: [{ role: "CHAIR", bloc: "KT-CQD" }],
  },
  ...KON_TUM_STAFF.flatMap(([suffix, leader, leaderTitle, officer, shortName]): UserSeed[] => {
    const agency = `KT-${suffix}`;
    const slug = suffix.toLowerCase();
    return [
      { email: at(`lanhdao.${slug}.kontum`), name: leader, title: leaderTitle, agency, roles: [{ role: "AGENCY_LEADER", agency }] },
      { email: at(`canbo.${slug}.kontum`), name: officer, title: `${OFFICER}, ${shortName}`, agency, roles: [{ role: "AGENCY_OFFICER", agency }] },
    ];
  }),
  {
    email: at("quansat.kontum"),
    name: "Phạm Quốc Việt",
    title: "Chuyên viên Ban Thi đua – Khen thưởng, Sở Nội vụ tỉnh Kon Tum",
    roles: [{ role: "OBSERVER", bloc: "KT-CQD" }],
  },
  // ── Cần Thơ (CT-CQD): the merged Ban Tuyên giáo và Dân vận heads the 2026 DEMO cycle ──
  {
    email: at("thuky.cantho"),
    name: "Huỳnh Thị Ngọc Hân",
    title: "Chuyên viên Ban Tuyên giáo và Dân vận Thành ủy, Thư ký Khối thi đua",
    agency: "CT-BTGDV",
    roles: [{ role: "SECRETARY", bloc: "CT-CQD" }],
  },
  {
    email: at("truongkhoi.cantho"),
    name: "Lâm Văn Phúc",
    title: "Phó Trưởng Ban Tuyên giáo và Dân vận Thành ủy, đại diện Trưởng khối",
    agency: "CT-BTGDV",
    roles: [{ role: "CHAIR", bloc: "CT-CQD" }],
  },
  {
    email: at("lanhdao.btc.cantho"),
    name: "Trương Minh Khoa",
    title: "Trưởng Ban Tổ chức Thành ủy",
    agency: "CT-BTC",
    roles: [{ role: "AGENCY_LEADER", agency: "CT-BTC" }],
  },
  {
    email: at("canbo.btc.cantho"),
    name: "Võ Thị Kim Ngân",
    title: `${OFFICER}, Ban Tổ chức Thành ủy`,
    agency: "CT-BTC",
    roles: [{ role: "AGENCY_OFFICER", agency: "CT-BTC" }],
  },
  {
    email: at("canbo.vp.cantho"),
    name: "Đặng Hoàng Nam",
    title: `${OFFICER}, Văn phòng Thành ủy`,
    agency: "CT-VP",
    roles: [{ role: "AGENCY_OFFICER", agency: "CT-VP" }],
  },
  // DEMO: more leaders and officers so the 2026 scoring demo can be played by several agencies.
  ...CAN_THO_LEADERS.map(([suffix, name, title]): UserSeed => {
    const agency = `CT-${suffix}`;
    return { email: at(`lanhdao.${suffix.toLowerCase()}.cantho`), name, title, agency, roles: [{ role: "AGENCY_LEADER", agency }] };
  }),
  ...CAN_THO_OFFICERS.map(([suffix, name, shortName]): UserSeed => {
    const agency = `CT-${suffix}`;
    return { email: at(`canbo.${suffix.toLowerCase()}.cantho`), name, title: `${OFFICER}, ${shortName}`, agency, roles: [{ role: "AGENCY_OFFICER", agency }] };
  }),
  // ── Several blocs: exercises the bloc switcher ──
  {
    email: at("quansat.nhieukhoi"),
    name: "Bùi Thanh Tùng",
    title: "Chuyên viên theo dõi cụm, khối thi đua",
    roles: [
      { role: "OBSERVER", bloc: "KT-CQD" },
      { role: "OBSERVER", bloc: "CT-CQD" },
    ],
  },
  // ── Central bloc (TW-CQD). DEMO: Ban Tổ chức TW as Khối trưởng ──
  {
    email: at("thuky.trunguong"),
    name: "Hoàng Thị Lan Phương",
    title: "Chuyên viên Ban Tổ chức Trung ương, Thư ký Khối thi đua",
    agency: "TW-BTC",
    roles: [{ role: "SECRETARY", bloc: "TW-CQD" }],
  },
  // ── The live demo's blocs (docs/decisions/0005): Quảng Ngãi, Ninh Bình and the central bloc's live year ──
  ...liveDemoUsers(at),
];

type Scope = { role: Role; blocId: string | null; agencyId: string | null; provinceId: string | null };
const keyOf = (s: Scope) => `${s.role}|${s.blocId ?? ""}|${s.agencyId ?? ""}|${s.provinceId ?? ""}`;

/**
 * Upserts every demo user by email and makes each one's role assignments
 * exactly the listed ones; demo users no longer listed lose all their roles.
 * The password is hashed at most once; a stored hash that already matches the
 * demo password is kept, so a second run leaves the rows untouched.
 */
export async function seedUsers(tx: Tx): Promise<void> {
  const blocs = new Map((await tx.bloc.findMany({ select: { id: true, code: true } })).map((b) => [b.code, b.id]));
  const agencies = new Map((await tx.agency.findMany({ select: { id: true, code: true } })).map((a) => [a.code, a.id]));
  const provinces = new Map((await tx.province.findMany({ select: { id: true, code: true } })).map((p) => [p.code, p.id]));
  const agencyProvince = new Map((await tx.agency.findMany({ select: { code: true, provinceId: true } })).map((a) => [a.code, a.provinceId]));
  const blocProvince = new Map((await tx.bloc.findMany({ select: { code: true, provinceId: true } })).map((b) => [b.code, b.provinceId]));
  const managingProvince = (u: UserSeed): string | null => {
    if (u.province !== undefined) return u.province === null ? null : need(provinces, u.province);
    if (u.agency) return agencyProvince.get(u.agency) ?? null;
    const bloc = u.roles.find((r): r is Extract<RoleSeed, { bloc: string }> => "bloc" in r);
    return bloc ? (blocProvince.get(bloc.bloc) ?? null) : null;
  };
  const need = (m: Map<string, string>, code: string) => {
    const id = m.get(code);
    if (!id) throw new Error(`seed: không tìm thấy mã ${code}`);
    return id;
  };
  let fresh: string | undefined;
  const matches = new Map<string, boolean>();
  const hashFor = async (stored: string | undefined) => {
    if (stored !== undefined) {
      if (!matches.has(stored)) matches.set(stored, await verifyPassword(stored, DEMO_PASSWORD));
      if (matches.get(stored)) return stored;
    }
    fresh ??= await hashPassword(DEMO_PASSWORD);
    return fresh;
  };

  for (const u of DEMO_USERS) {
    const existing = await tx.user.findUnique({ where: { email: u.email }, select: { passwordHash: true } });
    const data = {
      name: u.name,
      title: u.title,
      agencyId: u.agency ? need(agencies, u.agency) : null,
      provinceId: managingProvince(u),
      passwordHash: await hashFor(existing?.passwordHash),
      isActive: true,
      mustChangePassword: false,
      isDemoData: true,
    };
    const user = await tx.user.upsert({ where: { email: u.email }, create: { email: u.email, ...data }, update: data });

    // Role dates are the app's: the seed compares scopes only and leaves dates alone.
    const none = { blocId: null, agencyId: null, provinceId: null };
    const wanted: Scope[] = u.roles.map((r) =>
      r.role === "ADMIN"
        ? { role: r.role, ...none }
        : r.role === "COUNCIL_STAFF"
          ? { role: r.role, ...none, provinceId: r.province === null ? null : need(provinces, r.province) }
          : "bloc" in r
            ? { role: r.role, ...none, blocId: need(blocs, r.bloc) }
            : { role: r.role, ...none, agencyId: need(agencies, r.agency) },
    );
    const have = await tx.roleAssignment.findMany({ where: { userId: user.id } });
    const wantedKeys = new Set(wanted.map(keyOf));
    const seen = new Set<string>();
    const stale = have.filter((r) => {
      const k = keyOf(r);
      const keep = wantedKeys.has(k) && !seen.has(k); // drop duplicates too
      seen.add(k);
      return !keep;
    });
    if (stale.length) await tx.roleAssignment.deleteMany({ where: { id: { in: stale.map((r) => r.id) } } });
    const missing = wanted.filter((w) => !seen.has(keyOf(w)));
    if (missing.length) await tx.roleAssignment.createMany({ data: missing.map((w) => ({ userId: user.id, ...w })) });
  }

  await tx.roleAssignment.deleteMany({
    where: { user: { isDemoData: true, email: { notIn: DEMO_USERS.map((u) => u.email) } } },
  });
}
