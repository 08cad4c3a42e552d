// A full-size criteria table for the self-scoring spec (and a short one for the phone spec): five groups of twelve scored criteria
// (graded, yes/no, quantitative with a target, counts), one with required evidence in each group,
// then a bonus, a penalty and a gate left empty (empty means none). Locked as the cycle's newest
// version, so it is the table the agencies score on.
import type { Prisma, PrismaClient } from "../../lib/generated/prisma/client";

/** The scored criteria: 5 groups × 12. Group g's criteria are coded `${g}.1` … `${g}.12`. */
export const SIXTY = { groups: ["I", "II", "III", "IV", "V"], perGroup: 12 } as const;
/** In each group, the criterion that needs evidence. */
export const EVIDENCE_ROW = 3;

const LEVELS = [
  { order: 1, label: "Hoàn thành xuất sắc", points: 4 },
  { order: 2, label: "Hoàn thành tốt", points: 3 },
  { order: 3, label: "Hoàn thành", points: 2 },
  { order: 4, label: "Không hoàn thành", points: 0 },
];

/** What the i-th criterion (1-based) of a group is: 4 graded, 4 yes/no, 2 quantitative, 2 counts. */
function leaf(i: number): Omit<Prisma.CriterionUncheckedCreateInput, "tableId" | "code" | "name" | "order"> {
  if (i <= 4) return { type: "GRADED", maxPoints: 4, levels: { create: LEVELS } };
  if (i <= 8) return { type: "YES_NO", maxPoints: 2, evidenceRequired: i === EVIDENCE_ROW };
  if (i <= 10) return { type: "QUANTITATIVE", maxPoints: 4 };
  return { type: "COUNT", maxPoints: 2, pointsPerUnit: 1, cap: 2 };
}

/** A table's scored part: group codes and how many criteria each holds (leaf(i) says which kind). */
export interface TableShape {
  groups: readonly string[];
  perGroup: number;
}

/** The phone spec's short sheet: two groups of three graded criteria, the third of each with evidence. */
export const SHORT: TableShape = { groups: ["I", "II"], perGroup: 3 };

export async function lockSixtyCriteriaTable(db: PrismaClient, cycleId: string, shape: TableShape = SIXTY): Promise<void> {
  await db.$transaction(
    async (tx) => {
      const last = await tx.criteriaTable.findFirst({ where: { cycleId }, orderBy: { version: "desc" }, select: { version: true } });
      const table = await tx.criteriaTable.create({
        data: {
          cycleId,
          version: (last?.version ?? 0) + 1,
          title: `Bảng tiêu chí đầy đủ (${shape.groups.length * shape.perGroup} tiêu chí)`,
          scale: 200,
          status: "LOCKED",
          lockedAt: new Date(),
        },
      });
      let order = 0;
      for (const g of shape.groups) {
        const group = await tx.criterion.create({
          data: { tableId: table.id, code: g, name: `Nhóm tiêu chí ${g}`, type: "GROUP", maxPoints: 40, order: ++order },
        });
        for (let i = 1; i <= shape.perGroup; i++) {
          const base = leaf(i);
          const evidence = i === EVIDENCE_ROW ? { evidenceRequired: true } : {};
          await tx.criterion.create({
            data: { ...base, ...evidence, tableId: table.id, parentId: group.id, code: `${g}.${i}`, name: `Tiêu chí ${g}.${i}`, order: i },
          });
        }
      }
      await tx.criterion.create({
        data: { tableId: table.id, code: "T1", name: "Được khen thưởng đột xuất", type: "BONUS", maxPoints: 4, pointsPerUnit: 2, order: ++order },
      });
      await tx.criterion.create({
        data: { tableId: table.id, code: "P1", name: "Nộp báo cáo chậm", type: "PENALTY", maxPoints: 5, pointsPerUnit: 1, order: ++order },
      });
      await tx.criterion.create({ data: { tableId: table.id, code: "G1", name: "Tập thể bị kỷ luật", type: "GATE", maxPoints: 0, order: ++order } });
    },
    { timeout: 60_000, maxWait: 30_000 },
  );
}

/**
 * A SUBMITTED sheet of `agencyId` on the cycle's newest table (as lockSixtyCriteriaTable makes
 * it), for the verification spec: graded rows at "Hoàn thành tốt" (3 points), yes/no "Có"
 * (2), quantitative 95 of 100, counts 2 (2); the bonus, penalty and gate rows empty (none).
 */
export async function submitSixtySheet(db: PrismaClient, cycleId: string, agencyId: string): Promise<void> {
  const table = await db.criteriaTable.findFirstOrThrow({
    where: { cycleId, status: "LOCKED" },
    orderBy: { version: "desc" },
    select: { id: true, criteria: { select: { id: true, code: true, type: true, maxPoints: true } } },
  });
  const values: Record<string, { selfInput?: number; actual?: number; target?: number; selfPoints?: number }> = {
    GRADED: { selfInput: 2, selfPoints: 3 },
    YES_NO: { selfInput: 1, selfPoints: 2 },
    QUANTITATIVE: { actual: 95, target: 100 },
    COUNT: { selfInput: 2, selfPoints: 2 },
  };
  const entries = table.criteria
    .filter((c) => values[c.type])
    .map((c) => ({ criterionId: c.id, minPoints: 0, maxPoints: c.maxPoints, explanation: `Kết quả tiêu chí ${c.code}`, ...values[c.type] }));
  await db.scoreSheet.create({
    data: { cycleId, tableId: table.id, agencyId, status: "SUBMITTED", submittedAt: new Date(), version: 2, entries: { create: entries } },
  });
}
