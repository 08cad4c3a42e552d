import "server-only";
import { requiredSigners } from "@/lib/domain/pledge";
import type { Prisma } from "@/lib/generated/prisma/client";
import { isoDay } from "@/lib/format";
import { todayInVietnam } from "@/lib/server/clock";

type Client = Pick<Prisma.TransactionClient, "membership">;

/** The member agencies whose signatures lock the year's pledge, as of today (lib/domain/pledge). */
export async function loadRequiredSigners(client: Client, blocId: string, year: number): Promise<string[]> {
  const members = await client.membership.findMany({ where: { blocId, year }, select: { agencyId: true, joinedOn: true, leftOn: true } });
  return requiredSigners(
    members.map((m) => ({ agencyId: m.agencyId, joinedOn: m.joinedOn ? isoDay(m.joinedOn) : null, leftOn: m.leftOn ? isoDay(m.leftOn) : null })),
    year,
    todayInVietnam(),
  );
}
