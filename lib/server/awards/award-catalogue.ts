import "server-only";

export const CATALOGUE_MANAGERS_ONLY = "Chỉ Thư ký khối và Trưởng khối được sửa danh mục hình thức khen thưởng.";

/** The award form's columns as stored in the audit's before/after. */
export function awardFormSnapshot(f: {
  code: string;
  name: string;
  target: string;
  authorityKind: string;
  authorityName: string;
  isFlag: boolean;
  quotaKind: string;
  quotaValue: { toString(): string } | string | null;
  quotaRounding: string;
  minBand: string | null;
  requiresRegistration: boolean;
  requiresPledge: boolean;
  requiresNoDiscipline: boolean;
  prerequisiteCodes: string[];
  order: number;
}) {
  return { ...f, quotaValue: f.quotaValue === null ? null : f.quotaValue.toString() };
}
