// What a demo agency types into its self-scoring sheet, criterion by criterion of the illustrative
// table (prisma/seed/criteria.ts: codes 1–18, bonuses +…, penalties -…, gates LT…). Only raw
// inputs live here — the level chosen, yes/no, counts, actual vs target; the points are always
// computed by the app's scoring engine (sheets.ts), never written down.
// DEMO: every value below is invented.
import type { AgencyType } from "../../../lib/generated/prisma/client";

/**
 * The band the inputs aim at (default bands, lib/domain/scoring/types.ts): "xuất sắc" needs every
 * criterion at ≥ 85% of its maximum, "tốt" 80%, "hoàn thành" 70% — the engine decides.
 */
export type Profile = "XUAT_SAC" | "TOT" | "HOAN_THANH" | "KHONG_HOAN_THANH";

export interface DemoInput {
  isNA?: boolean;
  /** GRADED: the level's order (1 = best); YES_NO 1/0; COUNT, BONUS, PENALTY: how many. */
  value?: number;
  actual?: number;
  target?: number;
}

/** Level orders that keep a criterion at or above each profile's floor (levels: best first). */
const LEVEL: Record<Profile, Partial<Record<string, number>>> = {
  XUAT_SAC: {},
  TOT: { "2": 2 }, // 12/15 = 80%
  HOAN_THANH: { "2": 2, "10": 2, "16": 2 }, // 80%, 75%, 75%
  KHONG_HOAN_THANH: { "2": 3, "6": 2, "8": 2, "10": 3 }, // 60%, 67%, 67%, 50%
};

/**
 * The inputs of one agency. `n` (0, 1, 2…) varies the agency's numbers inside its profile, so
 * totals differ and the ranking needs no run-off. Agencies without subordinate units (a
 * newspaper, a school of politics) mark criterion 4 "không áp dụng", as its guidance says.
 */
export function demoInputs(profile: Profile, n: number, agencyType: AgencyType): Map<string, DemoInput> {
  const level = (code: string) => LEVEL[profile][code] ?? 1;
  const target = 18 + 2 * (n % 5);
  // Reaching the target is half of criterion 1's points, its own floor (floorPct 50): below it no band.
  const ratio = { XUAT_SAC: 1.2, TOT: 1.1, HOAN_THANH: 1.02, KHONG_HOAN_THANH: 0.8 }[profile] - 0.01 * (n % 3);
  const noSubordinates = agencyType === "BAO" || agencyType === "TRUONG_CHINH_TRI";
  const inputs: [string, DemoInput][] = [
    ["1", { actual: Math.round(target * ratio), target }],
    ["2", { value: level("2") }],
    ["3", { value: profile === "KHONG_HOAN_THANH" ? 2 : 1 }],
    ["4", noSubordinates ? { isNA: true } : { value: profile === "XUAT_SAC" ? 5 : 4 - (profile === "KHONG_HOAN_THANH" ? 2 : 0) }],
    ["5", { value: profile === "KHONG_HOAN_THANH" ? 2 : 1 }],
    ["6", { value: level("6") }],
    ["7", { value: 1 }],
    ["8", { value: level("8") }],
    ["9", { value: 1 }],
    ["10", { value: level("10") }],
    ["11", { value: profile === "HOAN_THANH" ? 3 + (n % 2) : profile === "KHONG_HOAN_THANH" ? 2 : 4 }],
    ["12", { value: 1 }],
    ["13", { value: profile === "HOAN_THANH" || profile === "KHONG_HOAN_THANH" ? n % 2 : 0 }],
    ["14", { value: profile === "KHONG_HOAN_THANH" ? 0 : 1 }],
    ["15", { value: 1 }],
    ["16", { value: level("16") }],
    ["17", { value: 1 }],
    ["18", { value: 1 }],
    // Bonuses and penalties: a few, different per agency.
    ["+1", { value: (n + (profile === "XUAT_SAC" ? 1 : 0)) % 3 }],
    ["+2a", { value: 0 }],
    ["+2b", { value: n % 2 }],
    ["+3", { value: profile === "XUAT_SAC" && n % 2 === 0 ? 1 : 0 }],
    ["-1", { value: profile === "KHONG_HOAN_THANH" ? 1 : 0 }],
    ["-2", { value: 0 }],
    ["-3", { value: 0 }],
    ["-4", { value: 0 }],
    ["-5", { value: 0 }],
    // Gates (LT1–LT4) are left unticked: "no violation".
  ];
  return new Map(inputs);
}

/** What the agency writes in the explanation column of a few rows (DEMO). */
export const EXPLANATIONS: Record<string, string> = {
  "1": "Hoàn thành các nhiệm vụ trong chương trình công tác năm theo báo cáo tổng kết.",
  "2": "Tham mưu đầy đủ các đề án, báo cáo theo chương trình làm việc.",
  "5": "Theo quyết định xếp loại chất lượng tổ chức đảng năm nay.",
  "18": "Cơ quan được công nhận đạt chuẩn văn hóa năm nay.",
};
