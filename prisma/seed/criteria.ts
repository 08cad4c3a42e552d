// DEMO: the illustrative criteria table of docs/domain/scoring.md#worked-example ("Bảng tiêu chí chấm điểm thi đua Khối
// các cơ quan Đảng tỉnh năm 20XX", thang 100 điểm + điểm thưởng tối đa 10). The domain marks it
// [I] a composite: no complete Party-bloc table was retrievable from the sources, so this is
// realistic seed data, not any bloc's legal table — hence "(minh họa)" in every title. Level
// points below the maxima, level labels and descriptors are ours (the domain gives only the
// maxima and, for criterion 5, 5 / 3 / 0). Same structure as lib/domain/scoring/fixtures.ts
// WORKED_TABLE, so the engine's worked example applies to the seeded tables.
//
// Seeded LOCKED, version 1, for the cycles listed in CRITERIA_TABLES (no scores) and for the live
// demo years of prisma/seed/live (which also seeds their scores). Idempotent:
// the table is found by (cycle, version 1) and its criteria and levels are upserted by code and
// order. A version 1 the app created with another title is left alone.
import type { CriterionType } from "../../lib/generated/prisma/client";
import type { CriterionDef } from "../../lib/domain/scoring/types";
import { vnTime, type Tx } from "./util";

export interface LevelSeed {
  label: string;
  points: number;
  descriptor: string;
}

export interface CriterionSeed {
  code: string;
  parent: string | null;
  name: string;
  type: CriterionType;
  maxPoints: number;
  guidance?: string;
  evidenceRequired?: boolean;
  floorPct?: number;
  allowNA?: boolean;
  useLeaderFormula?: boolean;
  pointsPerUnit?: number;
  cap?: number;
  /** GRADED only, best first (order 1, 2, …). */
  levels?: LevelSeed[];
}

/** How the table names the Party committee and the administrative level of the bloc's place. */
export interface Place {
  /** "Tỉnh ủy" or "Thành ủy". */
  committee: string;
  /** "tỉnh" or "thành phố". */
  level: string;
  /**
   * The central bloc has no Tỉnh ủy, Ban Thường vụ or UBND: it names whom its agencies advise,
   * the award that earns a bonus and who acknowledges an ad-hoc task. Unset for a province or city.
   */
  central?: { advises: string; merit: string; acknowledges: string };
}

export const TABLE_SCALE = 100;
export const TABLE_BONUS_CAP = 10;

export function criteriaTableTitle(year: number): string {
  return `Bảng tiêu chí chấm điểm thi đua năm ${year} (minh họa)`;
}

const lv = (points: number, label: string, descriptor: string): LevelSeed => ({ points, label, descriptor });

/** The worked example table, worded for the bloc's place. Codes and structure match WORKED_TABLE. */
export function workedCriteria(p: Place): CriterionSeed[] {
  const { committee: uy, level } = p;
  const advises = p.central?.advises ?? `${uy}, Ban Thường vụ ${uy}`;
  const merit = p.central?.merit ?? `Bằng khen của Ủy ban nhân dân ${level} hoặc của ${uy}`;
  const acknowledges = p.central?.acknowledges ?? `Thường trực ${uy}`;
  return [
    // ── I. 50 điểm ──
    { code: "I", parent: null, type: "GROUP", maxPoints: 50, name: "Thực hiện nhiệm vụ chính trị, chuyên môn được giao" },
    {
      code: "1",
      parent: "I",
      type: "QUANTITATIVE",
      maxPoints: 20,
      useLeaderFormula: true,
      floorPct: 50,
      evidenceRequired: true,
      name: "Kết quả thực hiện chương trình công tác năm của cơ quan (tỷ lệ nhiệm vụ hoàn thành đúng tiến độ, chất lượng)",
      guidance:
        "Minh chứng: báo cáo tổng kết; danh mục nhiệm vụ. Chỉ tiêu (T) là số nhiệm vụ trong chương trình công tác, thực hiện (A) là số nhiệm vụ hoàn thành đúng tiến độ, chất lượng. Đạt chỉ tiêu được 50% số điểm; 50% còn lại tính theo đơn vị dẫn đầu Khối. Ngưỡng tối thiểu riêng của tiêu chí: 50%.",
    },
    {
      code: "2",
      parent: "I",
      type: "GRADED",
      maxPoints: 15,
      evidenceRequired: true,
      name: `Chất lượng tham mưu cho ${advises} (đề án, nghị quyết, chỉ thị, báo cáo)`,
      guidance: "Minh chứng: danh mục văn bản tham mưu đã ban hành.",
      levels: [
        lv(15, "Xuất sắc", "Tham mưu đầy đủ, kịp thời; văn bản có chất lượng cao, được ban hành đúng tiến độ, không phải sửa đổi lớn."),
        lv(12, "Tốt", "Tham mưu đầy đủ, đúng tiến độ; một số văn bản phải chỉnh sửa, bổ sung."),
        lv(9, "Đạt", "Hoàn thành phần lớn nhiệm vụ tham mưu; còn văn bản chậm tiến độ."),
        lv(0, "Chưa đạt", "Nhiều nhiệm vụ tham mưu chậm hoặc không hoàn thành."),
      ],
    },
    {
      code: "3",
      parent: "I",
      type: "GRADED",
      maxPoints: 5,
      name: "Thực hiện nhiệm vụ đột xuất, nhiệm vụ được giao thêm",
      guidance: "Minh chứng: văn bản giao nhiệm vụ; kết quả thực hiện.",
      levels: [
        lv(5, "Hoàn thành tốt", "Hoàn thành tất cả nhiệm vụ đột xuất, đúng thời hạn, đạt yêu cầu."),
        lv(3, "Hoàn thành", "Hoàn thành nhiệm vụ nhưng còn chậm hoặc chưa đạt đầy đủ yêu cầu."),
        lv(0, "Không hoàn thành", "Không hoàn thành nhiệm vụ đột xuất được giao."),
      ],
    },
    {
      code: "4",
      parent: "I",
      type: "COUNT",
      maxPoints: 10,
      pointsPerUnit: 2,
      cap: 10,
      allowNA: true,
      name: "Hướng dẫn, kiểm tra, giám sát chuyên môn đối với cấp dưới",
      guidance:
        "Minh chứng: kế hoạch, thông báo kết luận kiểm tra. 2 điểm cho mỗi cuộc hướng dẫn, kiểm tra, giám sát có kết luận; tối đa 10 điểm. Cơ quan không có cấp dưới (báo, trường chính trị) chọn “Không áp dụng”.",
    },
    // ── II. 15 điểm ──
    { code: "II", parent: null, type: "GROUP", maxPoints: 15, name: "Xây dựng Đảng, đoàn thể, cơ quan" },
    {
      code: "5",
      parent: "II",
      type: "GRADED",
      maxPoints: 5,
      evidenceRequired: true,
      name: "Tổ chức đảng của cơ quan được xếp loại chất lượng",
      guidance: "Minh chứng: quyết định xếp loại chất lượng của cấp ủy cấp trên.",
      levels: [
        lv(5, "Hoàn thành xuất sắc nhiệm vụ", "Tổ chức đảng được xếp loại “Hoàn thành xuất sắc nhiệm vụ”."),
        lv(3, "Hoàn thành tốt nhiệm vụ", "Tổ chức đảng được xếp loại “Hoàn thành tốt nhiệm vụ”."),
        lv(0, "Khác", "Tổ chức đảng được xếp loại “Hoàn thành nhiệm vụ” trở xuống."),
      ],
    },
    {
      code: "6",
      parent: "II",
      type: "GRADED",
      maxPoints: 3,
      name: "Công đoàn, Đoàn Thanh niên, Hội Cựu chiến binh cơ quan vững mạnh",
      guidance: "Minh chứng: quyết định công nhận của cấp trên.",
      levels: [
        lv(3, "Tất cả vững mạnh", "Tất cả các đoàn thể của cơ quan được công nhận vững mạnh."),
        lv(2, "Phần lớn vững mạnh", "Có đoàn thể chưa được công nhận vững mạnh."),
        lv(0, "Chưa vững mạnh", "Không có đoàn thể nào được công nhận vững mạnh."),
      ],
    },
    {
      code: "7",
      parent: "II",
      type: "YES_NO",
      maxPoints: 4,
      name: "Không có cán bộ, đảng viên bị kỷ luật",
      guidance: "Minh chứng: xác nhận của cơ quan. Xem thêm điểm trừ và điều kiện loại trừ.",
    },
    {
      code: "8",
      parent: "II",
      type: "GRADED",
      maxPoints: 3,
      name: "Thực hành tiết kiệm, chống lãng phí; phòng, chống tham nhũng, tiêu cực",
      guidance: "Minh chứng: báo cáo.",
      levels: [
        lv(3, "Tốt", "Có kế hoạch, thực hiện đầy đủ, có kết quả cụ thể."),
        lv(2, "Đạt", "Có kế hoạch, thực hiện nhưng kết quả còn hạn chế."),
        lv(0, "Chưa đạt", "Không có kế hoạch hoặc không thực hiện."),
      ],
    },
    // ── III. 15 điểm ──
    { code: "III", parent: null, type: "GROUP", maxPoints: 15, name: "Công tác thi đua, khen thưởng" },
    {
      code: "9",
      parent: "III",
      type: "YES_NO",
      maxPoints: 3,
      name: "Ban hành kế hoạch, phát động, đăng ký thi đua đúng hạn",
      guidance: "Minh chứng: kế hoạch; bản đăng ký thi đua.",
    },
    {
      code: "10",
      parent: "III",
      type: "GRADED",
      maxPoints: 4,
      name: "Tổ chức phong trào thi đua thường xuyên, chuyên đề; sơ kết, tổng kết",
      levels: [
        lv(4, "Tốt", "Tổ chức đầy đủ phong trào thường xuyên và chuyên đề; có sơ kết, tổng kết."),
        lv(3, "Khá", "Tổ chức đầy đủ phong trào thường xuyên; phong trào chuyên đề còn ít."),
        lv(2, "Đạt", "Có tổ chức phong trào nhưng chưa sơ kết, tổng kết đầy đủ."),
        lv(0, "Chưa đạt", "Không tổ chức phong trào thi đua."),
      ],
    },
    {
      code: "11",
      parent: "III",
      type: "COUNT",
      maxPoints: 4,
      pointsPerUnit: 1,
      cap: 4,
      name: "Phát hiện, bồi dưỡng, nhân rộng điển hình tiên tiến; tuyên truyền",
      guidance: "Minh chứng: bài viết, tin, quyết định khen. 1 điểm cho mỗi điển hình được tuyên truyền, nhân rộng; tối đa 4 điểm.",
    },
    {
      code: "12",
      parent: "III",
      type: "YES_NO",
      maxPoints: 4,
      name: "Thực hiện khen thưởng đúng quy trình, hồ sơ đúng hạn",
    },
    // ── IV. 10 điểm ──
    { code: "IV", parent: null, type: "GROUP", maxPoints: 10, name: "Thực hiện giao ước thi đua và tham gia hoạt động của Khối" },
    {
      code: "13",
      parent: "IV",
      type: "COUNT",
      maxPoints: 4,
      pointsPerUnit: -1,
      name: "Tham gia đầy đủ hội nghị, hoạt động chung của Khối",
      guidance: "Minh chứng: danh sách dự. Nhập số lần vắng mặt; trừ 1 điểm mỗi lần, thấp nhất 0 điểm.",
    },
    {
      code: "14",
      parent: "IV",
      type: "YES_NO",
      maxPoints: 3,
      name: "Gửi báo cáo, bảng tự chấm điểm đúng hạn, đủ minh chứng",
      guidance: "Đối chiếu với thời điểm nộp được ghi nhận trên hệ thống.",
    },
    {
      code: "15",
      parent: "IV",
      type: "GRADED",
      maxPoints: 3,
      name: "Phối hợp, hỗ trợ các đơn vị trong Khối",
      levels: [
        lv(3, "Tốt", "Chủ động phối hợp, hỗ trợ các đơn vị trong Khối."),
        lv(2, "Khá", "Phối hợp khi được đề nghị."),
        lv(1, "Đạt", "Phối hợp còn hạn chế."),
        lv(0, "Chưa đạt", "Không phối hợp."),
      ],
    },
    // ── V. 10 điểm ──
    { code: "V", parent: null, type: "GROUP", maxPoints: 10, name: "Cải cách hành chính, chuyển đổi số, văn hóa công sở, kỷ luật, kỷ cương" },
    {
      code: "16",
      parent: "V",
      type: "GRADED",
      maxPoints: 4,
      name: "Ứng dụng công nghệ thông tin, văn bản điện tử, chữ ký số",
      levels: [
        lv(4, "Tốt", "Toàn bộ văn bản đi, đến xử lý trên môi trường điện tử, có chữ ký số."),
        lv(3, "Khá", "Phần lớn văn bản xử lý trên môi trường điện tử."),
        lv(2, "Đạt", "Có ứng dụng nhưng còn hạn chế."),
        lv(0, "Chưa đạt", "Chưa ứng dụng."),
      ],
    },
    {
      code: "17",
      parent: "V",
      type: "GRADED",
      maxPoints: 3,
      name: "Văn hóa công sở, chấp hành nội quy, giờ giấc",
      levels: [
        lv(3, "Tốt", "Chấp hành nghiêm, không có vi phạm."),
        lv(2, "Khá", "Có vi phạm nhỏ, đã chấn chỉnh."),
        lv(1, "Đạt", "Có vi phạm bị nhắc nhở."),
        lv(0, "Chưa đạt", "Vi phạm nhiều lần."),
      ],
    },
    {
      code: "18",
      parent: "V",
      type: "YES_NO",
      maxPoints: 3,
      evidenceRequired: true,
      name: "Cơ quan đạt chuẩn văn hóa, an toàn về an ninh trật tự, phòng cháy chữa cháy",
      guidance: "Minh chứng: quyết định công nhận.",
    },
    // ── Điểm thưởng: separate from the 100-point scale, capped at +10 ──
    {
      code: "+",
      parent: null,
      type: "GROUP",
      maxPoints: TABLE_BONUS_CAP,
      name: "Điểm thưởng (tối đa +10)",
      guidance: "Minh chứng: quyết định khen, giấy chứng nhận.",
    },
    {
      code: "+1",
      parent: "+",
      type: "BONUS",
      maxPoints: 4,
      pointsPerUnit: 2,
      name: `Sáng kiến, đề tài được công nhận cấp ${level} (+2 điểm mỗi sáng kiến, đề tài; tối đa +4)`,
      guidance: "Minh chứng: quyết định công nhận sáng kiến, đề tài.",
    },
    { code: "+2", parent: "+", type: "GROUP", maxPoints: 4, name: "Tập thể được khen thưởng đột xuất hoặc theo chuyên đề (tối đa +4)" },
    {
      code: "+2a",
      parent: "+2",
      type: "BONUS",
      maxPoints: 4,
      pointsPerUnit: 3,
      name: "Bằng khen của Thủ tướng Chính phủ (+3 điểm mỗi bằng khen)",
      guidance: "Minh chứng: quyết định khen thưởng.",
    },
    {
      code: "+2b",
      parent: "+2",
      type: "BONUS",
      maxPoints: 4,
      pointsPerUnit: 2,
      name: `${merit} (+2 điểm mỗi bằng khen)`,
      guidance: "Minh chứng: quyết định khen thưởng.",
    },
    {
      code: "+3",
      parent: "+",
      type: "BONUS",
      maxPoints: 2,
      pointsPerUnit: 2,
      name: `Nhiệm vụ đột xuất được ${acknowledges} ghi nhận bằng văn bản (+2 điểm)`,
      guidance: "Minh chứng: văn bản ghi nhận.",
    },
    // ── Điểm trừ: no floor ──
    { code: "-", parent: null, type: "GROUP", maxPoints: 0, name: "Điểm trừ" },
    { code: "-1", parent: "-", type: "PENALTY", maxPoints: 0, pointsPerUnit: 1, name: "Nộp báo cáo hoặc bảng điểm chậm (−1 điểm mỗi lần)" },
    { code: "-2", parent: "-", type: "PENALTY", maxPoints: 0, pointsPerUnit: 2, name: "Vắng hội nghị của Khối không có lý do (−2 điểm mỗi lần)" },
    { code: "-3", parent: "-", type: "PENALTY", maxPoints: 0, pointsPerUnit: 2, name: "Bị cấp có thẩm quyền phê bình bằng văn bản (−2 điểm mỗi lần)" },
    { code: "-4", parent: "-", type: "PENALTY", maxPoints: 0, pointsPerUnit: 3, name: "Cán bộ bị kỷ luật khiển trách (−3 điểm mỗi trường hợp)" },
    { code: "-5", parent: "-", type: "PENALTY", maxPoints: 0, pointsPerUnit: 5, name: "Cán bộ bị kỷ luật từ cảnh cáo trở lên (−5 điểm mỗi trường hợp)" },
    // ── ⛔ Điều kiện loại trừ: no points, blocks Cờ / đơn vị dẫn đầu whatever the score ──
    {
      code: "LT",
      parent: null,
      type: "GROUP",
      maxPoints: 0,
      name: "Điều kiện loại trừ",
      guidance: "Có một trong các trường hợp dưới đây thì không được xét tặng Cờ thi đua, đơn vị dẫn đầu, dù đạt điểm cao.",
    },
    { code: "LT1", parent: "LT", type: "GATE", maxPoints: 0, name: "Tập thể bị kỷ luật" },
    { code: "LT2", parent: "LT", type: "GATE", maxPoints: 0, name: "Có cá nhân bị kỷ luật từ hình thức cảnh cáo trở lên" },
    { code: "LT3", parent: "LT", type: "GATE", maxPoints: 0, name: "Để xảy ra vụ việc tham nhũng, tiêu cực hoặc mất đoàn kết nghiêm trọng" },
    { code: "LT4", parent: "LT", type: "GATE", maxPoints: 0, name: "Tổ chức đảng của cơ quan không được xếp loại “Hoàn thành tốt nhiệm vụ” trở lên" },
  ];
}

/** What the scoring engine's validateTable reads (ids are the codes). */
export function criteriaDefs(seed: readonly CriterionSeed[]): CriterionDef[] {
  return seed.map((c) => ({
    id: c.code,
    code: c.code,
    parentId: c.parent,
    type: c.type,
    maxPoints: c.maxPoints,
    minPoints: 0,
    floorPct: c.floorPct ?? null,
    allowNA: c.allowNA ?? false,
    useLeaderFormula: c.useLeaderFormula ?? false,
    pointsPerUnit: c.pointsPerUnit ?? null,
    cap: c.cap ?? null,
    levels: c.levels?.map((l, i) => ({ order: i + 1, points: l.points })),
  }));
}

export const PROVINCE: Place = { committee: "Tỉnh ủy", level: "tỉnh" };
export const CITY: Place = { committee: "Thành ủy", level: "thành phố" };
// DEMO: our wording of the same table for the central bloc (seed 004 gives no criteria).
export const CENTRAL: Place = {
  committee: "Ban Chấp hành Trung ương",
  level: "bộ, ban, ngành Trung ương",
  central: {
    advises: "Bộ Chính trị, Ban Bí thư",
    merit: "Bằng khen cấp bộ, ban, ngành Trung ương",
    acknowledges: "Ban Bí thư",
  },
};

/**
 * The finished years that get the illustrative table (each must already be seeded). The live
 * demo years get theirs from prisma/seed/live (their year follows the calendar).
 */
export const CRITERIA_TABLES: { bloc: string; year: number; place: Place }[] = [
  { bloc: "KT-CQD", year: 2024, place: PROVINCE },
  { bloc: "KT-CQD", year: 2023, place: PROVINCE },
];

export async function seedCriteriaTables(tx: Tx): Promise<void> {
  for (const t of CRITERIA_TABLES) await upsertWorkedTable(tx, t.bloc, t.year, t.place);
}

/**
 * Upserts the illustrative table as version 1 of the bloc's cycle for `year`; returns its id, or
 * null when skipped. `live.lockedAt`: a live demo year (prisma/seed/live), whose self-scoring
 * moves with the calendar — the table is locked at that moment when created, and once it exists
 * its status and lock time are the app's (a re-run on a later day does not move them).
 */
export async function upsertWorkedTable(tx: Tx, blocCode: string, year: number, place: Place, live?: { lockedAt: Date }): Promise<string | null> {
  const cycle = await tx.cycle.findFirst({ where: { year, bloc: { code: blocCode } }, select: { id: true } });
  if (!cycle) throw new Error(`seed: không có năm thi đua ${year} của khối ${blocCode}`);
  const title = criteriaTableTitle(year);
  // DEMO: locked the evening before self-scoring opens (defaultPhases: 01/11); fixed, so a re-run changes nothing.
  const fields = { title, scale: TABLE_SCALE, bonusCap: TABLE_BONUS_CAP, status: "LOCKED" as const, lockedAt: live?.lockedAt ?? vnTime(year, 10, 31, 17) };
  const existing = await tx.criteriaTable.findUnique({ where: { cycleId_version: { cycleId: cycle.id, version: 1 } } });
  if (existing && existing.title !== title) {
    console.warn(`seed: bỏ qua bảng tiêu chí minh họa ${blocCode} ${year} — năm này đã có bảng “${existing.title}”.`);
    return null;
  }
  const { status: _status, lockedAt: _lockedAt, ...definition } = fields;
  const table = existing
    ? await tx.criteriaTable.update({ where: { id: existing.id }, data: live ? definition : fields })
    : await tx.criteriaTable.create({ data: { cycleId: cycle.id, version: 1, ...fields } });

  const seed = workedCriteria(place);
  await tx.criterion.deleteMany({ where: { tableId: table.id, code: { notIn: seed.map((c) => c.code) } } });
  const ids = new Map<string, string>();
  const siblings = new Map<string | null, number>();
  for (const c of seed) {
    const order = (siblings.get(c.parent) ?? 0) + 1;
    siblings.set(c.parent, order);
    const parentId = c.parent === null ? null : ids.get(c.parent);
    if (parentId === undefined) throw new Error(`seed: nhóm ${c.parent} phải đứng trước tiêu chí ${c.code}`);
    const data = {
      parentId,
      name: c.name,
      type: c.type,
      order,
      maxPoints: c.maxPoints,
      minPoints: 0,
      guidance: c.guidance ?? null,
      evidenceRequired: c.evidenceRequired ?? false,
      floorPct: c.floorPct ?? null,
      allowNA: c.allowNA ?? false,
      useLeaderFormula: c.useLeaderFormula ?? false,
      pointsPerUnit: c.pointsPerUnit ?? null,
      cap: c.cap ?? null,
    };
    const row = await tx.criterion.upsert({
      where: { tableId_code: { tableId: table.id, code: c.code } },
      create: { tableId: table.id, code: c.code, ...data },
      update: data,
    });
    ids.set(c.code, row.id);
    const levels = c.levels ?? [];
    await tx.criterionLevel.deleteMany({ where: { criterionId: row.id, order: { gt: levels.length } } });
    for (const [i, l] of levels.entries()) {
      const level = { label: l.label, points: l.points, descriptor: l.descriptor };
      await tx.criterionLevel.upsert({
        where: { criterionId_order: { criterionId: row.id, order: i + 1 } },
        create: { criterionId: row.id, order: i + 1, ...level },
        update: level,
      });
    }
  }
  return table.id;
}
