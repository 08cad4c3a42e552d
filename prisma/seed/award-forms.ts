// The award catalogue of a cycle (docs/domain/awards.md#award-catalogue): who decides each form is
// data, because seed 004 shows a central Khối trưởng awarding its own Bằng
// khen while provincial blocs only nominate. Codes are fixed: other code and
// the tests look forms up by code.
import type { AuthorityKind, AwardTarget, QuotaKind, Rounding } from "../../lib/generated/prisma/client";

export interface AwardFormSeed {
  code: string;
  name: string;
  target: AwardTarget;
  authorityKind: AuthorityKind;
  authorityName: string;
  isFlag?: boolean;
  quotaKind?: QuotaKind;
  quotaValue?: number | null;
  quotaRounding?: Rounding;
  minBand?: string | null;
  prerequisiteCodes?: string[];
  /** The prerequisites count only within the last N years (docs/decisions/0046). */
  prerequisiteWithinYears?: number;
  /** The person's record rule (lib/domain/awards/person-record.ts). */
  record?: { years: number; codes: string[]; minCode?: string; minCount?: number };
}

/** "province" = a tỉnh; "city" = a centrally-run city (Cần Thơ, seed 000); "central" = TW bloc (seed 004). */
export type CatalogueScope = "province" | "city" | "central";

const PM = { authorityKind: "PRIME_MINISTER", authorityName: "Thủ tướng Chính phủ" } as const;

export function awardCatalogue(scope: CatalogueScope): AwardFormSeed[] {
  // The provincial forms are decided by the Chủ tịch UBND tỉnh (docs/domain/awards.md#award-catalogue).
  // A centrally-run city says "thành phố"; codes stay the same.
  const unit = scope === "city" ? "thành phố" : "tỉnh";
  const local =
    scope === "central"
      ? // A central bloc has no UBND tỉnh: the equivalent forms are the
        // ministry-level (cấp bộ, ban, ngành Trung ương) ones, decided by the
        // head of each central agency. DEMO: this mapping is our reading.
        {
          authorityKind: "OTHER" as const,
          authorityName: "Thủ trưởng ban, bộ, ngành Trung ương",
          flag: "Cờ thi đua cấp bộ, ban, ngành Trung ương",
          merit: "Bằng khen cấp bộ, ban, ngành Trung ương",
        }
      : {
          authorityKind: "PROVINCE_CHAIR" as const,
          authorityName: `Chủ tịch UBND ${unit}`,
          flag: `Cờ thi đua của UBND ${unit}`,
          merit: `Bằng khen của Chủ tịch UBND ${unit}`,
        };
  const byLocal = { authorityKind: local.authorityKind, authorityName: local.authorityName };

  const forms: AwardFormSeed[] = [
    {
      code: "CO_CP",
      name: "Cờ thi đua của Chính phủ",
      target: "COLLECTIVE",
      ...PM,
      isFlag: true,
      // The "≤ 20% of bloc leaders" rule (CV 5007/BNV-TĐKT, docs/domain/awards.md#quotas,
      // docs/domain/edge-cases.md#case-22) is applied by the provincial council across all blocs, not
      // within one bloc: a bloc only nominates, so no bloc quota here (seed 004
      // has the central bloc proposing 3 of 14).
      quotaKind: "NONE",
      // DEMO rule: a Cờ CP nominee must hold the TTLĐXS title the same year
      // (docs/domain/awards.md#ttldxs calls TTLĐXS "often a prerequisite for Cờ" [I]).
      prerequisiteCodes: ["TTLDXS"],
      prerequisiteWithinYears: 1,
    },
    // Usually one leading unit per bloc (Luật 2022 Điều 26, docs/domain/awards.md#quotas).
    { code: "CO_TINH", name: local.flag, target: "COLLECTIVE", ...byLocal, isFlag: true, quotaKind: "COUNT", quotaValue: 1 },
    { code: "BK_TTG", name: "Bằng khen của Thủ tướng Chính phủ", target: "COLLECTIVE", ...PM },
    // "A few per bloc" (docs/domain/awards.md#quotas); seed 001 proposed exactly three.
    { code: "BK_TINH", name: local.merit, target: "COLLECTIVE", ...byLocal, quotaKind: "COUNT", quotaValue: 3 },
    // Luật 2022 Điều 27: the unit must have completed its tasks excellently.
    { code: "TTLDXS", name: "Tập thể lao động xuất sắc", target: "COLLECTIVE", ...byLocal, minBand: "XUAT_SAC" },
    // Decided by the agency's own head (Luật 2022 Điều 80 k1).
    {
      code: "TTLDTT",
      name: "Tập thể lao động tiên tiến",
      target: "COLLECTIVE",
      authorityKind: "AGENCY_HEAD",
      authorityName: "Thủ trưởng cơ quan",
    },
    { code: "BK_TINH_CN", name: `${local.merit} (cá nhân)`, target: "INDIVIDUAL", ...byLocal },
    // Luật 2022 Điều 73 for an individual (docs/domain/awards.md#award-catalogue, docs/decisions/0036):
    // a provincial Bằng khen already, then 5 consecutive years rated "hoàn thành tốt nhiệm vụ" or
    // better with 3 × CSTĐCS among them. [I] LĐTT and CSTĐCS count as rated well (both require it).
    {
      code: "BK_TTG_CN",
      name: "Bằng khen của Thủ tướng Chính phủ (cá nhân)",
      target: "INDIVIDUAL",
      ...PM,
      prerequisiteCodes: ["BK_TINH_CN"],
      record: { years: 5, codes: ["HTTNV", "HTXSNV", "LDTT", "CSTDCS"], minCode: "CSTDCS", minCount: 3 },
    },
  ];
  if (scope === "central") {
    // Seed 004: "Khối trưởng Khối thi đua cũng tặng Bằng khen cho 13 tập thể và
    // 35 cá nhân". DEMO: the article does not name the Khối trưởng's agency.
    forms.push({
      code: "BK_KHOI_TRUONG",
      name: "Bằng khen của Khối trưởng",
      target: "COLLECTIVE",
      authorityKind: "BLOC_HEAD_AGENCY",
      authorityName: "Ban Tổ chức Trung ương (Khối trưởng)",
    });
  }
  return forms;
}
