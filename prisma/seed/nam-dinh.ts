// Khối Thi đua các cơ quan Đảng thuộc Tỉnh ủy Nam Định — seed 003
// (003_5cd43ccc33e17e9a.txt, 06/01/2023): the bloc's 2022 results and its
// 2023 theme. The article lists all 10 members; it names no head or deputy,
// so no officer terms are seeded.
import { upsertCycle } from "./cycle";
import { defaultPhases } from "./phases";
import { idOf, setMemberships, upsertAgencies, upsertBloc, upsertProvince, type AgencySeed, type Tx } from "./util";

export const NAM_DINH_BLOC = "ND-CQD";

// Seed 003: "gồm 10 cơ quan, đơn vị: …", in the article's order.
export const NAM_DINH_AGENCIES: AgencySeed[] = [
  { code: "ND-BTC", name: "Ban Tổ chức Tỉnh ủy Nam Định", shortName: "Ban Tổ chức Tỉnh ủy", type: "BAN_DANG" },
  { code: "ND-UBKT", name: "Ủy ban Kiểm tra Tỉnh ủy Nam Định", shortName: "Ủy ban Kiểm tra Tỉnh ủy", type: "UY_BAN_KIEM_TRA" },
  { code: "ND-BTG", name: "Ban Tuyên giáo Tỉnh ủy Nam Định", shortName: "Ban Tuyên giáo Tỉnh ủy", type: "BAN_DANG" },
  { code: "ND-BDV", name: "Ban Dân vận Tỉnh ủy Nam Định", shortName: "Ban Dân vận Tỉnh ủy", type: "BAN_DANG" },
  { code: "ND-BNC", name: "Ban Nội chính Tỉnh ủy Nam Định", shortName: "Ban Nội chính Tỉnh ủy", type: "BAN_DANG" },
  { code: "ND-VP", name: "Văn phòng Tỉnh ủy Nam Định", shortName: "Văn phòng Tỉnh ủy", type: "VAN_PHONG" },
  {
    code: "ND-DUK",
    name: "Đảng ủy Khối các Cơ quan và Doanh nghiệp tỉnh Nam Định",
    shortName: "Đảng ủy Khối các Cơ quan và Doanh nghiệp tỉnh",
    type: "DANG_UY_KHOI",
  },
  { code: "ND-BAO", name: "Báo Nam Định", shortName: "Báo Nam Định", type: "BAO" },
  { code: "ND-TCT", name: "Trường Chính trị Trường Chinh tỉnh Nam Định", shortName: "Trường Chính trị Trường Chinh", type: "TRUONG_CHINH_TRI" },
  {
    code: "ND-BVSK",
    name: "Ban Bảo vệ chăm sóc sức khỏe cán bộ tỉnh Nam Định",
    shortName: "Ban Bảo vệ chăm sóc sức khỏe cán bộ tỉnh",
    type: "KHAC",
  },
];

export async function seedNamDinh(tx: Tx): Promise<void> {
  const provinceId = await upsertProvince(tx, { code: "ND", name: "Nam Định" });
  const ids = await upsertAgencies(tx, provinceId, NAM_DINH_AGENCIES);
  const blocId = await upsertBloc(tx, {
    code: NAM_DINH_BLOC,
    name: "Khối Thi đua các cơ quan Đảng thuộc Tỉnh ủy Nam Định",
    level: "PROVINCE",
    provinceId,
    organiser: "Hội đồng Thi đua – Khen thưởng tỉnh Nam Định",
  });
  // The article (January 2023) gives one list; it is used for both years.
  const members = NAM_DINH_AGENCIES.map((a) => idOf(ids, a.code));
  await setMemberships(tx, blocId, 2022, members);
  await setMemberships(tx, blocId, 2023, members);

  await upsertCycle(tx, {
    blocId,
    year: 2022,
    catalogue: "province",
    // Seed 003: the instruments the bloc says it carried out in 2022.
    legalBases: [
      "Nghị quyết Trung ương 4 (khóa XII) về tăng cường xây dựng, chỉnh đốn Đảng",
      "Kết luận số 21-KL/TW của Ban Chấp hành Trung ương Đảng (khóa XIII)",
      "Kết luận số 01-KL/TW của Bộ Chính trị về tiếp tục thực hiện Chỉ thị số 05-CT/TW",
      "Chỉ thị số 26/CT-TTg của Thủ tướng Chính phủ",
      "Chỉ thị số 11/CT-UBND của Chủ tịch UBND tỉnh",
      "Kế hoạch số 103/KH-UBND của UBND tỉnh",
    ],
    // Seed 003 names these campaigns (Ban Dân vận; Kế hoạch 103/KH-UBND).
    movements: ["Dân vận khéo", "Cán bộ, công chức, viên chức tỉnh Nam Định thi đua thực hiện văn hóa công sở, giai đoạn 2019-2025"],
    phases: defaultPhases(2022),
  });
  await upsertCycle(tx, {
    blocId,
    year: 2023,
    catalogue: "province",
    // Seed 003, verbatim: the 2023 emulation theme.
    theme:
      "Đoàn kết, sáng tạo, kỷ cương, đổi mới, phát huy sức mạnh tổng hợp của cả hệ thống chính trị, thi đua phát triển kinh tế nhanh và bền vững, xây dựng tỉnh Nam Định giàu đẹp, văn minh",
    phases: defaultPhases(2023),
  });
}
