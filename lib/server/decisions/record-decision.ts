import "server-only";
import { checkDecisionItem, checkNotDecidedTwice } from "@/lib/domain/awards/decision";
import { Prisma } from "@/lib/generated/prisma/client";
import type { RecordDecisionInput } from "@/lib/schemas/decisions";
import { writeAudit } from "@/lib/server/audit";
import { requireUser } from "@/lib/server/auth/current-user";
import { authorize } from "@/lib/server/authz/authorize";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { formatDay } from "@/lib/format";
import { agencyStaff, notifyEach } from "@/lib/notifications/notify";

/**
 * Council staff ("decision:record") record the authority's decision: its number, day, signer and
 * authority, and for each sent nomination it answers the outcome (approved, changed to another
 * form of the year, rejected with a reason). Every item is checked with the pure rules
 * (lib/domain/awards/decision.ts); one refusal writes nothing. A nomination is answered by one
 * standing decision at most: its rows are locked while the check runs, so two staff recording
 * the same nomination at once cannot both succeed. The agencies answered are told.
 */
export async function recordDecision(input: RecordDecisionInput): Promise<{ id: string }> {
  const user = await requireUser();
  authorize(user, "bloc:read", { blocId: input.blocId });
  const cycle = await db().cycle.findUnique({
    where: { blocId_year: { blocId: input.blocId, year: input.year } },
    select: { id: true, blocId: true, year: true, bloc: { select: { code: true } } },
  });
  if (!cycle) throw new AppError("NOT_FOUND", `Khối chưa có năm thi đua ${input.year}.`);
  authorize(
    user,
    "decision:record",
    { blocId: cycle.blocId },
    { forbidden: "Chỉ cán bộ Hội đồng Thi đua - Khen thưởng được ghi nhận quyết định khen thưởng." },
  );

  const ids = input.items.map((i) => i.nominationId);
  if (new Set(ids).size !== ids.length) throw new AppError("INVALID_INPUT", "Mỗi đề nghị chỉ ghi một kết quả trong một quyết định.");

  return db().$transaction(async (tx) => {
    await tx.$executeRaw`SELECT 1 FROM "Nomination" WHERE id IN (${Prisma.join(ids)}) FOR UPDATE`;
    // One query at a time: a transaction holds a single connection.
    const nominations = await tx.nomination.findMany({
      where: { id: { in: ids }, cycleId: cycle.id },
      select: {
        id: true,
        status: true,
        awardFormId: true,
        agencyId: true,
        collectiveName: true,
        personName: true,
        personId: true,
        agency: { select: { name: true } },
        decisionItems: { select: { decision: { select: { number: true, cancelledAt: true } } } },
      },
    });
    const forms = await tx.awardForm.findMany({ where: { cycleId: cycle.id }, select: { id: true, name: true } });
    const sameNumber = await tx.decision.findFirst({ where: { cycleId: cycle.id, number: input.number, cancelledAt: null }, select: { id: true } });
    if (sameNumber)
      throw new AppError("INVALID_INPUT", `Quyết định số ${input.number} đã được ghi nhận cho năm ${cycle.year}.`, {
        number: ["Số quyết định này đã được ghi nhận."],
      });

    const byId = new Map(nominations.map((n) => [n.id, n]));
    const formIds = new Set(forms.map((f) => f.id));
    const fieldErrors: Record<string, string[]> = {};
    const fail = (key: string, message: string) => (fieldErrors[key] ??= []).push(message);
    for (const item of input.items) {
      const n = byId.get(item.nominationId);
      if (!n) {
        fail(`outcome.${item.nominationId}`, "Không tìm thấy đề nghị này trong năm thi đua.");
        continue;
      }
      const name = recipientName(n);
      const check = checkDecisionItem({ ...item, awardFormId: n.awardFormId, nominationStatus: n.status });
      if (!check.ok) {
        fail(`${fieldKey(check.field)}.${n.id}`, `${name}: ${check.reason}`);
        continue;
      }
      if (item.outcome === "CHANGED" && item.changedToFormId && !formIds.has(item.changedToFormId)) {
        fail(`changedTo.${n.id}`, `${name}: hình thức đổi sang không thuộc danh mục năm ${cycle.year}.`);
        continue;
      }
      const twice = checkNotDecidedTwice(n.decisionItems.map((d) => ({ decisionNumber: d.decision.number, cancelled: d.decision.cancelledAt !== null })));
      if (!twice.ok) fail(`outcome.${n.id}`, `${name}: ${twice.reason}`);
    }
    const messages = Object.values(fieldErrors).flat();
    if (messages.length > 0) throw new AppError("INVALID_INPUT", `Chưa thể lưu quyết định: ${messages.join(" ")}`, fieldErrors);

    const items = input.items.map((item) => {
      const n = byId.get(item.nominationId)!;
      return {
        nominationId: n.id,
        agencyId: n.agencyId,
        collectiveName: n.collectiveName,
        personName: n.personName,
        // The person's history reads decided items by person (docs/decisions/0036).
        personId: n.personId,
        awardFormId: n.awardFormId,
        outcome: item.outcome,
        changedToFormId: item.outcome === "CHANGED" ? item.changedToFormId : null,
        reason: item.reason,
      };
    });
    const decision = await tx.decision.create({
      data: {
        cycleId: cycle.id,
        number: input.number,
        issuedOn: input.issuedOn,
        signer: input.signer,
        authorityKind: input.authorityKind,
        authorityName: input.authorityName,
        items: { create: items },
      },
      select: { id: true },
    });
    await writeAudit(tx, {
      actorId: user.userId,
      action: "decision.record",
      entity: "Decision",
      entityId: decision.id,
      blocId: cycle.blocId,
      after: {
        number: input.number,
        issuedOn: input.issuedOn.toISOString().slice(0, 10),
        signer: input.signer,
        authorityKind: input.authorityKind,
        authorityName: input.authorityName,
        items: items.map((i) => ({
          nominationId: i.nominationId,
          recipient: recipientName(byId.get(i.nominationId)!),
          outcome: i.outcome,
          changedToFormId: i.changedToFormId,
          reason: i.reason,
        })),
      },
    });
    await notifyDecision(tx, { ...input, decisionId: decision.id, blocCode: cycle.bloc.code, year: cycle.year }, items);
    return decision;
  });
}

/** Tells the leaders and officers of each agency with a nomination answered, with how many of theirs were approved. */
async function notifyDecision(
  tx: Prisma.TransactionClient,
  d: { decisionId: string; number: string; issuedOn: Date; authorityName: string; blocCode: string; year: number },
  items: readonly { agencyId: string; outcome: string }[],
): Promise<void> {
  const byAgency = new Map<string, { total: number; approved: number }>();
  for (const i of items) {
    const c = byAgency.get(i.agencyId) ?? { total: 0, approved: 0 };
    c.total++;
    if (i.outcome !== "REJECTED") c.approved++;
    byAgency.set(i.agencyId, c);
  }
  const staff = await agencyStaff(tx, [...byAgency.keys()]);
  const link = `/khoi/${encodeURIComponent(d.blocCode)}/${d.year}/khen-thuong/quyet-dinh`;
  await notifyEach(
    tx,
    "DECISION_RECORDED",
    staff.map((s) => {
      const c = byAgency.get(s.agencyId)!;
      return {
        userId: s.userId,
        link,
        message: `Quyết định khen thưởng số ${d.number} ngày ${formatDay(d.issuedOn)} của ${d.authorityName} đã được ghi nhận: ${c.approved}/${c.total} đề nghị của cơ quan được khen thưởng.`,
      };
    }),
  );
}

function fieldKey(field: string | undefined): string {
  if (field === "changedToFormId") return "changedTo";
  if (field === "reason") return "reason";
  return "outcome";
}

function recipientName(n: { personName: string | null; collectiveName: string | null; agency: { name: string } }): string {
  if (n.personName) return `${n.personName} (${n.agency.name})`;
  if (n.collectiveName) return `${n.collectiveName} (${n.agency.name})`;
  return n.agency.name;
}
