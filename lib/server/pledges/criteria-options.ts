import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { compareVi } from "@/lib/format";

export interface CriterionOption {
  id: string;
  code: string;
  name: string;
}

type Client = Pick<Prisma.TransactionClient, "criteriaTable">;

/**
 * The criteria a commitment may be linked to: those of the year's latest
 * criteria table, without group headings. null when the year has no table.
 * Callers authorize; this only reads.
 */
export async function loadCriteriaOptions(client: Client, cycleId: string): Promise<CriterionOption[] | null> {
  const table = await client.criteriaTable.findFirst({
    where: { cycleId },
    orderBy: { version: "desc" },
    select: { criteria: { where: { type: { not: "GROUP" } }, select: { id: true, code: true, name: true, order: true } } },
  });
  if (!table) return null;
  return table.criteria.sort((a, b) => compareVi(a.code, b.code) || a.order - b.order).map(({ id, code, name }) => ({ id, code, name }));
}

/** Field errors for links to criteria outside that list (a stale form, or a crafted one). */
export async function checkCriteriaLinks(
  client: Client,
  cycleId: string,
  commitments: readonly { criterionIds: string[] }[],
): Promise<Record<string, string[]> | null> {
  if (commitments.every((c) => c.criterionIds.length === 0)) return null;
  const options = await loadCriteriaOptions(client, cycleId);
  const allowed = new Set(options?.map((o) => o.id) ?? []);
  const errors: Record<string, string[]> = {};
  commitments.forEach((c, i) => {
    if (c.criterionIds.some((id) => !allowed.has(id))) {
      errors[`commitments.${i}.criterionIds`] = [
        options
          ? "Có tiêu chí không thuộc bảng tiêu chí mới nhất của năm (bảng có thể vừa thay đổi). Vui lòng chọn lại."
          : "Năm này chưa có bảng tiêu chí để liên kết.",
      ];
    }
  });
  return Object.keys(errors).length ? errors : null;
}
