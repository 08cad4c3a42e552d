import "server-only";
import type { PhaseKey, PhaseWindow } from "@/lib/domain/cycle-phase";
import { cycleStatus } from "@/lib/domain/cycle-phase";
import { currentYear } from "@/lib/domain/landing";
import { reachableBlocIds } from "@/lib/domain/roles";
import { compareVi, isoDay } from "@/lib/format";
import type { CurrentUser } from "@/lib/server/auth/load-principal";
import { todayInVietnam } from "@/lib/server/clock";
import { db } from "@/lib/server/db";

export interface BlocOverview {
  code: string;
  name: string;
  level: string;
  province: { code: string; name: string } | null;
  /** The bloc's year to open today (lib/domain/landing), null without years. */
  currentYear: number | null;
  years: number[];
  open: PhaseKey[];
  /** The nearest deadline of the current year: a phase closing or opening. */
  nextDeadline: { key: PhaseKey; kind: "CLOSES" | "OPENS"; on: string } | null;
  isFinished: boolean;
  /** The user holds a bloc role here (not only through an agency or the council). */
  direct: boolean;
}

/**
 * Every bloc the user reaches, with the year to open today and that year's
 * open phases and next deadline; sorted by name. One query whatever the
 * number of blocs.
 */
export async function findBlocOverview(user: CurrentUser, today = todayInVietnam()): Promise<BlocOverview[]> {
  const ids = reachableBlocIds(user);
  const blocs = await db().bloc.findMany({
    where: ids === null ? {} : { id: { in: [...ids] } },
    select: {
      id: true,
      code: true,
      name: true,
      level: true,
      province: { select: { code: true, name: true } },
      cycles: { select: { year: true, phases: { select: { key: true, opensOn: true, closesOn: true, reopenedUntil: true } } } },
    },
  });
  const directIds = new Set(user.grants.map((g) => g.blocId).filter(Boolean));
  return blocs
    .map((b) => {
      const years = b.cycles.map((c) => ({
        year: c.year,
        phases: c.phases.map((p): PhaseWindow => ({
          key: p.key as PhaseKey,
          opensOn: isoDay(p.opensOn),
          closesOn: isoDay(p.closesOn),
          reopenedUntil: p.reopenedUntil ? isoDay(p.reopenedUntil) : null,
        })),
      }));
      const year = currentYear(years, today);
      const status = cycleStatus(years.find((y) => y.year === year)?.phases ?? [], today);
      return {
        code: b.code,
        name: b.name,
        level: b.level,
        province: b.province,
        currentYear: year,
        years: years.map((y) => y.year).sort((a, b) => b - a),
        open: status.open,
        nextDeadline: status.deadlines[0] ?? null,
        isFinished: status.isFinished,
        direct: directIds.has(b.id),
      };
    })
    .sort((a, b) => compareVi(a.name, b.name));
}

/**
 * Where a bloc or agency user lands: their bloc's current year, preferring a
 * bloc where a phase is open today, then a bloc they hold a bloc role in.
 */
export function landingBloc(blocs: readonly BlocOverview[]): BlocOverview | null {
  const withYear = blocs.filter((b) => b.currentYear !== null);
  const rank = (b: BlocOverview) => (b.open.length > 0 ? 0 : 2) + (b.direct ? 0 : 1);
  return [...withYear].sort((a, b) => rank(a) - rank(b))[0] ?? null;
}
