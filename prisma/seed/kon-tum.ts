// Khối thi đua các cơ quan Đảng tỉnh Kon Tum — seed 001 (001_7b059c9971bd247e.txt):
// on 06/02/2024, at Trường Chính trị tỉnh, the 9 member agencies reviewed
// 2023, proposed awards, elected the 2024 head and deputy and signed the 2024
// pledge. The 2024 pledge itself is not seeded (see kon-tum-pledge-2024.ts).
import { phasesFor } from "./phases";
import { formId, upsertCollectiveNomination, upsertCycle, upsertMeeting } from "./cycle";
import { d, idOf, setMemberships, upsertAgencies, upsertBloc, upsertOfficerTerm, upsertProvince, type AgencySeed, type Tx } from "./util";

export const KON_TUM_BLOC = "KT-CQD";

// Named in seed 001: Trường Chính trị tỉnh, Ban Tổ chức, Ban Nội chính, Văn
// phòng Tỉnh ủy, Ban Tuyên giáo. The article says "9 cơ quan thành viên" but
// names only five. DEMO: UBKT, Ban Dân vận, Báo Kon Tum, Đảng ủy Khối.
export const KON_TUM_AGENCIES: AgencySeed[] = [
  { code: "KT-BTC", name: "Ban Tổ chức Tỉnh ủy Kon Tum", shortName: "Ban Tổ chức Tỉnh ủy", type: "BAN_DANG" },
  { code: "KT-UBKT", name: "Ủy ban Kiểm tra Tỉnh ủy Kon Tum", shortName: "Ủy ban Kiểm tra Tỉnh ủy", type: "UY_BAN_KIEM_TRA", isDemoData: true }, // DEMO
  { code: "KT-BTG", name: "Ban Tuyên giáo Tỉnh ủy Kon Tum", shortName: "Ban Tuyên giáo Tỉnh ủy", type: "BAN_DANG" },
  { code: "KT-BDV", name: "Ban Dân vận Tỉnh ủy Kon Tum", shortName: "Ban Dân vận Tỉnh ủy", type: "BAN_DANG", isDemoData: true }, // DEMO
  { code: "KT-BNC", name: "Ban Nội chính Tỉnh ủy Kon Tum", shortName: "Ban Nội chính Tỉnh ủy", type: "BAN_DANG" },
  { code: "KT-VP", name: "Văn phòng Tỉnh ủy Kon Tum", shortName: "Văn phòng Tỉnh ủy", type: "VAN_PHONG" },
  {
    code: "KT-DUK",
    name: "Đảng ủy Khối các cơ quan tỉnh Kon Tum",
    shortName: "Đảng ủy Khối các cơ quan tỉnh",
    type: "DANG_UY_KHOI",
    isDemoData: true, // DEMO
  },
  { code: "KT-BAO", name: "Báo Kon Tum", shortName: "Báo Kon Tum", type: "BAO", isDemoData: true }, // DEMO
  { code: "KT-TCT", name: "Trường Chính trị tỉnh Kon Tum", shortName: "Trường Chính trị tỉnh", type: "TRUONG_CHINH_TRI" },
];

const PLACE = "Trường Chính trị tỉnh Kon Tum"; // seed 001: "tại Trường Chính trị tỉnh"
const CONFERENCE_DAY = d(2024, 2, 6); // seed 001: "Sáng 06-02" (the article is about 2023/2024)

/**
 * Where the bloc is written: the seed's own codes, or a copy under another code prefix and
 * province (the end-to-end tests build one per spec, so that a spec changing it disturbs no other;
 * tests/e2e/worlds.ts). A copy's agencies keep their names; their codes become `<prefix>-BTC` etc.
 */
export interface KonTumPlacement {
  prefix: string;
  province: { code: string; name: string };
}
export const KON_TUM_SEEDED: KonTumPlacement = { prefix: "KT", province: { code: "KT", name: "Kon Tum" } };

/** The code of the agency `code` (a seeded KT-… code) under `at`. */
export function konTumCode(at: KonTumPlacement, code: string): string {
  return code.replace(/^KT-/, `${at.prefix}-`);
}

export async function seedKonTum(tx: Tx, at: KonTumPlacement = KON_TUM_SEEDED): Promise<void> {
  const provinceId = await upsertProvince(tx, at.province);
  const agencies = KON_TUM_AGENCIES.map((a) => ({ ...a, code: konTumCode(at, a.code) }));
  const ids = await upsertAgencies(tx, provinceId, agencies);
  const codeOf = (seeded: string) => konTumCode(at, seeded);
  const blocId = await upsertBloc(tx, {
    code: konTumCode(at, KON_TUM_BLOC),
    name: "Khối thi đua các cơ quan Đảng tỉnh Kon Tum",
    level: "PROVINCE",
    provinceId,
    organiser: "Hội đồng Thi đua – Khen thưởng tỉnh Kon Tum",
  });
  const members = agencies.map((a) => idOf(ids, a.code));
  // Same 9 members in 2023 and 2024: all 9 attended on 06/02/2024.
  await setMemberships(tx, blocId, 2023, members);
  await setMemberships(tx, blocId, 2024, members);
  const allPresent = members.map((agencyId) => ({ agencyId }));

  // ── 2023: reviewed at the conference of 06/02/2024 ──
  const c2023 = await upsertCycle(tx, {
    blocId,
    year: 2023,
    catalogue: "province",
    // DEMO: the articles do not say how Kon Tum reconciled scores; 2023 shows cross-scoring
    // (chấm chéo, docs/domain/score-review.md#cross-scoring) and 2024 verification, so both modes can be tried.
    scoringMode: "CROSS_SCORING",
    // The conference and the proposals happened in February of the next year,
    // so those two phases are moved to contain 06/02/2024.
    phases: phasesFor(2023, {
      CONFERENCE: { opensOn: d(2024, 1, 15), closesOn: d(2024, 2, 6) },
      NOMINATION: { opensOn: d(2024, 2, 6), closesOn: d(2024, 2, 29) },
    }),
  });
  await upsertMeeting(tx, {
    cycleId: c2023.id,
    kind: "YEAR_END_CONFERENCE",
    heldOn: CONFERENCE_DAY,
    place: PLACE,
    chairName: "Nguyễn Văn Thắng", // DEMO: the article does not name who chaired
    secretaryName: "Lê Thị Mai Anh", // DEMO (same person as thuky.kontum)
    agenda: [
      "Tổng kết phong trào thi đua năm 2023",
      "Bình xét, đề nghị khen thưởng năm 2023",
      "Bầu Trưởng khối, Phó khối thi đua năm 2024",
      "Phát động, ký kết giao ước thi đua năm 2024",
    ],
    notes: "Dự hội nghị có đại diện lãnh đạo và cán bộ tham mưu công tác thi đua - khen thưởng của 9 cơ quan thành viên trong Khối.",
    attendances: allPresent,
    isDemoData: true, // chair and secretary are invented
  });
  // Seed 001: "Các thành viên thống nhất bầu chọn đề nghị UBND tỉnh tặng Cờ thi
  // đua năm 2023 đối với Trường Chính trị tỉnh; tặng Bằng khen của UBND tỉnh
  // cho Ban Tổ chức Tỉnh ủy, Ban Nội chính Tỉnh uỷ và Văn phòng Tỉnh ủy".
  const reason = "Hội nghị tổng kết ngày 06/02/2024 thống nhất bầu chọn đề nghị";
  const proposals: [string, string][] = [
    ["CO_TINH", "KT-TCT"],
    ["BK_TINH", "KT-BTC"],
    ["BK_TINH", "KT-BNC"],
    ["BK_TINH", "KT-VP"],
  ];
  for (const [i, [code, agency]] of proposals.entries()) {
    await upsertCollectiveNomination(tx, {
      cycleId: c2023.id,
      awardFormId: formId(c2023, code),
      agencyId: idOf(ids, codeOf(agency)),
      // Priority within each form, in the article's order.
      priority: proposals.slice(0, i + 1).filter(([c]) => c === code).length,
      statusReason: reason,
    });
  }

  // ── 2024: head and deputy elected, pledge signed on 06/02/2024 ──
  const c2024 = await upsertCycle(tx, {
    blocId,
    year: 2024,
    catalogue: "province",
    theme: null, // seed 001 states no theme for 2024
    legalBases: [
      "Luật Thi đua, khen thưởng số 06/2022/QH15",
      "Chỉ thị số 34-CT/TW ngày 07/4/2014 của Bộ Chính trị",
      "Chỉ thị số 19/CT-TTg ngày 16/7/2021 của Thủ tướng Chính phủ",
    ],
    // Seed 001, item 2 of the 2024 pledge names these campaigns.
    movements: [
      "Cả nước chung tay xây dựng nông thôn mới",
      "Cả nước chung tay vì người nghèo - không để ai bị bỏ lại phía sau",
      "Cán bộ, công chức, viên chức thi đua thực hiện văn hóa công sở",
      "Đẩy mạnh phát triển kết cấu hạ tầng đồng bộ, hiện đại, thực hành tiết kiệm, chống lãng phí",
    ],
    // Signing happened on 06/02/2024, so the signing window opens earlier and
    // execution starts once it closes.
    phases: phasesFor(2024, {
      PLEDGE_SIGNING: { opensOn: d(2024, 1, 15), closesOn: d(2024, 2, 29) },
      EXECUTION: { opensOn: d(2024, 3, 1), closesOn: d(2024, 10, 31) },
    }),
  });
  // Seed 001: "thống nhất bầu Ban Nội chính Tỉnh ủy làm Trưởng khối thi đua và
  // Ban Tuyên giáo Tỉnh ủy làm Phó khối thi đua năm 2024".
  const term = {
    startsOn: CONFERENCE_DAY,
    endsOn: d(2024, 12, 31),
    method: "ELECTED" as const,
    decisionRef: "Biên bản Hội nghị tổng kết ngày 06/02/2024",
    handoverOn: CONFERENCE_DAY,
    isDemoData: false, // agencies, method and day all from seed 001
  };
  await upsertOfficerTerm(tx, blocId, { ...term, role: "HEAD", agencyId: idOf(ids, codeOf("KT-BNC")) });
  await upsertOfficerTerm(tx, blocId, { ...term, role: "DEPUTY", agencyId: idOf(ids, codeOf("KT-BTG")) });
  await upsertMeeting(tx, {
    cycleId: c2024.id,
    kind: "PLEDGE_SIGNING",
    heldOn: CONFERENCE_DAY,
    place: PLACE,
    chairName: "Trần Văn Hưng", // DEMO (same person as truongkhoi.kontum)
    secretaryName: "Lê Thị Mai Anh", // DEMO
    agenda: ["Phát động phong trào thi đua năm 2024", "Ký kết giao ước thi đua năm 2024"],
    notes: "Tổ chức cùng Hội nghị tổng kết phong trào thi đua năm 2023.",
    attendances: allPresent,
    isDemoData: true, // chair and secretary are invented
  });
}
