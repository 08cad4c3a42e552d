import "server-only";
import { can } from "@/lib/domain/permissions";
import type { Principal } from "@/lib/domain/roles";
import { mayVerify, ownAgencyIds } from "@/lib/domain/verification";
import { requireUser } from "@/lib/server/auth/current-user";
import { authorize } from "@/lib/server/authz/authorize";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { loadYearOfficers } from "@/lib/server/verification/verification-context";
import { readFileBytes } from "./store";

/**
 * A stored file for download, only to users of its bloc. Evidence of an agency's record is
 * further limited:
 * - a score entry's evidence: the agency itself, whoever reads every sheet, the agency's
 *   verifier (lib/domain/verification), and — in a year scored by cross-scoring — the users of
 *   every OTHER member agency of that bloc-year who cross-score ("score:cross:own");
 * - a progress report's evidence: the agency itself and whoever reads every agency's progress;
 * - an objection's evidence: the objecting agency and whoever reads every sheet;
 * - a role model's evidence: whoever reads the bloc's role-model register;
 * - an activity's files (plan, result notice, photos): every reader of the bloc, as the activities
 *   page (docs/decisions/0040) — the bloc check above is the whole check.
 */
export async function getFile(id: string) {
  const user = await requireUser();
  const file = await db().storedFile.findUnique({
    where: { id },
    select: {
      blocId: true,
      originalName: true,
      mimeType: true,
      storageKey: true,
      scoreEntry: { select: { sheet: { select: { agencyId: true, cycle: { select: { year: true, scoringMode: true } } } } } },
      progress: { select: { agencyId: true } },
      objection: { select: { agencyId: true } },
      roleModelId: true,
    },
  });
  if (!file) throw new AppError("NOT_FOUND");
  authorize(user, "bloc:read", { blocId: file.blocId });
  const blocId = file.blocId;
  const sheet = file.scoreEntry?.sheet;
  if (sheet && !can(user, "score:read-all", { blocId }) && !can(user, "score:edit:own", { blocId, agencyId: sheet.agencyId })) {
    const reads = (await readsAsVerifier(user, blocId, sheet)) || (await readsAsCrossScorer(user, blocId, sheet));
    if (!reads) throw new AppError("NOT_FOUND");
  }
  const progressAgency = file.progress?.agencyId;
  if (progressAgency) authorize(user, ["progress:read-all", "progress:edit:own"], { blocId, agencyId: progressAgency }, { hidden: true });
  const objectionAgency = file.objection?.agencyId;
  if (objectionAgency) authorize(user, ["score:read-all", "objection:create:own"], { blocId, agencyId: objectionAgency }, { hidden: true });
  // A role model's evidence is read by whoever reads the register (docs/decisions/0039).
  if (file.roleModelId) authorize(user, "rolemodel:read", { blocId }, { hidden: true });
  return { name: file.originalName, mimeType: file.mimeType, bytes: await readFileBytes(file.storageKey) };
}

type EvidenceSheet = { agencyId: string; cycle: { year: number; scoringMode: string } };

async function readsAsVerifier(user: Principal, blocId: string, sheet: EvidenceSheet): Promise<boolean> {
  if (sheet.cycle.scoringMode !== "VERIFICATION") return false;
  return mayVerify(user, blocId, sheet.agencyId, await loadYearOfficers(db(), blocId, sheet.cycle.year));
}

/** A cross-scorer of another member agency of the same bloc-year reads the evidence it scores. */
async function readsAsCrossScorer(user: Principal, blocId: string, sheet: EvidenceSheet): Promise<boolean> {
  if (sheet.cycle.scoringMode !== "CROSS_SCORING") return false;
  const mine = [...ownAgencyIds(user)].filter((agencyId) => agencyId !== sheet.agencyId && can(user, "score:cross:own", { blocId, agencyId }));
  if (mine.length === 0) return false;
  const member = await db().membership.findFirst({ where: { blocId, year: sheet.cycle.year, agencyId: { in: mine } }, select: { id: true } });
  return member !== null;
}
