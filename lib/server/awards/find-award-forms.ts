import "server-only";
import { requireUser } from "@/lib/server/auth/current-user";
import { authorize } from "@/lib/server/authz/authorize";
import { db } from "@/lib/server/db";

export interface AwardFormRow {
  id: string;
  code: string;
  name: string;
  target: "COLLECTIVE" | "INDIVIDUAL";
  authorityName: string;
  isFlag: boolean;
  quota: { kind: "NONE" | "COUNT" | "PERCENT_OF_MEMBERS"; value: number | null; rounding: "FLOOR" | "CEIL" | "HALF_UP" };
}

/** The award catalogue of the cycle in its configured order. One query. */
export async function findAwardForms(blocId: string, year: number): Promise<AwardFormRow[]> {
  const user = await requireUser();
  authorize(user, "bloc:read", { blocId });
  const forms = await db().awardForm.findMany({
    where: { cycle: { blocId, year } },
    select: {
      id: true,
      code: true,
      name: true,
      target: true,
      authorityName: true,
      isFlag: true,
      quotaKind: true,
      quotaValue: true,
      quotaRounding: true,
    },
    orderBy: [{ order: "asc" }, { code: "asc" }],
  });
  return forms.map(({ quotaKind, quotaValue, quotaRounding, ...f }) => ({
    ...f,
    quota: { kind: quotaKind, value: quotaValue?.toNumber() ?? null, rounding: quotaRounding },
  }));
}
