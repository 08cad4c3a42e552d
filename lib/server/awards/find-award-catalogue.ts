import "server-only";
import { can } from "@/lib/domain/permissions";
import { parseYearRules } from "@/lib/domain/year-rules";
import { requireUser } from "@/lib/server/auth/current-user";
import { authorize } from "@/lib/server/authz/authorize";
import { db } from "@/lib/server/db";

export interface CatalogueForm {
  id: string;
  code: string;
  name: string;
  target: "COLLECTIVE" | "INDIVIDUAL";
  authorityKind: string;
  authorityName: string;
  isFlag: boolean;
  quotaKind: "NONE" | "COUNT" | "PERCENT_OF_MEMBERS";
  quotaValue: string | null;
  quotaRounding: "FLOOR" | "CEIL" | "HALF_UP";
  minBand: string | null;
  requiresRegistration: boolean;
  requiresPledge: boolean;
  requiresNoDiscipline: boolean;
  prerequisiteCodes: string[];
  prerequisiteWithinYears: number | null;
  /** The person's record rule (lib/domain/awards/person-record.ts); null years = none. */
  recordYears: number | null;
  recordCodes: string[];
  recordMinCode: string | null;
  recordMinCount: number | null;
  order: number;
  /** Nominations of the form (any status) and how many were SENT: a form with SENT ones is frozen. */
  nominationCount: number;
  sentCount: number;
}

export interface AwardCatalogue {
  cycleId: string;
  canManage: boolean;
  bands: { key: string; label: string }[];
  forms: CatalogueForm[];
  /** Whether last year's bloc has a catalogue to copy. */
  lastYearCount: number;
}

/** The catalogue page (khen-thuong/danh-muc): every column of every form. null without a cycle. Four queries. */
export async function findAwardCatalogue(blocId: string, year: number): Promise<AwardCatalogue | null> {
  const user = await requireUser();
  authorize(user, "bloc:read", { blocId });
  const cycle = await db().cycle.findUnique({ where: { blocId_year: { blocId, year } }, select: { id: true, rules: true } });
  if (!cycle) return null;
  const [forms, sent, lastYearCount] = await Promise.all([
    db().awardForm.findMany({
      where: { cycleId: cycle.id },
      include: { _count: { select: { nominations: true } } },
      orderBy: [{ order: "asc" }, { code: "asc" }],
    }),
    db().nomination.groupBy({ by: ["awardFormId"], where: { cycleId: cycle.id, status: "SENT" }, _count: { _all: true } }),
    db().awardForm.count({ where: { cycle: { blocId, year: year - 1 } } }),
  ]);
  const sentBy = new Map(sent.map((s) => [s.awardFormId, s._count._all]));
  return {
    cycleId: cycle.id,
    canManage: can(user, "cycle:manage", { blocId }),
    bands: parseYearRules(cycle.rules).bands.map((b) => ({ key: b.key, label: b.label })),
    lastYearCount,
    forms: forms.map(({ _count, cycleId: _c, quotaValue, ...f }) => ({
      ...f,
      quotaValue: quotaValue === null ? null : quotaValue.toString(),
      nominationCount: _count.nominations,
      sentCount: sentBy.get(f.id) ?? 0,
    })),
  };
}
