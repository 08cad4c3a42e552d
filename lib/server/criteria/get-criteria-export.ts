import "server-only";
import type { SheetHeader } from "@/lib/domain/criteria-sheet";
import type { CriterionNode } from "@/lib/domain/criteria-table";
import { requireUser } from "@/lib/server/auth/current-user";
import { authorize } from "@/lib/server/authz/authorize";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { toNode } from "./table-rows";

export interface CriteriaExport {
  header: SheetHeader;
  nodes: CriterionNode[];
  fileName: string;
}

/**
 * One version of the bloc's table for the year (the latest when `version` is null), for every
 * reader of the bloc (the same access as the criteria page); anyone else NOT_FOUND. Three queries.
 */
export async function getCriteriaExport(blocCode: string, year: number, version: number | null): Promise<CriteriaExport> {
  const user = await requireUser();
  const bloc = await db().bloc.findUnique({ where: { code: blocCode }, select: { id: true, code: true, name: true } });
  if (!bloc) throw new AppError("NOT_FOUND");
  authorize(user, "bloc:read", { blocId: bloc.id });
  const table = await db().criteriaTable.findFirst({
    where: { cycle: { blocId: bloc.id, year }, ...(version === null ? {} : { version }) },
    orderBy: { version: "desc" },
  });
  if (!table)
    throw new AppError("NOT_FOUND", version === null ? `Năm ${year} chưa có bảng tiêu chí.` : `Không có phiên bản ${version} của bảng tiêu chí năm ${year}.`);
  const rows = await db().criterion.findMany({ where: { tableId: table.id }, include: { levels: { orderBy: { order: "asc" } } } });
  const safeCode = bloc.code.replace(/[^A-Za-z0-9-]/g, "_");
  return {
    header: {
      blocName: bloc.name,
      year,
      title: table.title,
      version: table.version,
      scale: table.scale.toNumber(),
      bonusCap: table.bonusCap?.toNumber() ?? null,
    },
    nodes: rows.map(toNode),
    fileName: `bang-tieu-chi-${safeCode}-${year}-v${table.version}.xlsx`,
  };
}
