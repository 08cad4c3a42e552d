import "server-only";
import { keepUntil, lastExpiredYear, type FileKind } from "@/lib/domain/retention";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/server/db";

export interface ExpiredFile {
  id: string;
  name: string;
  sizeBytes: number;
  kind: FileKind;
  /** The emulation year the file belongs to (its upload year when it belongs to none). */
  year: number;
  keepUntil: string;
  blocCode: string;
  blocName: string;
  agencyName: string | null;
  uploadedBy: string | null;
}

/** Which blocs: those of a province family, or the central ones (null). */
export type BlocProvinces = string[] | null;

/**
 * The files of the blocs of `provinces` whose retention period (`periods`, the council's) is over
 * on `today` (lib/domain/retention.ts), oldest year first, one page: not disposed of already, not kept
 * permanently by kind (a role model's evidence, a signed pledge's scan), and not part of an award
 * dossier or decision (the agency had a nomination sent, or an award decided, that year). One
 * query (and one for the count); `onlyIds` narrows it to chosen files for the disposal's check.
 * Checks nothing.
 */
export async function expiredFiles(
  provinces: BlocProvinces,
  periods: Record<FileKind, number | null>,
  today: string,
  page: { take: number; skip: number },
  onlyIds?: readonly string[],
): Promise<{ rows: ExpiredFile[]; total: number }> {
  const bounds = (Object.entries(periods) as [FileKind, number | null][]).filter(([, y]) => y !== null);
  // Every kind kept permanently: nothing is past its period.
  if (bounds.length === 0) return { rows: [], total: 0 };
  const expired = Prisma.join(
    bounds.map(([kind, years]) => Prisma.sql`(kind = ${kind} AND year <= ${lastExpiredYear(years!, today)})`),
    " OR ",
  );
  const scope = provinces === null ? Prisma.sql`b."provinceId" IS NULL` : Prisma.sql`b."provinceId" = ANY(${provinces}::text[])`;
  const chosen = onlyIds ? Prisma.sql`AND f.id = ANY(${[...onlyIds]}::text[])` : Prisma.empty;
  const base = Prisma.sql`
    WITH files AS (
      SELECT f.id, f."originalName" AS name, f."sizeBytes" AS "sizeBytes", f."createdAt",
        b.code AS "blocCode", b.name AS "blocName", a.name AS "agencyName", u.name AS "uploadedBy",
        CASE WHEN f."scoreEntryId" IS NOT NULL THEN 'SCORE_EVIDENCE'
             WHEN f."progressId" IS NOT NULL THEN 'PROGRESS_EVIDENCE'
             WHEN f."objectionId" IS NOT NULL THEN 'OBJECTION_EVIDENCE'
             WHEN f."roleModelId" IS NOT NULL THEN 'ROLE_MODEL_EVIDENCE'
             WHEN sig.id IS NOT NULL THEN 'PLEDGE_SCAN'
             ELSE 'OTHER' END AS kind,
        COALESCE(c.year, EXTRACT(YEAR FROM f."createdAt")::int) AS year,
        c.id AS "cycleId", a.id AS "agencyId"
      FROM "StoredFile" f
      JOIN "Bloc" b ON b.id = f."blocId"
      LEFT JOIN "User" u ON u.id = f."uploadedById"
      LEFT JOIN "PledgeSignature" sig ON sig."scanFileId" = f.id
      LEFT JOIN "ScoreEntry" se ON se.id = f."scoreEntryId"
      LEFT JOIN "ScoreSheet" ss ON ss.id = se."sheetId"
      LEFT JOIN "CommitmentProgress" cp ON cp.id = f."progressId"
      LEFT JOIN "PledgeCommitment" pc ON pc.id = cp."commitmentId"
      LEFT JOIN "Pledge" pl ON pl.id = pc."pledgeId"
      LEFT JOIN "Objection" ob ON ob.id = f."objectionId"
      LEFT JOIN "ScoreEntry" oe ON oe.id = ob."entryId"
      LEFT JOIN "ScoreSheet" os ON os.id = oe."sheetId"
      LEFT JOIN "BlocActivity" ba ON ba.id = f."activityId"
      LEFT JOIN "Cycle" c ON c.id = COALESCE(ss."cycleId", pl."cycleId", os."cycleId", ba."cycleId")
      LEFT JOIN "Agency" a ON a.id = COALESCE(ss."agencyId", cp."agencyId", ob."agencyId")
      WHERE f."disposedAt" IS NULL AND ${scope} ${chosen}
    )
    SELECT * FROM files
    WHERE (${expired})
      AND NOT EXISTS (SELECT 1 FROM "Nomination" n WHERE n."cycleId" = files."cycleId" AND n."agencyId" = files."agencyId" AND n.status = 'SENT')
      AND NOT EXISTS (SELECT 1 FROM "DecisionItem" di JOIN "Decision" d ON d.id = di."decisionId" WHERE d."cycleId" = files."cycleId" AND di."agencyId" = files."agencyId")`;
  const [rows, count] = await Promise.all([
    db().$queryRaw<(Omit<ExpiredFile, "keepUntil"> & { createdAt: Date })[]>`${base} ORDER BY year, "createdAt", id LIMIT ${page.take} OFFSET ${page.skip}`,
    db().$queryRaw<{ total: bigint }[]>`SELECT COUNT(*) AS total FROM (${base}) AS expired`,
  ]);
  return {
    rows: rows.map((r) => ({
      id: r.id,
      name: r.name,
      sizeBytes: r.sizeBytes,
      kind: r.kind,
      year: r.year,
      keepUntil: keepUntil(periods[r.kind], r.year, false)!,
      blocCode: r.blocCode,
      blocName: r.blocName,
      agencyName: r.agencyName,
      uploadedBy: r.uploadedBy,
    })),
    total: Number(count[0]?.total ?? 0),
  };
}
