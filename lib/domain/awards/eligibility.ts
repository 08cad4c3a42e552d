/**
 * Who may be nominated for which award form (docs/domain/awards.md#eligibility-gates; edge cases 21 and 24). The gates
 * are data on each form (AwardForm.minBand, requiresRegistration, requiresPledge,
 * requiresNoDiscipline, prerequisiteCodes) so each province's rules can be entered; the facts
 * about an agency (its band and veto from the scoring results, its registration, its signature,
 * its titles, its discipline) are loaded by the server and passed in. Pure.
 *
 * A gated agency stays RANKED (lib/domain/scoring/ranking.ts); this only decides whether it may
 * be NOMINATED. Every failed gate gives one Vietnamese reason, so the page can say all of them.
 *
 * [I] defaults (docs/decisions/0009): the veto stops every collective form, not only the flags;
 * a prerequisite title counts when held or when proposed this year (edge case 24, "hold or be
 * proposed for"); an individual nomination checks the person's own discipline, not the agency's.
 */
import { shortMembershipNotes } from "./short-membership";
import { personRecordProblem, type PersonRecordRule } from "./person-record";
import { checkPrerequisites, type HeldTitle } from "./prerequisite";
import type { QuotaKind, Rounding } from "./quota";

export type { PersonRecordRule } from "./person-record";

export type AwardTarget = "COLLECTIVE" | "INDIVIDUAL";

/** The columns of AwardForm that the award rules read. */
export interface AwardFormRule {
  id: string;
  code: string;
  name: string;
  target: AwardTarget;
  isFlag: boolean;
  quotaKind: QuotaKind;
  quotaValue: number | string | null;
  quotaRounding: Rounding;
  minBand: string | null;
  requiresRegistration: boolean;
  requiresPledge: boolean;
  requiresNoDiscipline: boolean;
  prerequisiteCodes: readonly string[];
  /** The prerequisites count only within the last N years (lib/domain/awards/prerequisite). */
  prerequisiteWithinYears?: number | null;
}

/** Registration status (lib/domain/registration.ts); null when the agency has none this year. */
export type RegistrationState = "DRAFT" | "SUBMITTED" | "ACCEPTED" | "RETURNED" | null;

/** What is known about one agency this year. */
export interface AgencyFacts {
  agencyId: string;
  name: string;
  /** The band key reached (AgencyResult.band.band.key); null when there is no result yet. */
  bandKey: string | null;
  /** The scoring gates (AgencyResult.vetoed / vetoedBy — the codes of the veto criteria hit). */
  vetoed: boolean;
  vetoedBy?: readonly string[];
  registration: RegistrationState;
  /** Codes of the forms listed on the agency's registration (RegistrationTitle). */
  registeredCodes: readonly string[];
  /** Whether the bloc has a LOCKED pledge this year, and whether the agency's signature is on it. */
  pledgeLocked: boolean;
  pledgeSigned: boolean;
  /** Titles the agency itself holds, by year (decisions up to the year of achievement). */
  heldTitles: readonly HeldTitle[];
  /** Title codes the agency is proposed for this year (nominations PROPOSED or SENT). */
  pendingCodes?: readonly string[];
  /** Discipline facts of the year (docs/domain/awards.md#eligibility-gates: no collective discipline; nobody at cảnh cáo or above). */
  collectiveDisciplined: boolean;
  /** How many of its people were disciplined at the level that gates (default cảnh cáo) or above. */
  peopleDisciplined: number;
  /** The day it joined the bloc this year ("YYYY-MM-DD"), when not from the start of the year. */
  joinedOn?: string | null;
}

/** Discipline of an official, mildest first (Luật Cán bộ, công chức: khiển trách, cảnh cáo, …). */
export const DISCIPLINE_LEVELS = ["KHIEN_TRACH", "CANH_CAO", "HA_BAC_LUONG", "GIANG_CHUC", "CACH_CHUC", "BUOC_THOI_VIEC"] as const;
export type DisciplineLevel = (typeof DISCIPLINE_LEVELS)[number];
export const DISCIPLINE_LABELS: Record<DisciplineLevel, string> = {
  KHIEN_TRACH: "khiển trách",
  CANH_CAO: "cảnh cáo",
  HA_BAC_LUONG: "hạ bậc lương",
  GIANG_CHUC: "giáng chức",
  CACH_CHUC: "cách chức",
  BUOC_THOI_VIEC: "buộc thôi việc",
};

/** An individual nominee (Nomination.personName / personPosition). */
export interface PersonFacts {
  name: string;
  position: string | null;
  /** The heaviest discipline in force this year, or null. */
  discipline: DisciplineLevel | null;
  /** Titles and ratings held, by year (codes as the bloc uses them, e.g. "CSTDCS", "HTTNV"). */
  titles: readonly { code: string; year: number }[];
  /** Since when the person works at the nominating agency ("YYYY-MM-DD"), when known. */
  atAgencySince?: string | null;
}

export interface EligibilityRules {
  /** The bands best first (ScoringRules.bands: key and label). */
  bands: readonly { key: string; label: string }[];
  /** The year of achievement the nominations are for (windows of PersonRecordRule end here). */
  year: number;
  /** [I] Which forms the scoring veto stops: every collective form (default) or only the flags. */
  vetoStops?: "COLLECTIVE" | "FLAGS";
  /** [I] Whether a prerequisite proposed this year (not yet decided) counts — default true (docs/domain/edge-cases.md#case-24). */
  pendingPrerequisiteCounts?: boolean;
  /** [I] The lightest discipline that stops a person — default cảnh cáo (docs/domain/awards.md#eligibility-gates). */
  personDisciplineFrom?: DisciplineLevel;
  /** [I] Requirements on the person's record, by form code — none unless configured. */
  personRecord?: Readonly<Record<string, PersonRecordRule>>;
  /** Names of codes that are not forms of the catalogue (e.g. "HTTNV"), for the reasons. */
  codeLabels?: Readonly<Record<string, string>>;
}

export const GATES = ["BAND", "VETO", "REGISTRATION", "PLEDGE", "PREREQUISITE", "DISCIPLINE", "PERSON"] as const;
export type Gate = (typeof GATES)[number];

export interface Eligibility {
  eligible: boolean;
  /** One Vietnamese sentence per failed gate, in GATES order. */
  reasons: string[];
  failedGates: Gate[];
  /** Information that does not stop the nomination (e.g. a prerequisite still only proposed). */
  notes: string[];
}

const REGISTRATION_TEXT: Record<Exclude<RegistrationState, null>, string> = {
  DRAFT: "đang soạn, chưa gửi",
  SUBMITTED: "đã gửi nhưng chưa được tiếp nhận",
  RETURNED: "đã bị trả lại, chưa gửi lại",
  ACCEPTED: "đã được tiếp nhận",
};

function codeName(code: string, catalogue: readonly AwardFormRule[], rules: EligibilityRules): string {
  return catalogue.find((f) => f.code === code)?.name ?? rules.codeLabels?.[code] ?? code;
}

function bandGate(facts: AgencyFacts, form: AwardFormRule, rules: EligibilityRules): string | null {
  if (!form.minBand) return null;
  const required = rules.bands.findIndex((b) => b.key === form.minBand);
  if (required < 0) return `Mức xếp loại tối thiểu “${form.minBand}” của hình thức này không có trong thang xếp loại của năm; cần sửa cấu hình.`;
  const label = rules.bands[required].label;
  if (facts.bandKey === null) return `Chưa có kết quả xếp loại; hình thức này cần đạt mức “${label}”.`;
  const reached = rules.bands.findIndex((b) => b.key === facts.bandKey);
  if (reached < 0) return `Mức xếp loại “${facts.bandKey}” không có trong thang xếp loại của năm; hình thức này cần đạt mức “${label}”.`;
  if (reached > required) return `Chưa đạt mức xếp loại “${label}” (đạt “${rules.bands[reached].label}”).`;
  return null;
}

function prerequisiteGate(
  held: readonly HeldTitle[],
  pending: readonly string[],
  form: AwardFormRule,
  catalogue: readonly AwardFormRule[],
  rules: EligibilityRules,
  notes: string[],
): string | null {
  const check = checkPrerequisites(form, held, pending, rules.year, (code) => codeName(code, catalogue, rules), rules.pendingPrerequisiteCounts ?? true);
  notes.push(...check.pendingNotes);
  return check.missing;
}

/**
 * Whether the agency (and, for an individual form, the person) may be nominated for `form`.
 * `catalogue` names the prerequisite forms in the reasons.
 */
export function eligibility(
  facts: AgencyFacts,
  form: AwardFormRule,
  catalogue: readonly AwardFormRule[],
  rules: EligibilityRules,
  person?: PersonFacts | null,
): Eligibility {
  const failed: { gate: Gate; reason: string }[] = [];
  const notes: string[] = [];
  const fail = (gate: Gate, reason: string | null) => {
    if (reason) failed.push({ gate, reason });
  };
  const individual = form.target === "INDIVIDUAL";

  fail("BAND", bandGate(facts, form, rules));

  const vetoApplies = !individual && ((rules.vetoStops ?? "COLLECTIVE") === "COLLECTIVE" || form.isFlag);
  if (vetoApplies && facts.vetoed) {
    const which = facts.vetoedBy?.length ? ` (${facts.vetoedBy.join(", ")})` : "";
    fail("VETO", `Vi phạm điều kiện loại trừ trong bảng tiêu chí${which}: không được đề nghị khen thưởng, dù vẫn được xếp hạng.`);
  }

  if (form.requiresRegistration) {
    if (facts.registration === null) fail("REGISTRATION", "Chưa đăng ký thi đua năm nay.");
    else if (facts.registration !== "ACCEPTED") fail("REGISTRATION", `Bản đăng ký thi đua ${REGISTRATION_TEXT[facts.registration]}.`);
    else if (!facts.registeredCodes.includes(form.code)) fail("REGISTRATION", `Không đăng ký danh hiệu, hình thức “${form.name}” trong bản đăng ký thi đua.`);
  }

  if (form.requiresPledge) {
    if (!facts.pledgeLocked) fail("PLEDGE", "Giao ước thi đua của khối năm nay chưa được ký kết xong (chưa khóa).");
    else if (!facts.pledgeSigned) fail("PLEDGE", "Chưa ký giao ước thi đua của khối.");
  }

  if (individual && person) {
    // The person's own titles: held in the years the record shows, or proposed this year.
    const prereq = prerequisiteGate(person.titles, [], form, catalogue, rules, notes);
    fail("PREREQUISITE", prereq && `${person.name}: ${prereq.charAt(0).toLowerCase()}${prereq.slice(1)}`);
  } else if (!individual) {
    fail("PREREQUISITE", prerequisiteGate(facts.heldTitles, facts.pendingCodes ?? [], form, catalogue, rules, notes));
  }

  if (form.requiresNoDiscipline) {
    if (!individual) {
      const problems: string[] = [];
      if (facts.collectiveDisciplined) problems.push("tập thể bị kỷ luật");
      if (facts.peopleDisciplined > 0)
        problems.push(`${facts.peopleDisciplined} cá nhân bị kỷ luật từ mức ${DISCIPLINE_LABELS[rules.personDisciplineFrom ?? "CANH_CAO"]} trở lên`);
      if (problems.length) fail("DISCIPLINE", `Trong năm có ${problems.join(" và ")}.`);
    } else if (person?.discipline) {
      const from = DISCIPLINE_LEVELS.indexOf(rules.personDisciplineFrom ?? "CANH_CAO");
      if (DISCIPLINE_LEVELS.indexOf(person.discipline) >= from) {
        fail("DISCIPLINE", `${person.name} bị kỷ luật mức ${DISCIPLINE_LABELS[person.discipline]} trong năm.`);
      }
    }
  }

  if (individual && person) {
    const rule = rules.personRecord?.[form.code];
    if (rule)
      fail(
        "PERSON",
        personRecordProblem(person, rule, rules.year, (code) => codeName(code, catalogue, rules)),
      );
  }

  notes.push(...shortMembershipNotes(facts, individual ? person : null, rules.year));

  failed.sort((a, b) => GATES.indexOf(a.gate) - GATES.indexOf(b.gate));
  return { eligible: failed.length === 0, reasons: failed.map((f) => f.reason), failedGates: failed.map((f) => f.gate), notes };
}

export interface EligibilityRow {
  agencyId: string;
  name: string;
  /** By form id. */
  byForm: Record<string, Eligibility>;
}

export interface EligibilityMatrix {
  /** In the order given (e.g. the ranking: a gated agency keeps its place). */
  rows: EligibilityRow[];
  /** How many agencies each form could be proposed for, by form id. */
  eligibleCount: Record<string, number>;
}

/**
 * Every agency × every form of the bloc's year. For an individual form it answers whether the
 * agency may propose people for it at all (its own gates); each person is checked when nominated.
 */
export function eligibilityMatrix(agencies: readonly AgencyFacts[], forms: readonly AwardFormRule[], rules: EligibilityRules): EligibilityMatrix {
  const eligibleCount: Record<string, number> = Object.fromEntries(forms.map((f) => [f.id, 0]));
  const rows = agencies.map((facts) => {
    const byForm: Record<string, Eligibility> = {};
    for (const form of forms) {
      const e = eligibility(facts, form, forms, rules);
      byForm[form.id] = e;
      if (e.eligible) eligibleCount[form.id] += 1;
    }
    return { agencyId: facts.agencyId, name: facts.name, byForm };
  });
  return { rows, eligibleCount };
}
