import "server-only";
import { can } from "@/lib/domain/permissions";
import { mayVerify } from "@/lib/domain/verification";
import { requireUser } from "@/lib/server/auth/current-user";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { loadYearOfficers } from "./verification-context";

const num = (d: { toNumber(): number } | null) => (d === null ? null : d.toNumber());

export interface EntryVerification {
  verifiedPoints: number | null;
  verifiedActual: number | null;
  verifiedTarget: number | null;
  verifyReason: string | null;
  finalPoints: number | null;
  verified: boolean;
}

/**
 * The verification outcome of one agency's sheet on the latest LOCKED table, for the agency's own
 * self-scoring view (and anyone who reads every sheet, or verifies it): why it was returned, and
 * the verified and final values per criterion. `anyVerified` is false until a verifier set one.
 */
export async function getSheetVerification(blocId: string, year: number, agencyId: string) {
  const user = await requireUser();
  const allowed =
    can(user, "score:read-all", { blocId }) ||
    can(user, "score:edit:own", { blocId, agencyId }) ||
    mayVerify(user, blocId, agencyId, await loadYearOfficers(db(), blocId, year));
  if (!allowed) throw new AppError("NOT_FOUND");
  // The latest locked table and this agency's sheet on it, in one statement.
  const table = await db().criteriaTable.findFirst({
    where: { status: "LOCKED", cycle: { blocId, year } },
    orderBy: { version: "desc" },
    select: {
      sheets: {
        where: { agencyId },
        select: {
          status: true,
          returnReason: true,
          verifiedAt: true,
          entries: {
            select: {
              criterionId: true,
              verifiedPoints: true,
              verifiedActual: true,
              verifiedTarget: true,
              verifyReason: true,
              finalPoints: true,
              verifiedAt: true,
            },
          },
        },
      },
    },
  });
  const sheet = table?.sheets[0] ?? null;
  const entries: Record<string, EntryVerification> = {};
  for (const e of sheet?.entries ?? []) {
    entries[e.criterionId] = {
      verifiedPoints: num(e.verifiedPoints),
      verifiedActual: num(e.verifiedActual),
      verifiedTarget: num(e.verifiedTarget),
      verifyReason: e.verifyReason,
      finalPoints: num(e.finalPoints),
      verified: e.verifiedAt !== null,
    };
  }
  return {
    status: sheet?.status ?? null,
    returnReason: sheet?.status === "RETURNED" ? sheet.returnReason : null,
    verifiedAt: sheet?.verifiedAt ?? null,
    anyVerified: Object.values(entries).some((e) => e.verified),
    entries,
  };
}

export type SheetVerification = Awaited<ReturnType<typeof getSheetVerification>>;
