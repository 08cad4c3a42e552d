/**
 * Which law and implementing decree on emulation and commendation applied on a given day: a dated
 * register, so a document cites the instruments of its own date — a 2019 proposal cites the 2003
 * law, not the 2022 one in force only from 01/01/2024 (docs/domain/legal-basis.md#legal-instruments).
 * Pure.
 */
export interface LegalBasis {
  /** The first day it applied (yyyy-MM-dd). */
  from: string;
  law: string;
  /** The decree detailing the law, or null where the register starts without one. */
  decree: string | null;
}

/** Oldest first. Before 01/10/2017 the register names the law only. */
export const LEGAL_BASES: readonly LegalBasis[] = [
  { from: "0000-01-01", law: "Luật Thi đua, khen thưởng năm 2003 (sửa đổi, bổ sung năm 2005 và năm 2013)", decree: null },
  {
    from: "2017-10-01",
    law: "Luật Thi đua, khen thưởng năm 2003 (sửa đổi, bổ sung năm 2005 và năm 2013)",
    decree: "Nghị định số 91/2017/NĐ-CP ngày 31/7/2017 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng",
  },
  {
    from: "2024-01-01",
    law: "Luật Thi đua, khen thưởng số 06/2022/QH15",
    decree: "Nghị định số 98/2023/NĐ-CP ngày 31/12/2023 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng",
  },
  {
    from: "2025-07-01",
    law: "Luật Thi đua, khen thưởng số 06/2022/QH15",
    decree: "Nghị định số 152/2025/NĐ-CP ngày 14/6/2025 của Chính phủ quy định chi tiết một số điều của Luật Thi đua, khen thưởng",
  },
];

/** The instruments in force on `day` (yyyy-MM-dd). */
export function legalBasisOn(day: string): LegalBasis {
  return [...LEGAL_BASES].reverse().find((b) => b.from <= day) ?? LEGAL_BASES[0]!;
}
