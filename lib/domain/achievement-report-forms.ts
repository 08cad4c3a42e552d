/**
 * Which form (mẫu) of the implementing decree's annex an achievement report (báo cáo thành tích)
 * follows: by the decree in force on the day the report is issued (legal-bases.ts) and by the award
 * proposed (docs/domain/documents.md#achievement-report, docs/decisions/0020-achievement-report-forms.md).
 * What was confirmed and what is our reading is said per row (`confirmed`). Pure.
 */
import { legalBasisOn } from "./legal-bases";

/** What kind of award a catalogue form is, as the annexes tell their forms apart. */
export type ReportAwardKind = "GOVERNMENT_FLAG" | "FLAG" | "COLLECTIVE_TITLE" | "COLLECTIVE_MERIT" | "INDIVIDUAL";

export interface AwardFormFacts {
  code: string | null;
  name: string;
  target: "COLLECTIVE" | "INDIVIDUAL";
  isFlag: boolean;
  authorityKind: string;
}

const COLLECTIVE_TITLE = /lao động (xuất sắc|tiên tiến)|^TTLD/iu;
const INDIVIDUAL_TITLE = /chiến sĩ thi đua|lao động tiên tiến|^(CSTD|LDTT)/iu;

export function reportAwardKind(f: AwardFormFacts): ReportAwardKind {
  if (f.target === "INDIVIDUAL") return "INDIVIDUAL";
  if (f.isFlag) return f.authorityKind === "PRIME_MINISTER" ? "GOVERNMENT_FLAG" : "FLAG";
  return COLLECTIVE_TITLE.test(f.name) || COLLECTIVE_TITLE.test(f.code ?? "") ? "COLLECTIVE_TITLE" : "COLLECTIVE_MERIT";
}

/**
 * An emulation title (danh hiệu thi đua: the flags, TTLĐXS/TTLĐTT, Chiến sĩ thi đua, LĐTT) rather
 * than an award form (hình thức khen thưởng: Bằng khen, Giấy khen…) — the report lists them in two tables.
 */
export function isEmulationTitle(f: AwardFormFacts): boolean {
  if (f.target === "INDIVIDUAL") return INDIVIDUAL_TITLE.test(f.name) || INDIVIDUAL_TITLE.test(f.code ?? "");
  return reportAwardKind(f) !== "COLLECTIVE_MERIT";
}

export type ReportDecree = "ND_91_2017" | "ND_98_2023" | "ND_152_2025";

export interface ReportForm {
  decree: ReportDecree | null;
  /** "Mẫu số 02" — null where the annex's numbering was not confirmed or there is no annex in the register. */
  number: string | null;
  /** Where the form is: "Phụ lục I Nghị định số 98/2023/NĐ-CP". */
  annex: string | null;
  /** The annex's own name of the form. */
  name: string;
  /** Collective sections (đặc điểm, tình hình…) or individual ones (sơ lược lý lịch…). */
  layout: "COLLECTIVE" | "INDIVIDUAL";
  /** True when the row was read in a published copy of the annex; false when it is our reading. */
  confirmed: boolean;
}

const ND91 = "Phụ lục ban hành kèm theo Nghị định số 91/2017/NĐ-CP";
const ND98 = "Phụ lục I ban hành kèm theo Nghị định số 98/2023/NĐ-CP";
const ND152 = "Phụ lục ban hành kèm theo Nghị định số 152/2025/NĐ-CP";

const COLLECTIVE_NAME_91_98 =
  "Báo cáo thành tích đề nghị tặng Huân chương, Bằng khen của Thủ tướng Chính phủ, Cờ thi đua của Chính phủ; Cờ thi đua và Bằng khen cấp bộ, ban, ngành, tỉnh; Tập thể lao động xuất sắc; Giấy khen đối với tập thể có thành tích xuất sắc trong thực hiện nhiệm vụ công tác";
const INDIVIDUAL_NAME_91_98 =
  "Báo cáo thành tích đề nghị tặng Huân chương, Bằng khen của Thủ tướng Chính phủ, Chiến sĩ thi đua toàn quốc; Chiến sĩ thi đua, Bằng khen cấp bộ, ban, ngành, tỉnh và Giấy khen đối với cá nhân có thành tích thực hiện nhiệm vụ công tác";

/**
 * The table: decree × award kind → form. NĐ 91/2017 (Mẫu số 01 / 02) and NĐ 98/2023 (Mẫu số 02 / 03 of
 * Phụ lục I) have one collective and one individual form for every yearly award; NĐ 152/2025 has eleven
 * reports, among them one for “Cờ thi đua của Chính phủ” and one each for collectives and individuals
 * proposed for an award for merit (công trạng). Their numbers, and which of them a provincial flag
 * or TTLĐXS takes, were not confirmed.
 */
export const REPORT_FORMS: Record<ReportDecree, Record<ReportAwardKind, ReportForm>> = {
  ND_91_2017: byLayout("ND_91_2017", ND91, { number: "Mẫu số 01", name: COLLECTIVE_NAME_91_98 }, { number: "Mẫu số 02", name: INDIVIDUAL_NAME_91_98 }),
  ND_98_2023: byLayout("ND_98_2023", ND98, { number: "Mẫu số 02", name: COLLECTIVE_NAME_91_98 }, { number: "Mẫu số 03", name: INDIVIDUAL_NAME_91_98 }),
  ND_152_2025: {
    GOVERNMENT_FLAG: form152("Báo cáo thành tích đề nghị danh hiệu “Cờ thi đua của Chính phủ”", "COLLECTIVE", true),
    FLAG: form152("Báo cáo thành tích đề nghị khen thưởng công trạng cho tập thể", "COLLECTIVE", false),
    COLLECTIVE_TITLE: form152("Báo cáo thành tích đề nghị khen thưởng công trạng cho tập thể", "COLLECTIVE", false),
    COLLECTIVE_MERIT: form152("Báo cáo thành tích đề nghị khen thưởng công trạng cho tập thể", "COLLECTIVE", true),
    INDIVIDUAL: form152("Báo cáo thành tích đề nghị khen thưởng công trạng cho cá nhân", "INDIVIDUAL", true),
  },
};

function byLayout(
  decree: ReportDecree,
  annex: string,
  collective: { number: string; name: string },
  individual: { number: string; name: string },
): Record<ReportAwardKind, ReportForm> {
  const c: ReportForm = { decree, annex, ...collective, layout: "COLLECTIVE", confirmed: true };
  return {
    GOVERNMENT_FLAG: c,
    FLAG: c,
    COLLECTIVE_TITLE: c,
    COLLECTIVE_MERIT: c,
    INDIVIDUAL: { decree, annex, ...individual, layout: "INDIVIDUAL", confirmed: true },
  };
}

function form152(name: string, layout: ReportForm["layout"], confirmed: boolean): ReportForm {
  return { decree: "ND_152_2025", number: null, annex: ND152, name, layout, confirmed };
}

const DECREE_OF: Record<string, ReportDecree> = { "91/2017": "ND_91_2017", "98/2023": "ND_98_2023", "152/2025": "ND_152_2025" };

/** The decree in force on `day` (yyyy-MM-dd), from the register; null before NĐ 91/2017. */
export function reportDecreeOn(day: string): ReportDecree | null {
  const decree = legalBasisOn(day).decree;
  const key = decree && Object.keys(DECREE_OF).find((k) => decree.includes(`${k}/NĐ-CP`));
  return key ? DECREE_OF[key]! : null;
}

/** The form a report for `award` issued on `day` follows. Before NĐ 91/2017 the register has no annex: the same sections, no number. */
export function reportFormFor(award: AwardFormFacts, day: string): ReportForm {
  const kind = reportAwardKind(award);
  const decree = reportDecreeOn(day);
  if (!decree) {
    const layout = kind === "INDIVIDUAL" ? "INDIVIDUAL" : "COLLECTIVE";
    return { decree: null, number: null, annex: null, name: "Báo cáo thành tích", layout, confirmed: false };
  }
  return REPORT_FORMS[decree][kind];
}

/** "Mẫu số 02, Phụ lục I ban hành kèm theo Nghị định số 98/2023/NĐ-CP", or the form's name where its number is not known. */
export function reportFormReference(f: ReportForm): string | null {
  if (!f.annex) return null;
  return f.number ? `${f.number}, ${f.annex}` : `${f.name} (${f.annex})`;
}
