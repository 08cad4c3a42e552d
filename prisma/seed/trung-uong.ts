// Khối thi đua các cơ quan Đảng Trung ương — seed 004 (004_c026aeb24cd93d3d.txt):
// on 4/3/2020 in Hà Nội the 14 units reviewed 2019, proposed the Government's
// flag for three agencies, and the Khối trưởng gave its own Bằng khen to 13
// collectives and 35 individuals (an agency awarding within its own authority).
import { formId, upsertCollectiveNomination, upsertCycle, upsertMeeting } from "./cycle";
import { phasesFor } from "./phases";
import { upsertDecision } from "./pledge";
import { d, idOf, setMemberships, upsertAgencies, upsertBloc, type AgencySeed, type Tx } from "./util";

export const TRUNG_UONG_BLOC = "TW-CQD";

// Named in seed 004: Ban Tổ chức TW, Học viện CTQG HCM, Đảng ủy Khối các cơ
// quan TW, Ban Dân vận TW. The article says "14 đơn vị"; the other 10 are DEMO.
export const TRUNG_UONG_AGENCIES: AgencySeed[] = [
  { code: "TW-BTC", name: "Ban Tổ chức Trung ương", shortName: "Ban Tổ chức TW", type: "BAN_DANG" },
  { code: "TW-HVCTQG", name: "Học viện Chính trị quốc gia Hồ Chí Minh", shortName: "Học viện CTQG Hồ Chí Minh", type: "HOC_VIEN" },
  { code: "TW-DUK", name: "Đảng ủy Khối các cơ quan Trung ương", shortName: "Đảng ủy Khối các cơ quan TW", type: "DANG_UY_KHOI" },
  { code: "TW-BDV", name: "Ban Dân vận Trung ương", shortName: "Ban Dân vận TW", type: "BAN_DANG" },
  // DEMO: the ten units the article does not name.
  { code: "TW-VP", name: "Văn phòng Trung ương Đảng", shortName: "Văn phòng TW Đảng", type: "VAN_PHONG", isDemoData: true },
  { code: "TW-BTG", name: "Ban Tuyên giáo Trung ương", shortName: "Ban Tuyên giáo TW", type: "BAN_DANG", isDemoData: true },
  { code: "TW-BKT", name: "Ban Kinh tế Trung ương", shortName: "Ban Kinh tế TW", type: "BAN_DANG", isDemoData: true },
  { code: "TW-BDN", name: "Ban Đối ngoại Trung ương", shortName: "Ban Đối ngoại TW", type: "BAN_DANG", isDemoData: true },
  { code: "TW-UBKT", name: "Ủy ban Kiểm tra Trung ương", shortName: "Ủy ban Kiểm tra TW", type: "UY_BAN_KIEM_TRA", isDemoData: true },
  { code: "TW-BNC", name: "Ban Nội chính Trung ương", shortName: "Ban Nội chính TW", type: "BAN_DANG", isDemoData: true },
  { code: "TW-BAO", name: "Báo Nhân Dân", shortName: "Báo Nhân Dân", type: "BAO", isDemoData: true },
  { code: "TW-TCCS", name: "Tạp chí Cộng sản", shortName: "Tạp chí Cộng sản", type: "BAO", isDemoData: true },
  {
    code: "TW-NXB",
    name: "Nhà xuất bản Chính trị quốc gia Sự thật",
    shortName: "NXB Chính trị quốc gia Sự thật",
    type: "DON_VI_SU_NGHIEP",
    isDemoData: true,
  },
  { code: "TW-HDLL", name: "Hội đồng Lý luận Trung ương", shortName: "Hội đồng Lý luận TW", type: "KHAC", isDemoData: true },
];

// Seed 004 cites these as the core of the bloc's emulation work (for 2020;
// both were in force in 2019 too).
const BASES = [
  "Chỉ thị số 34-CT/TW ngày 7-4-2014 của Bộ Chính trị về tiếp tục đổi mới công tác thi đua, khen thưởng",
  "Chỉ thị số 22-CT/TW ngày 23-1-2018 của Ban Bí thư Trung ương Đảng về đẩy mạnh các phong trào thi đua yêu nước",
];
const HO_CHI_MINH = "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh";
const CONFERENCE_DAY = d(2020, 3, 4); // seed 004: "Sáng 4-3" (article dated 05/03/2020)

export async function seedTrungUong(tx: Tx): Promise<void> {
  const ids = await upsertAgencies(tx, null, TRUNG_UONG_AGENCIES);
  const blocId = await upsertBloc(tx, {
    code: TRUNG_UONG_BLOC,
    name: "Khối thi đua các cơ quan Đảng Trung ương",
    level: "CENTRAL",
    provinceId: null,
    organiser: "Hội đồng Thi đua – Khen thưởng Trung ương",
  });
  const members = TRUNG_UONG_AGENCIES.map((a) => idOf(ids, a.code));
  await setMemberships(tx, blocId, 2019, members);
  await setMemberships(tx, blocId, 2020, members);

  // ── 2019, reviewed on 04/03/2020 ──
  const c2019 = await upsertCycle(tx, {
    blocId,
    year: 2019,
    catalogue: "central",
    // Seed 004: "Với tinh thần …" — the spirit the bloc worked under.
    theme: "Đoàn kết, sáng tạo, thi đua xây dựng bảo vệ Tổ quốc, thực hiện thắng lợi Nghị quyết Đại hội XII của Đảng",
    legalBases: BASES,
    // Seed 004: the bloc-wide contest of 2019 and the Hồ Chí Minh movement.
    movements: [HO_CHI_MINH, "Cán bộ, công chức, viên chức các cơ quan Đảng Trung ương thi đua thực hiện văn hóa công sở"],
    // The conference (and its proposals) fell on 04/03/2020.
    phases: phasesFor(2019, {
      CONFERENCE: { opensOn: d(2020, 2, 17), closesOn: CONFERENCE_DAY },
      NOMINATION: { opensOn: CONFERENCE_DAY, closesOn: d(2020, 3, 31) },
    }),
  });
  await upsertMeeting(tx, {
    cycleId: c2019.id,
    kind: "YEAR_END_CONFERENCE",
    heldOn: CONFERENCE_DAY,
    place: "Hà Nội",
    chairName: "Nguyễn Quang Dũng", // DEMO: the article does not name who chaired
    agenda: [
      "Tổng kết công tác thi đua, khen thưởng năm 2019",
      "Triển khai nhiệm vụ năm 2020",
      "Đề nghị tặng Cờ thi đua của Chính phủ",
      "Trao Bằng khen của Khối trưởng",
    ],
    notes:
      "Dự hội nghị có các đồng chí Ủy viên Trung ương Đảng: Sơn Minh Thắng, Bí thư Đảng ủy Khối các cơ quan Trung ương; Điểu K’ré, Phó Trưởng ban Thường trực Ban Dân vận Trung ương cùng đại diện lãnh đạo 14 đơn vị trong Khối thi đua.",
    attendances: members.map((agencyId) => ({
      agencyId,
      representativeName: agencyId === idOf(ids, "TW-DUK") ? "Sơn Minh Thắng" : agencyId === idOf(ids, "TW-BDV") ? "Điểu K’ré" : null,
    })),
    isDemoData: true, // the chair is invented
  });
  // Seed 004: "nhất trí đề nghị tặng Cờ thi đua của Chính phủ cho 3 cơ quan".
  for (const [i, code] of ["TW-BTC", "TW-HVCTQG", "TW-DUK"].entries()) {
    await upsertCollectiveNomination(tx, {
      cycleId: c2019.id,
      awardFormId: formId(c2019, "CO_CP"),
      agencyId: idOf(ids, code),
      priority: i + 1,
      statusReason: "Hội nghị tổng kết ngày 04/03/2020 nhất trí đề nghị",
    });
  }
  // Seed 004: the Khối trưởng gave Bằng khen to 13 collectives and 35
  // individuals but names only one collective; the other 47 are deliberately
  // not invented. DEMO: decision number, signer, and that the Khối trưởng was
  // Ban Tổ chức Trung ương.
  await upsertDecision(tx, {
    cycleId: c2019.id,
    number: "68-QĐ/KTĐCQĐTW",
    issuedOn: CONFERENCE_DAY,
    signer: "Phạm Minh Tuấn",
    authorityKind: "BLOC_HEAD_AGENCY",
    authorityName: "Ban Tổ chức Trung ương (Khối trưởng)",
    items: [
      {
        agencyId: idOf(ids, "TW-BTC"),
        collectiveName: "Đoàn Thanh niên cơ quan Ban Tổ chức Trung ương",
        awardFormId: formId(c2019, "BK_KHOI_TRUONG"),
        outcome: "APPROVED",
      },
    ],
    isDemoData: true, // number, signer and issuing agency are invented
  });

  // ── 2020 ──
  await upsertCycle(tx, {
    blocId,
    year: 2020,
    catalogue: "central",
    legalBases: BASES,
    // Seed 004: "Hưởng ứng … 3 phong trào thi đua" in 2020.
    movements: [
      HO_CHI_MINH,
      "Cả nước chung sức xây dựng nông thôn mới",
      "Cả nước chung tay vì người nghèo - Không để ai bị bỏ lại phía sau",
      "Doanh nghiệp Việt Nam hội nhập và phát triển",
    ],
    phases: phasesFor(2020),
  });
}
