import "server-only";
import { can } from "@/lib/domain/permissions";
import type { ProgressStatus } from "@/lib/domain/progress";
import { requireUser } from "@/lib/server/auth/current-user";
import { authorize } from "@/lib/server/authz/authorize";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { loadSignedPledge, type SignedCommitment } from "./signed-pledge";

export interface ReportedProgress {
  status: ProgressStatus;
  value: number | null;
  note: string | null;
  /** What the form sends back, for optimistic concurrency. */
  version: number;
  updatedAt: Date;
  files: { id: string; name: string; sizeBytes: number }[];
}

export interface AgencyProgress {
  agency: { id: string; name: string };
  pledge: { id: string; version: number; title: string } | null;
  /** Whether the caller may report for this agency (the phase is checked separately). */
  canEdit: boolean;
  items: { commitment: SignedCommitment; progress: ReportedProgress | null }[];
}

/**
 * One member agency's progress on each commitment of the signed pledge, for
 * the agency's own users (and those who read every agency). An agency that
 * is not a member that year, or that the caller may not see, is NOT_FOUND.
 */
export async function getAgencyProgress(blocId: string, year: number, agencyId: string): Promise<AgencyProgress> {
  const user = await requireUser();
  authorize(user, ["progress:edit:own", "progress:read-all"], { blocId, agencyId }, { hidden: true });
  const canEdit = can(user, "progress:edit:own", { blocId, agencyId });
  const [membership, pledge] = await Promise.all([
    db().membership.findUnique({ where: { blocId_agencyId_year: { blocId, agencyId, year } }, select: { agency: { select: { id: true, name: true } } } }),
    loadSignedPledge(db(), blocId, year),
  ]);
  if (!membership) throw new AppError("NOT_FOUND");
  if (!pledge) return { agency: membership.agency, pledge: null, canEdit, items: [] };

  const rows = await db().commitmentProgress.findMany({
    where: { agencyId, commitmentId: { in: pledge.commitments.map((c) => c.id) } },
    select: {
      commitmentId: true,
      status: true,
      value: true,
      note: true,
      version: true,
      updatedAt: true,
      files: { select: { id: true, originalName: true, sizeBytes: true }, orderBy: { createdAt: "asc" } },
    },
  });
  const byCommitment = new Map(rows.map((r) => [r.commitmentId, r]));
  return {
    agency: membership.agency,
    pledge: { id: pledge.id, version: pledge.version, title: pledge.title },
    canEdit,
    items: pledge.commitments.map((commitment) => {
      const r = byCommitment.get(commitment.id);
      return {
        commitment,
        progress: r
          ? {
              status: r.status as ProgressStatus,
              value: r.value === null ? null : r.value.toNumber(),
              note: r.note,
              version: r.version,
              updatedAt: r.updatedAt,
              files: r.files.map((f) => ({ id: f.id, name: f.originalName, sizeBytes: f.sizeBytes })),
            }
          : null,
      };
    }),
  };
}
