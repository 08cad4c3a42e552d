import "server-only";
import { checkPhaseOpen, type PhaseCheck, type PhaseKey } from "@/lib/domain/cycle-phase";
import { can } from "@/lib/domain/permissions";
import { checkDraftingOpen, type PledgeStatus } from "@/lib/domain/pledge";
import { isoDay, sortVi } from "@/lib/format";
import { requireUser } from "@/lib/server/auth/current-user";
import { authorize } from "@/lib/server/authz/authorize";
import { todayInVietnam } from "@/lib/server/clock";
import { db } from "@/lib/server/db";
import { loadCriteriaOptions, type CriterionOption } from "./criteria-options";
import { loadPledgeView, type PledgeView } from "./pledge-view";

export interface MeetingPrefill {
  id: string;
  heldOn: string;
  place: string;
  chairName: string;
  presentAgencyIds: string[];
}

export interface PledgeWorkspace {
  hasCycle: boolean;
  current: PledgeView | null;
  versions: { version: number; status: PledgeStatus; changeReason: string | null; lockedAt: Date | null }[];
  /** null: the year has no criteria table yet. */
  criteriaOptions: CriterionOption[] | null;
  members: { agencyId: string; name: string }[];
  drafting: PhaseCheck;
  signing: PhaseCheck;
  canManage: boolean;
  /** Members without a signature on the current version that this user may sign for. */
  signableAgencyIds: string[];
  /** The signing meeting to show in the form: the version's own, else the cycle's latest unused one. */
  meetingPrefill: MeetingPrefill | null;
}

/** Everything the pledge page shows and offers to the signed-in user. */
export async function getPledgeWorkspace(blocId: string, year: number): Promise<PledgeWorkspace> {
  const user = await requireUser();
  authorize(user, "bloc:read", { blocId });
  const cycle = await db().cycle.findUnique({ where: { blocId_year: { blocId, year } }, select: { id: true, phases: true } });
  const [current, versions, criteriaOptions, members, meetings] = await Promise.all([
    loadPledgeView(blocId, year),
    db().pledge.findMany({
      where: { cycle: { blocId, year } },
      orderBy: { version: "desc" },
      select: { version: true, status: true, changeReason: true, lockedAt: true },
    }),
    cycle ? loadCriteriaOptions(db(), cycle.id) : null,
    db().membership.findMany({ where: { blocId, year }, select: { agency: { select: { id: true, name: true } } } }),
    db().meeting.findMany({
      where: { cycle: { blocId, year }, kind: "PLEDGE_SIGNING", pledges: { none: { status: { in: ["LOCKED", "SUPERSEDED"] } } } },
      orderBy: { heldOn: "desc" },
      take: 1,
      select: { id: true, heldOn: true, place: true, chairName: true, attendances: { select: { agencyId: true, status: true } } },
    }),
  ]);
  const phases = (cycle?.phases ?? []).map((p) => ({
    key: p.key as PhaseKey,
    opensOn: isoDay(p.opensOn),
    closesOn: isoDay(p.closesOn),
    reopenedUntil: p.reopenedUntil ? isoDay(p.reopenedUntil) : null,
  }));
  const today = todayInVietnam();
  const canManage = can(user, "pledge:manage", { blocId });
  const unsigned = current?.status === "SIGNING" ? current.signatures.filter((r) => r.signature === null).map((r) => r.agencyId) : [];
  const spare = meetings[0];
  return {
    hasCycle: cycle !== null,
    current,
    versions,
    criteriaOptions,
    members: sortVi(
      members.map((m) => ({ agencyId: m.agency.id, name: m.agency.name })),
      (m) => m.name,
    ),
    drafting: checkDraftingOpen(phases, today),
    signing: checkPhaseOpen(phases, "PLEDGE_SIGNING", today),
    canManage,
    signableAgencyIds: unsigned.filter((agencyId) => canManage || can(user, "signature:record:own", { blocId, agencyId })),
    meetingPrefill:
      current?.meeting ??
      (spare
        ? {
            id: spare.id,
            heldOn: isoDay(spare.heldOn),
            place: spare.place,
            chairName: spare.chairName,
            presentAgencyIds: spare.attendances.filter((a) => a.status !== "ABSENT").map((a) => a.agencyId),
          }
        : null),
  };
}
