import "server-only";
import { publicRows, type PublicResultRow } from "@/lib/domain/public-results";
import { readSnapshot } from "@/lib/domain/publication";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";

/**
 * The readers of the public pages (/cong-khai): no sign-in, so no caller to check — what makes
 * them safe is what they return: only versions the chair made public, and of those only the
 * ranking and bands (lib/domain/public-results.ts). Anything not public is NOT_FOUND, the same
 * answer as a bloc that does not exist.
 */
export interface PublicResults {
  bloc: { code: string; name: string; province: string | null; provinceCode: string | null };
  year: number;
  version: number;
  publishedAt: Date;
  publicSince: Date;
  /** A later version was published and is not public (yet): the public one has been corrected. */
  corrected: boolean;
  rows: PublicResultRow[];
}

const NOT_PUBLIC = "Không có kết quả công khai cho khối và năm này.";

export async function getPublicResults(blocCode: string, year: number): Promise<PublicResults> {
  const row = await db().publicResult.findFirst({
    where: { publication: { cycle: { year, bloc: { code: blocCode } } } },
    select: {
      since: true,
      publication: {
        select: {
          version: true,
          publishedAt: true,
          snapshot: true,
          cycle: {
            select: {
              year: true,
              bloc: { select: { code: true, name: true, province: { select: { name: true, code: true } } } },
              _count: { select: { publications: true } },
            },
          },
        },
      },
    },
  });
  if (!row) throw new AppError("NOT_FOUND", NOT_PUBLIC);
  const p = row.publication;
  const snapshot = readSnapshot(p.snapshot);
  if (!snapshot) throw new AppError("NOT_FOUND", NOT_PUBLIC);
  return {
    bloc: {
      code: p.cycle.bloc.code,
      name: p.cycle.bloc.name,
      province: p.cycle.bloc.province?.name ?? null,
      provinceCode: p.cycle.bloc.province?.code ?? null,
    },
    year: p.cycle.year,
    version: p.version,
    publishedAt: p.publishedAt,
    publicSince: row.since,
    corrected: p.cycle._count.publications > p.version,
    rows: publicRows(snapshot),
  };
}

export interface PublicResultLink {
  blocCode: string;
  blocName: string;
  year: number;
  version: number;
  publicSince: Date;
}

/** A province's public results, newest year first, then by bloc name; the province's name, or NOT_FOUND. */
export async function listPublicResults(provinceCode: string): Promise<{ province: string; results: PublicResultLink[] }> {
  const province = await db().province.findUnique({ where: { code: provinceCode }, select: { id: true, name: true } });
  if (!province) throw new AppError("NOT_FOUND", "Không tìm thấy tỉnh, thành phố này.");
  const rows = await db().publicResult.findMany({
    where: { publication: { cycle: { bloc: { provinceId: province.id } } } },
    select: { since: true, publication: { select: { version: true, cycle: { select: { year: true, bloc: { select: { code: true, name: true } } } } } } },
  });
  const results = rows
    .map((r) => ({
      blocCode: r.publication.cycle.bloc.code,
      blocName: r.publication.cycle.bloc.name,
      year: r.publication.cycle.year,
      version: r.publication.version,
      publicSince: r.since,
    }))
    .sort((a, b) => b.year - a.year || a.blocName.localeCompare(b.blocName, "vi"));
  return { province: province.name, results };
}
