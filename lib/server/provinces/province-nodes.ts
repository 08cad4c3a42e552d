import "server-only";
import type { ProvinceNode } from "@/lib/domain/provinces";
import type { Prisma } from "@/lib/generated/prisma/client";
import { isoDay } from "@/lib/format";
import { db } from "@/lib/server/db";

export interface ProvinceNodeRow extends ProvinceNode {
  code: string;
}

/**
 * Every province with its merger, for the pure rules of lib/domain/provinces
 * (families, registers, the province in force on a day). One query: there are
 * a few dozen provinces, so reading them all is cheaper than walking chains.
 */
export async function provinceNodes(client: Prisma.TransactionClient = db()): Promise<ProvinceNodeRow[]> {
  const rows = await client.province.findMany({ select: { id: true, code: true, name: true, mergedIntoId: true, mergedOn: true } });
  return rows.map((r) => ({ ...r, mergedOn: r.mergedOn ? isoDay(r.mergedOn) : null }));
}
