import "server-only";
import {
  eligibility,
  eligibilityMatrix,
  recordRuleOf,
  DISCIPLINE_LEVELS,
  type AgencyFacts,
  type AwardFormRule,
  type DisciplineLevel,
  type Eligibility,
  type EligibilityMatrix,
  type EligibilityRules,
  type HeldTitle,
  type PersonFacts,
  type PersonRecordRule,
  type RegistrationState,
} from "@/lib/domain/awards";
import { PERSON_TITLE_LABELS } from "@/lib/domain/people/person-titles";
import { readSnapshot } from "@/lib/domain/publication";
import type { YearRules } from "@/lib/domain/year-rules";
import { isoDay, sortVi } from "@/lib/format";
import type { Prisma } from "@/lib/generated/prisma/client";
import { loadPersonTitles } from "@/lib/server/people/internal/person-titles";

/** A bounded set of queries (7, whatever the number of agencies or forms) → the facts of every member agency. */
export interface EligibilityContext {
  cycleId: string;
  year: number;
  forms: AwardFormRule[];
  agencies: AgencyFacts[];
  rules: EligibilityRules;
  /** The latest published version, or null when nothing is published yet. */
  publishedVersion: number | null;
  memberCount: number;
  /** The titles held by the people asked for (loadEligibilityContext's `personIds`), by person. */
  personTitles: ReadonlyMap<string, readonly { code: string; year: number }[]>;
  /** Since when each person works at each agency (PersonAgency.fromOn), by person then agency; only known days. */
  personSince: ReadonlyMap<string, ReadonlyMap<string, string>>;
}

type Client = Prisma.TransactionClient;

export const NOT_PUBLISHED = (year: number) => `Kết quả thi đua năm ${year} chưa được công bố: chưa xét được mức xếp loại và điều kiện loại trừ.`;

export function toFormRule(f: {
  id: string;
  code: string;
  name: string;
  target: "COLLECTIVE" | "INDIVIDUAL";
  isFlag: boolean;
  quotaKind: "NONE" | "COUNT" | "PERCENT_OF_MEMBERS";
  quotaValue: { toString(): string } | null;
  quotaRounding: "FLOOR" | "CEIL" | "HALF_UP";
  minBand: string | null;
  requiresRegistration: boolean;
  requiresPledge: boolean;
  requiresNoDiscipline: boolean;
  prerequisiteCodes: string[];
}): AwardFormRule {
  return { ...f, quotaValue: f.quotaValue === null ? null : f.quotaValue.toString() };
}

export const FORM_RULE_SELECT = {
  id: true,
  code: true,
  name: true,
  target: true,
  isFlag: true,
  quotaKind: true,
  quotaValue: true,
  quotaRounding: true,
  minBand: true,
  requiresRegistration: true,
  requiresPledge: true,
  requiresNoDiscipline: true,
  prerequisiteCodes: true,
  prerequisiteWithinYears: true,
  order: true,
  recordYears: true,
  recordCodes: true,
  recordMinCode: true,
  recordMinCount: true,
} as const;

/**
 * The facts the award gates read, from the database (docs/decisions/0009): band and veto from
 * the LATEST PUBLISHED results (nothing published → the results gates fail with NOT_PUBLISHED),
 * the accepted registration's titles, the signature on the locked pledge, titles held from
 * award decisions not cancelled (any year up to this one), titles proposed this year.
 * Discipline: the schema has no discipline records yet; the scoring veto (LT1/LT2) already
 * stops a disciplined agency through the VETO gate, so both discipline facts are false here.
 * `personIds`: the people whose titles the individual gates read (docs/decisions/0036), up to this year.
 */
export async function loadEligibilityContext(
  client: Client,
  cycle: { id: string; blocId: string; year: number; rules: YearRules },
  personIds: readonly (string | null)[] = [],
): Promise<EligibilityContext> {
  // One query at a time: the nomination use cases pass their transaction, which holds a single connection.
  const members = await client.membership.findMany({
    where: { blocId: cycle.blocId, year: cycle.year },
    select: { agencyId: true, joinedOn: true, agency: { select: { name: true } } },
  });
  const forms = await client.awardForm.findMany({ where: { cycleId: cycle.id }, select: FORM_RULE_SELECT, orderBy: [{ order: "asc" }, { code: "asc" }] });
  const registrations = await client.registration.findMany({
    where: { cycleId: cycle.id },
    select: { agencyId: true, status: true, titles: { select: { awardForm: { select: { code: true } } } } },
  });
  const pledge = await client.pledge.findFirst({
    where: { cycleId: cycle.id, status: { not: "SUPERSEDED" } },
    orderBy: { version: "desc" },
    select: { status: true, signatures: { select: { agencyId: true } } },
  });
  const publication = await client.resultPublication.findFirst({
    where: { cycleId: cycle.id },
    orderBy: { version: "desc" },
    select: { version: true, snapshot: true },
  });
  const pending = await client.nomination.findMany({
    where: { cycleId: cycle.id, target: "COLLECTIVE", collectiveName: null, status: { in: ["PROPOSED", "SENT"] } },
    select: { agencyId: true, awardForm: { select: { code: true } } },
  });
  const held = await client.decisionItem.findMany({
    where: {
      decision: { cancelledAt: null, cycle: { year: { lte: cycle.year } } },
      outcome: { in: ["APPROVED", "CHANGED"] },
      personName: null,
      collectiveName: null,
      agency: { memberships: { some: { blocId: cycle.blocId, year: cycle.year } } },
    },
    select: {
      agencyId: true,
      outcome: true,
      awardForm: { select: { code: true } },
      changedToForm: { select: { code: true } },
      decision: { select: { cycle: { select: { year: true } } } },
    },
  });

  const snapshot = publication ? readSnapshot(publication.snapshot) : null;
  const resultByAgency = new Map((snapshot?.rows ?? []).map((r) => [r.agencyId, r]));
  const regByAgency = new Map(registrations.map((r) => [r.agencyId, r]));
  const signed = new Set(pledge?.status === "LOCKED" ? pledge.signatures.map((s) => s.agencyId) : []);
  const codesBy = (rows: { agencyId: string; code: string }[]) => {
    const map = new Map<string, string[]>();
    for (const r of rows) map.set(r.agencyId, [...(map.get(r.agencyId) ?? []), r.code]);
    return map;
  };
  const pendingBy = codesBy(pending.map((p) => ({ agencyId: p.agencyId, code: p.awardForm.code })));
  // The year a title is held in is the year of achievement of the decision's cycle.
  const heldBy = new Map<string, HeldTitle[]>();
  for (const h of held) {
    const code = h.outcome === "CHANGED" && h.changedToForm ? h.changedToForm.code : h.awardForm.code;
    heldBy.set(h.agencyId, [...(heldBy.get(h.agencyId) ?? []), { code, year: h.decision.cycle.year }]);
  }

  // The ranking order when published (a gated agency keeps its place), then the rest by name.
  const rank = new Map((snapshot?.rows ?? []).map((r, i) => [r.agencyId, i]));
  const ordered = [
    ...members.filter((m) => rank.has(m.agencyId)).sort((a, b) => rank.get(a.agencyId)! - rank.get(b.agencyId)!),
    ...sortVi(
      members.filter((m) => !rank.has(m.agencyId)),
      (m) => m.agency.name,
    ),
  ];

  const agencies: AgencyFacts[] = ordered.map((m) => {
    const result = resultByAgency.get(m.agencyId);
    const reg = regByAgency.get(m.agencyId);
    const vetoedBy = result ? (snapshot?.criteria ?? []).filter((c) => result.cells[c.id]?.vetoed).map((c) => c.code) : [];
    return {
      agencyId: m.agencyId,
      name: m.agency.name,
      bandKey: result?.bandKey ?? null,
      vetoed: result?.vetoed ?? false,
      vetoedBy,
      registration: (reg?.status ?? null) as RegistrationState,
      registeredCodes: reg ? reg.titles.map((t) => t.awardForm.code) : [],
      pledgeLocked: pledge?.status === "LOCKED",
      pledgeSigned: signed.has(m.agencyId),
      heldTitles: heldBy.get(m.agencyId) ?? [],
      pendingCodes: pendingBy.get(m.agencyId) ?? [],
      collectiveDisciplined: false,
      peopleDisciplined: 0,
      joinedOn: m.joinedOn ? isoDay(m.joinedOn) : null,
    };
  });

  const bands = cycle.rules.bands.map((b) => ({ key: b.key, label: b.label }));
  const personRecord: Record<string, PersonRecordRule> = {};
  for (const f of forms) {
    const rule = f.target === "INDIVIDUAL" ? recordRuleOf(f) : null;
    if (rule) personRecord[f.code] = rule;
  }
  return {
    cycleId: cycle.id,
    year: cycle.year,
    forms: forms.map(({ order: _order, recordYears: _y, recordCodes: _c, recordMinCode: _m, recordMinCount: _n, ...f }) => toFormRule(f)),
    agencies,
    rules: { bands, year: cycle.year, personRecord, codeLabels: PERSON_TITLE_LABELS },
    publishedVersion: snapshot ? (publication?.version ?? null) : null,
    memberCount: members.length,
    personTitles: await loadPersonTitles(client, personIds, cycle.year),
    personSince: await loadPersonSince(client, personIds),
  };
}

/** Since when the nominated people work at each agency, where the register knows it. One query, none without people. */
async function loadPersonSince(client: Client, personIds: readonly (string | null)[]): Promise<Map<string, Map<string, string>>> {
  const ids = [...new Set(personIds.filter((id): id is string => !!id))];
  const since = new Map<string, Map<string, string>>();
  if (ids.length === 0) return since;
  const rows = await client.personAgency.findMany({
    where: { personId: { in: ids }, fromOn: { not: null } },
    select: { personId: true, agencyId: true, fromOn: true },
  });
  for (const r of rows) {
    const byAgency = since.get(r.personId) ?? new Map<string, string>();
    const day = isoDay(r.fromOn!);
    // Several stints at one agency: the latest start is the one that counts this year.
    if (!byAgency.has(r.agencyId) || byAgency.get(r.agencyId)! < day) byAgency.set(r.agencyId, day);
    since.set(r.personId, byAgency);
  }
  return since;
}

/** The results gates need published results: without them they fail with NOT_PUBLISHED. */
function withPublication(e: Eligibility, form: AwardFormRule, ctx: EligibilityContext): Eligibility {
  if (ctx.publishedVersion !== null) return e;
  const needsResults = form.minBand !== null || form.target === "COLLECTIVE";
  if (!needsResults) return e;
  const rest = e.failedGates.map((gate, i) => ({ gate, reason: e.reasons[i]! })).filter((f) => f.gate !== "BAND");
  return {
    eligible: false,
    failedGates: ["BAND", ...rest.map((f) => f.gate)],
    reasons: [NOT_PUBLISHED(ctx.year), ...rest.map((f) => f.reason)],
    notes: e.notes,
  };
}

/**
 * One agency × one form (the agency's own gates, for a collective or for proposing people), or one
 * nomination's eligibility. An individual nomination also passes the person's facts: the
 * discipline the agency declared on the nomination, and the titles of the person it names
 * (ctx.personTitles; a nominee typed before people existed and never linked has none).
 */
export function eligibilityOf(
  ctx: EligibilityContext,
  agencyId: string,
  formId: string,
  person?: { personId?: string | null; personName: string | null; personPosition: string | null; personDiscipline: string | null } | null,
): Eligibility {
  const form = ctx.forms.find((f) => f.id === formId);
  const facts = ctx.agencies.find((a) => a.agencyId === agencyId);
  if (!form || !facts) {
    return { eligible: false, reasons: ["Cơ quan không phải thành viên của khối năm nay."], failedGates: ["REGISTRATION"], notes: [] };
  }
  const personFacts: PersonFacts | undefined = person?.personName
    ? {
        name: person.personName,
        position: person.personPosition,
        discipline: (DISCIPLINE_LEVELS as readonly string[]).includes(person.personDiscipline ?? "") ? (person.personDiscipline as DisciplineLevel) : null,
        titles: (person.personId && ctx.personTitles.get(person.personId)) || [],
        atAgencySince: (person.personId && ctx.personSince.get(person.personId)?.get(agencyId)) || null,
      }
    : undefined;
  return withPublication(eligibility(facts, form, ctx.forms, ctx.rules, personFacts), form, ctx);
}

export function matrixOf(ctx: EligibilityContext): EligibilityMatrix {
  const matrix = eligibilityMatrix(ctx.agencies, ctx.forms, ctx.rules);
  if (ctx.publishedVersion !== null) return matrix;
  const eligibleCount: Record<string, number> = Object.fromEntries(ctx.forms.map((f) => [f.id, 0]));
  const rows = matrix.rows.map((row) => {
    const byForm: Record<string, Eligibility> = {};
    for (const form of ctx.forms) {
      byForm[form.id] = withPublication(row.byForm[form.id]!, form, ctx);
      if (byForm[form.id]!.eligible) eligibleCount[form.id]! += 1;
    }
    return { ...row, byForm };
  });
  return { rows, eligibleCount };
}
