/**
 * The individual titles and ratings a person's record holds besides the bloc's award forms
 * (docs/domain/awards.md#award-catalogue: LĐTT and CSTĐCS are the agency's own matter, decided by
 * its head; the yearly rating of an official). Codes as the record rules name them
 * (AwardForm.recordCodes, PersonRecord.code); the individual forms of a bloc's catalogue
 * (BK_TINH_CN, …) are recorded under their own codes. Pure.
 */
export const PERSON_TITLES = [
  { code: "HTXSNV", name: "Hoàn thành xuất sắc nhiệm vụ" },
  { code: "HTTNV", name: "Hoàn thành tốt nhiệm vụ" },
  { code: "LDTT", name: "Lao động tiên tiến" },
  { code: "CSTDCS", name: "Chiến sĩ thi đua cơ sở" },
  { code: "CSTD_TINH", name: "Chiến sĩ thi đua cấp tỉnh" },
  { code: "GIAY_KHEN", name: "Giấy khen" },
] as const;

export const PERSON_TITLE_LABELS: Readonly<Record<string, string>> = Object.fromEntries(PERSON_TITLES.map((t) => [t.code, t.name]));

const norm = (s: string) => s.normalize("NFC").trim().toLocaleLowerCase("vi").replace(/\s+/g, " ");

/** A title or form written by its code or its name (either case); null when none matches. */
export function titleFromText(value: string, forms: readonly { code: string; name: string }[]): { code: string; name: string } | null {
  const key = norm(value);
  if (key === "") return null;
  const all = [...PERSON_TITLES, ...forms];
  return all.find((t) => norm(t.code) === key) ?? all.find((t) => norm(t.name) === key) ?? null;
}
