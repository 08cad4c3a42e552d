// Khối thi đua các cơ quan của Đảng thành phố Cần Thơ.
// 2021 is real (seed 000, 000_172ccc05e94e59bd.txt: signing conference of
// 14/4/2021). The 2025 merger of Ban Tuyên giáo and Ban Dân vận (docs/decisions/0005) is
// recorded here; the DEMO cycle of the current year, after it, is seeded with
// open phases by prisma/seed/live (self-scoring under way).
import { CAN_THO_2021_COMMITMENTS } from "./can-tho-pledge-2021";
import { upsertCycle, upsertMeeting } from "./cycle";
import { defaultPhases } from "./phases";
import { upsertLockedPledge } from "./pledge";
import { d, idOf, setMemberships, upsertAgencies, upsertBloc, upsertOfficerTerm, upsertProvince, vnTime, yearTerm, type AgencySeed, type Tx } from "./util";

export const CAN_THO_BLOC = "CT-CQD";

const MERGED_ON = d(2025, 3, 1); // DEMO: the day Cần Thơ's merger took effect (Bắc Giang's was 01/03/2025, docs/decisions/0005)

// Seed 000 names all six 2021 members.
export const CAN_THO_AGENCIES: AgencySeed[] = [
  { code: "CT-BTG", name: "Ban Tuyên giáo Thành ủy Cần Thơ", shortName: "Ban Tuyên giáo Thành ủy", type: "BAN_DANG", dissolvedOn: MERGED_ON },
  { code: "CT-BNC", name: "Ban Nội chính Thành ủy Cần Thơ", shortName: "Ban Nội chính Thành ủy", type: "BAN_DANG" },
  { code: "CT-BTC", name: "Ban Tổ chức Thành ủy Cần Thơ", shortName: "Ban Tổ chức Thành ủy", type: "BAN_DANG" },
  { code: "CT-UBKT", name: "Ủy ban Kiểm tra Thành ủy Cần Thơ", shortName: "Ủy ban Kiểm tra Thành ủy", type: "UY_BAN_KIEM_TRA" },
  { code: "CT-BDV", name: "Ban Dân vận Thành ủy Cần Thơ", shortName: "Ban Dân vận Thành ủy", type: "BAN_DANG", dissolvedOn: MERGED_ON },
  { code: "CT-VP", name: "Văn phòng Thành ủy Cần Thơ", shortName: "Văn phòng Thành ủy", type: "VAN_PHONG" },
  // The merged agency (the 2025 reorganisation, docs/decisions/0005). DEMO: created for the
  // 2026 demo year, with an invented founding day.
  {
    code: "CT-BTGDV",
    name: "Ban Tuyên giáo và Dân vận Thành ủy Cần Thơ",
    shortName: "Ban Tuyên giáo và Dân vận Thành ủy",
    type: "BAN_DANG",
    establishedOn: MERGED_ON,
    isDemoData: true,
  },
];

const SIGNED_ON = d(2021, 4, 14); // seed 000: "Chiều 14/4/2021"

// Signers of the 2021 pledge. The two named people are from seed 000; the
// others are DEMO ("đại diện lãnh đạo các ban xây dựng Đảng" attended).
const SIGNERS_2021: [string, string, string][] = [
  ["CT-BTG", "Nguyễn Ngọc Tâm", "Ủy viên Ban Thường vụ, Trưởng Ban Tuyên giáo Thành ủy"],
  ["CT-BNC", "Đinh Công Út", "Phó Trưởng ban Thường trực Ban Nội chính Thành ủy"],
  ["CT-BTC", "Lê Hoàng Minh", "Phó Trưởng Ban Tổ chức Thành ủy"], // DEMO
  ["CT-UBKT", "Trần Thị Bích Liên", "Phó Chủ nhiệm Ủy ban Kiểm tra Thành ủy"], // DEMO
  ["CT-BDV", "Phan Văn Lộc", "Phó Trưởng Ban Dân vận Thành ủy"], // DEMO
  ["CT-VP", "Nguyễn Thị Thanh Thảo", "Phó Chánh Văn phòng Thành ủy"], // DEMO
];
const NAMED_SIGNERS_2021 = ["CT-BTG", "CT-BNC"]; // the two seed 000 names

const THEME_2021 =
  "Tăng cường xây dựng hệ thống chính trị trong sạch, vững mạnh; đẩy mạnh huy động nguồn lực đầu tư xây dựng kết cấu hạ tầng kinh tế - xã hội đồng bộ";

export async function seedCanTho(tx: Tx): Promise<void> {
  const provinceId = await upsertProvince(tx, { code: "CT", name: "Cần Thơ" });
  const ids = await upsertAgencies(tx, provinceId, CAN_THO_AGENCIES);
  const blocId = await upsertBloc(tx, {
    code: CAN_THO_BLOC,
    name: "Khối thi đua các cơ quan của Đảng thành phố Cần Thơ",
    level: "PROVINCE", // a centrally-run city is province-level
    provinceId,
    organiser: "Hội đồng Thi đua – Khen thưởng thành phố Cần Thơ",
  });

  // ── 2021 (seed 000) ──
  await setMemberships(
    tx,
    blocId,
    2021,
    ["CT-BTG", "CT-BNC", "CT-BTC", "CT-UBKT", "CT-BDV", "CT-VP"].map((c) => idOf(ids, c)),
  );
  const c2021 = await upsertCycle(tx, {
    blocId,
    year: 2021,
    catalogue: "city",
    // The Thành ủy's theme for 2021, which commitment (4) refers to.
    theme: THEME_2021,
    legalBases: [
      "Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị",
      "Nghị quyết Trung ương 4 (khóa XII)",
      "Nghị quyết số 01-NQ/TU ngày 30/11/2020 của Thành ủy",
    ],
    phases: defaultPhases(2021), // signing window 01/03–15/04 already contains 14/04
  });
  // Seed 000 names the head and deputy but not how they were chosen.
  // DEMO: method ELECTED and whole-year terms.
  const t2021 = { ...yearTerm(2021), method: "ELECTED" as const, isDemoData: true };
  await upsertOfficerTerm(tx, blocId, { ...t2021, role: "HEAD", agencyId: idOf(ids, "CT-BTG"), personName: "Nguyễn Ngọc Tâm" });
  await upsertOfficerTerm(tx, blocId, { ...t2021, role: "DEPUTY", agencyId: idOf(ids, "CT-BNC"), personName: "Đinh Công Út" });
  const meetingId = await upsertMeeting(tx, {
    cycleId: c2021.id,
    kind: "PLEDGE_SIGNING",
    heldOn: SIGNED_ON,
    place: "Hội trường Thành ủy Cần Thơ", // DEMO: the article gives no place
    chairName: "Nguyễn Ngọc Tâm",
    agenda: ["Trình bày Kế hoạch thực hiện công tác thi đua, khen thưởng năm 2021", "Ký kết giao ước thi đua năm 2021", "Phát biểu kết luận Hội nghị"],
    notes:
      "Cùng tham dự có đại diện lãnh đạo các ban xây dựng Đảng của Thành ủy Cần Thơ và lãnh đạo Ban Thi đua - Khen thưởng thành phố. Đồng chí Đinh Công Út, Khối phó, trình bày Kế hoạch.",
    attendances: SIGNERS_2021.map(([code, name]) => ({
      agencyId: idOf(ids, code),
      representativeName: NAMED_SIGNERS_2021.includes(code) ? name : null,
    })),
    isDemoData: true, // the place is invented
  });
  await upsertLockedPledge(tx, {
    cycleId: c2021.id,
    title: "Giao ước thi đua năm 2021",
    theme: THEME_2021,
    bases: ["Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị", "Nghị quyết số 01-NQ/TU ngày 30/11/2020 của Thành ủy"],
    signingMeetingId: meetingId,
    lockedAt: vnTime(2021, 4, 14, 17),
    signedOn: SIGNED_ON,
    commitments: CAN_THO_2021_COMMITMENTS.map((text, i) =>
      // (5): "phấn đấu 90% trở lên cán bộ, công chức … đạt danh hiệu lao động tiên tiến"
      i === 4
        ? {
            text,
            targetKind: "PERCENT" as const,
            targetValue: 90,
            targetComparator: "AT_LEAST" as const,
            targetUnit: "% cán bộ, công chức đạt Lao động tiên tiến",
          }
        : { text },
    ),
    signatures: SIGNERS_2021.map(([code, signerName, signerTitle]) => ({
      agencyId: idOf(ids, code),
      signerName,
      signerTitle,
      isDemoData: !NAMED_SIGNERS_2021.includes(code),
    })),
  });

  // ── 2025 merger: Ban Tuyên giáo + Ban Dân vận → Ban Tuyên giáo và Dân vận ──
  for (const predecessor of ["CT-BTG", "CT-BDV"]) {
    const key = { predecessorId: idOf(ids, predecessor), successorId: idOf(ids, "CT-BTGDV"), kind: "MERGER" as const };
    const data = {
      effectiveOn: MERGED_ON,
      decisionRef: "Quyết định số 125-QĐ/TU ngày 20/02/2025 của Ban Thường vụ Thành ủy", // DEMO
      note: "Hợp nhất theo chủ trương sắp xếp tổ chức bộ máy năm 2025 (ngày hiệu lực và số quyết định là dữ liệu minh họa).",
      isDemoData: true, // effective day and decision number are invented
    };
    await tx.agencyLineage.upsert({
      where: { predecessorId_successorId_kind: key },
      create: { ...key, ...data },
      update: data,
    });
  }
  // The live demo year (the current one) is seeded by prisma/seed/live (docs/decisions/0005).
}
