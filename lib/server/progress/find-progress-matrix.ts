import "server-only";
import { summariseProgress, type MatrixCell, type ProgressStatus, type StatusCounts } from "@/lib/domain/progress";
import { sortVi } from "@/lib/format";
import { requireUser } from "@/lib/server/auth/current-user";
import { authorize } from "@/lib/server/authz/authorize";
import { db } from "@/lib/server/db";
import { loadSignedPledge, type SignedCommitment } from "./signed-pledge";

export interface EvidenceFile {
  id: string;
  name: string;
}

export interface MatrixCellView extends MatrixCell {
  note: string | null;
  files: EvidenceFile[];
}

export interface MatrixRow {
  agencyId: string;
  agencyName: string;
  cells: MatrixCellView[];
  counts: StatusCounts;
  achievedShare: number;
  onTrackShare: number;
}

export interface ProgressMatrix {
  /** null: no version of the year's pledge is signed by every member yet. */
  pledge: { id: string; version: number; title: string } | null;
  commitments: SignedCommitment[];
  /** One row per member agency of the year, in Vietnamese order. */
  rows: MatrixRow[];
  /** Status counts per commitment, in the commitments' order. */
  byCommitment: StatusCounts[];
}

/**
 * Member agencies × commitments of the signed pledge, for those who follow
 * every agency ("progress:read-all": secretary, chair, council staff). Anyone
 * else gets NOT_FOUND, as the route and the page show nothing to them.
 * Three queries whatever the bloc's size.
 */
export async function findProgressMatrix(blocId: string, year: number): Promise<ProgressMatrix> {
  const user = await requireUser();
  authorize(user, "progress:read-all", { blocId }, { hidden: true });
  const [pledge, members] = await Promise.all([
    loadSignedPledge(db(), blocId, year),
    db().membership.findMany({ where: { blocId, year }, select: { agency: { select: { id: true, name: true } } } }),
  ]);
  if (!pledge) return { pledge: null, commitments: [], rows: [], byCommitment: [] };

  const agencies = sortVi(
    members.map((m) => m.agency),
    (a) => a.name,
  );
  const progress = await db().commitmentProgress.findMany({
    where: { commitmentId: { in: pledge.commitments.map((c) => c.id) }, agencyId: { in: agencies.map((a) => a.id) } },
    select: {
      commitmentId: true,
      agencyId: true,
      status: true,
      value: true,
      note: true,
      files: { select: { id: true, originalName: true }, orderBy: { createdAt: "asc" } },
    },
  });
  const summary = summariseProgress(
    pledge.commitments,
    agencies.map((a) => a.id),
    progress.map((p) => ({ ...p, status: p.status as ProgressStatus, value: p.value === null ? null : p.value.toNumber() })),
  );
  const extras = new Map(progress.map((p) => [`${p.agencyId}|${p.commitmentId}`, p]));
  return {
    pledge: { id: pledge.id, version: pledge.version, title: pledge.title },
    commitments: pledge.commitments,
    rows: summary.rows.map((row, i) => ({
      ...row,
      agencyName: agencies[i]!.name,
      cells: row.cells.map((cell, j) => {
        const p = extras.get(`${row.agencyId}|${pledge.commitments[j]!.id}`);
        return { ...cell, note: p?.note ?? null, files: (p?.files ?? []).map((f) => ({ id: f.id, name: f.originalName })) };
      }),
    })),
    byCommitment: summary.byCommitment,
  };
}
