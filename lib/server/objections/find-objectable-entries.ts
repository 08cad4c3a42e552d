import "server-only";
import { checkPhaseOpen, type PhaseCheck, type PhaseKey } from "@/lib/domain/cycle-phase";
import { checkCanObject, type SheetStatus } from "@/lib/domain/objection";
import { can } from "@/lib/domain/permissions";
import { isoDay } from "@/lib/format";
import { requireUser } from "@/lib/server/auth/current-user";
import { authorize } from "@/lib/server/authz/authorize";
import { todayInVietnam } from "@/lib/server/clock";
import { db } from "@/lib/server/db";

export interface ObjectableEntry {
  entryId: string;
  code: string;
  name: string;
  type: string;
  minPoints: number;
  maxPoints: number;
  isNA: boolean;
  selfPoints: number | null;
  verifiedPoints: number | null;
  finalPoints: number | null;
  actual: number | null;
  target: number | null;
  verifiedActual: number | null;
  verifiedTarget: number | null;
  verifyReason: string | null;
  /** Why this entry cannot be objected to now (null: it can). */
  blockedBy: string | null;
}

export interface AgencyObjectables {
  agencyId: string;
  agencyName: string;
  sheetStatus: SheetStatus | null;
  entries: ObjectableEntry[];
}

const num = (d: { toNumber(): number } | null) => (d === null ? null : d.toNumber());

/**
 * The caller's own agencies' sheets on the cycle's latest LOCKED table, self and verified values
 * side by side, with whether each entry can be objected to now, and whether the OBJECTION
 * phase is open. null for users without "objection:create:own" in the bloc. Two queries.
 */
export async function findObjectableEntries(blocId: string, year: number): Promise<{ phase: PhaseCheck; agencies: AgencyObjectables[] } | null> {
  const user = await requireUser();
  authorize(user, "bloc:read", { blocId });
  const own = [
    ...new Set(user.grants.filter((g) => g.agencyId && can(user, "objection:create:own", { blocId, agencyId: g.agencyId })).map((g) => g.agencyId!)),
  ];
  if (own.length === 0) return null;

  const [cycle, members] = await Promise.all([
    db().cycle.findUnique({
      where: { blocId_year: { blocId, year } },
      select: {
        scoringMode: true,
        phases: { select: { key: true, opensOn: true, closesOn: true, reopenedUntil: true } },
        criteriaTables: {
          where: { status: "LOCKED" },
          orderBy: { version: "desc" },
          take: 1,
          select: {
            sheets: {
              where: { agencyId: { in: own } },
              select: {
                agencyId: true,
                status: true,
                entries: {
                  select: {
                    id: true,
                    isNA: true,
                    minPoints: true,
                    maxPoints: true,
                    selfPoints: true,
                    verifiedPoints: true,
                    finalPoints: true,
                    actual: true,
                    target: true,
                    verifiedActual: true,
                    verifiedTarget: true,
                    verifyReason: true,
                    criterion: {
                      select: { code: true, name: true, type: true, order: true, parent: { select: { order: true, parent: { select: { order: true } } } } },
                    },
                    objections: { where: { status: "OPEN" }, select: { id: true } },
                  },
                },
              },
            },
          },
        },
      },
    }),
    db().membership.findMany({ where: { blocId, year, agencyId: { in: own } }, select: { agency: { select: { id: true, name: true } } } }),
  ]);
  if (!cycle) return null;
  const phase = checkPhaseOpen(
    cycle.phases.map((p) => ({
      key: p.key as PhaseKey,
      opensOn: isoDay(p.opensOn),
      closesOn: isoDay(p.closesOn),
      reopenedUntil: p.reopenedUntil ? isoDay(p.reopenedUntil) : null,
    })),
    "OBJECTION",
    todayInVietnam(),
  );
  const sheets = new Map((cycle.criteriaTables[0]?.sheets ?? []).map((s) => [s.agencyId, s]));
  const agencies = members.map(({ agency }) => {
    const sheet = sheets.get(agency.id);
    const entries = (sheet?.entries ?? [])
      .filter((e) => e.criterion.type !== "GROUP")
      .sort((a, b) => compareTreePath(treePath(a.criterion), treePath(b.criterion)) || a.criterion.code.localeCompare(b.criterion.code))
      .map((e) => {
        const rule = checkCanObject({
          scoringMode: cycle.scoringMode,
          sheetStatus: sheet!.status,
          criterionType: e.criterion.type,
          hasOpenObjection: e.objections.length > 0,
        });
        return {
          entryId: e.id,
          code: e.criterion.code,
          name: e.criterion.name,
          type: e.criterion.type,
          minPoints: e.minPoints.toNumber(),
          maxPoints: e.maxPoints.toNumber(),
          isNA: e.isNA,
          selfPoints: num(e.selfPoints),
          verifiedPoints: num(e.verifiedPoints),
          finalPoints: num(e.finalPoints),
          actual: num(e.actual),
          target: num(e.target),
          verifiedActual: num(e.verifiedActual),
          verifiedTarget: num(e.verifiedTarget),
          verifyReason: e.verifyReason,
          blockedBy: rule.ok ? null : rule.message,
        };
      });
    return { agencyId: agency.id, agencyName: agency.name, sheetStatus: sheet?.status ?? null, entries };
  });
  return { phase, agencies };
}

type TreeNode = { order: number; parent: { order: number; parent: { order: number } | null } | null };

/** The sibling orders from the root down (tables are at most three levels deep): the sheet's reading order. */
function treePath(c: TreeNode): number[] {
  const path = [c.order];
  if (c.parent) path.unshift(c.parent.order);
  if (c.parent?.parent) path.unshift(c.parent.parent.order);
  return path;
}

function compareTreePath(a: number[], b: number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i] - b[i];
  return a.length - b.length;
}
