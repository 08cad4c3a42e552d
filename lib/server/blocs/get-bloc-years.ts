import "server-only";
import { cycleStatus, type PhaseKey, type PhaseWindow } from "@/lib/domain/cycle-phase";
import { currentYear } from "@/lib/domain/landing";
import { can } from "@/lib/domain/permissions";
import { isoDay } from "@/lib/format";
import { requireUser } from "@/lib/server/auth/current-user";
import { authorize } from "@/lib/server/authz/authorize";
import { todayInVietnam } from "@/lib/server/clock";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";

export interface BlocYears {
  bloc: { id: string; code: string; name: string; province: string | null };
  currentYear: number | null;
  years: { year: number; members: number; open: PhaseKey[]; isFinished: boolean; hasPhases: boolean }[];
  /** Whether the user may open a year (any year: history, the next one ahead). */
  canCreateYear: boolean;
}

/** A bloc's years with their state today, newest first; NOT_FOUND for a bloc the user cannot reach. Two queries. */
export async function getBlocYears(code: string, today = todayInVietnam()): Promise<BlocYears> {
  const user = await requireUser();
  const bloc = await db().bloc.findUnique({
    where: { code },
    select: {
      id: true,
      code: true,
      name: true,
      province: { select: { name: true } },
      cycles: { select: { year: true, phases: { select: { key: true, opensOn: true, closesOn: true, reopenedUntil: true } } } },
    },
  });
  if (!bloc) throw new AppError("NOT_FOUND");
  authorize(user, "bloc:read", { blocId: bloc.id });
  const counts = await db().membership.groupBy({ by: ["year"], where: { blocId: bloc.id }, _count: { _all: true } });
  const years = bloc.cycles.map((c) => ({
    year: c.year,
    phases: c.phases.map((p): PhaseWindow => ({
      key: p.key as PhaseKey,
      opensOn: isoDay(p.opensOn),
      closesOn: isoDay(p.closesOn),
      reopenedUntil: p.reopenedUntil ? isoDay(p.reopenedUntil) : null,
    })),
  }));
  // A year with members but no cycle yet (members recorded first) is listed too.
  for (const c of counts) if (!years.some((y) => y.year === c.year)) years.push({ year: c.year, phases: [] });
  return {
    bloc: { id: bloc.id, code: bloc.code, name: bloc.name, province: bloc.province?.name ?? null },
    currentYear: currentYear(years, today),
    years: years
      .map((y) => {
        const status = cycleStatus(y.phases, today);
        return {
          year: y.year,
          members: counts.find((c) => c.year === y.year)?._count._all ?? 0,
          open: status.open,
          isFinished: status.isFinished,
          hasPhases: y.phases.length > 0,
        };
      })
      .sort((a, b) => b.year - a.year),
    canCreateYear: can(user, "calendar:manage", { blocId: bloc.id }),
  };
}
