// The provinces: the 34 provinces and centrally-run cities after the 2025
// reorganisation (Nghị quyết số 202/2025/QH15 ngày 12/6/2025 of the National
// Assembly; the new provinces started on 01/07/2025), and the absorbed
// provinces the seeded blocs belong to, kept as merged rows so their blocs,
// agencies and history stay where they were (docs/decisions/0011).
// Upserted by code; runs first so the bloc steps find their province by code.
import { d, type Tx } from "./util";

/** Codes other steps use: KT, CT, HNA, ND (the blocs), QNG, NB, ST, HG (accounts). Keep them. */
const CURRENT: readonly [code: string, name: string][] = [
  // The six centrally-run cities.
  ["HN", "Hà Nội"],
  ["HUE", "Huế"],
  ["HP", "Hải Phòng"],
  ["DNG", "Đà Nẵng"],
  ["HCM", "Thành phố Hồ Chí Minh"],
  ["CT", "Cần Thơ"],
  // The 28 provinces.
  ["TQ", "Tuyên Quang"],
  ["LCA", "Lào Cai"],
  ["TNG", "Thái Nguyên"],
  ["PT", "Phú Thọ"],
  ["BN", "Bắc Ninh"],
  ["HY", "Hưng Yên"],
  ["NB", "Ninh Bình"],
  ["QT", "Quảng Trị"],
  ["QNG", "Quảng Ngãi"],
  ["GL", "Gia Lai"],
  ["KH", "Khánh Hòa"],
  ["LD", "Lâm Đồng"],
  ["DLK", "Đắk Lắk"],
  ["DNA", "Đồng Nai"],
  ["TN", "Tây Ninh"],
  ["VL", "Vĩnh Long"],
  ["DT", "Đồng Tháp"],
  ["CM", "Cà Mau"],
  ["AG", "An Giang"],
  ["CB", "Cao Bằng"],
  ["DB", "Điện Biên"],
  ["HT", "Hà Tĩnh"],
  ["LCH", "Lai Châu"],
  ["LS", "Lạng Sơn"],
  ["NA", "Nghệ An"],
  ["QN", "Quảng Ninh"],
  ["TH", "Thanh Hóa"],
  ["SL", "Sơn La"],
];

const MERGED_ON = d(2025, 7, 1);
const MERGER_REF = "Nghị quyết số 202/2025/QH15";

/** Absorbed provinces of the seeded blocs (the other 24 absorbed in 2025 are not needed by any seed data). */
const ABSORBED: readonly [code: string, name: string, into: string][] = [
  ["KT", "Kon Tum", "QNG"],
  ["HNA", "Hà Nam", "NB"],
  ["ND", "Nam Định", "NB"],
  ["ST", "Sóc Trăng", "CT"],
  ["HG", "Hậu Giang", "CT"],
];

/** Names used before a rename: Huế was Thừa Thiên Huế until it became a centrally-run city on 01/01/2025. */
const FORMER_NAMES: readonly [code: string, name: string, until: Date][] = [["HUE", "Thừa Thiên Huế", d(2025, 1, 1)]];

export async function seedProvinces(tx: Tx): Promise<void> {
  const ids = new Map<string, string>();
  // Only the name is updated: a merger recorded by an administrator is not undone by a re-run.
  for (const [code, name] of CURRENT) {
    const row = await tx.province.upsert({ where: { code }, create: { code, name }, update: { name } });
    ids.set(code, row.id);
  }
  for (const [code, name, into] of ABSORBED) {
    const merger = { mergedIntoId: ids.get(into)!, mergedOn: MERGED_ON, mergerRef: MERGER_REF };
    await tx.province.upsert({ where: { code }, create: { code, name, ...merger }, update: { name, ...merger } });
  }
  for (const [code, name, until] of FORMER_NAMES) {
    const provinceId = ids.get(code)!;
    const existing = await tx.provinceFormerName.findFirst({ where: { provinceId, until }, select: { id: true } });
    if (existing) await tx.provinceFormerName.update({ where: { id: existing.id }, data: { name } });
    else await tx.provinceFormerName.create({ data: { provinceId, name, until } });
  }
}
