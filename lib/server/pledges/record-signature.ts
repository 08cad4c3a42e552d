import "server-only";
import { transition, unsignedCount } from "@/lib/domain/pledge";
import { formatDay, isoDay } from "@/lib/format";
import type { SignatureInput } from "@/lib/schemas/pledge";
import { writeAudit } from "@/lib/server/audit";
import { requireUser } from "@/lib/server/auth/current-user";
import { authorize } from "@/lib/server/authz/authorize";
import { pledgeScope } from "@/lib/server/authz/scopes";
import { todayInVietnam } from "@/lib/server/clock";
import { requireOpenPhase } from "@/lib/server/cycles/require-open-phase";
import { db } from "@/lib/server/db";
import { isUniqueViolation } from "@/lib/server/db-errors";
import { AppError, isAppError } from "@/lib/server/errors";
import { PLEDGE_NOT_FOUND } from "./pledge-messages";
import { loadRequiredSigners } from "./required-signers";
import { saveSignatureScan } from "./internal/signature-scan";

const CHECK_FIELDS = "Vui lòng kiểm tra lại các trường được đánh dấu.";

/**
 * Records one member agency's signature (signer, title, day, optional scan).
 * The secretary or chair records it for any member; an agency's leader or
 * officer only for their own agency. When the last member signs, the pledge
 * locks in the same transaction.
 */
export async function recordSignature(input: SignatureInput, scan: File | null): Promise<{ locked: boolean }> {
  const user = await requireUser();
  const found = await pledgeScope(input.pledgeId);
  const pledge = found && { ...found, agencyId: input.agencyId };
  authorize(user, ["pledge:manage", "signature:record:own"], pledge, {
    notFound: PLEDGE_NOT_FOUND,
    forbidden: "Chỉ Thư ký khối, Trưởng khối hoặc lãnh đạo, cán bộ thi đua của chính cơ quan được ghi nhận chữ ký của cơ quan đó.",
  });
  const member = await db().membership.findUnique({
    where: { blocId_agencyId_year: { blocId: pledge.blocId, agencyId: input.agencyId, year: pledge.year } },
    select: { agency: { select: { name: true } } },
  });
  if (!member) throw new AppError("INVALID_INPUT", CHECK_FIELDS, { agencyId: [`Cơ quan này không phải thành viên của khối năm ${pledge.year}.`] });
  if (isoDay(input.signedOn) > todayInVietnam()) throw new AppError("INVALID_INPUT", CHECK_FIELDS, { signedOn: ["Ngày ký không được sau ngày hôm nay."] });

  const duplicate = () =>
    new AppError("INVALID_INPUT", `${member.agency.name} đã ký giao ước này; mỗi cơ quan chỉ ký một lần.`, { agencyId: ["Cơ quan này đã ký."] });
  try {
    return await db().$transaction(async (tx) => {
      await requireOpenPhase(tx, pledge.cycleId, "PLEDGE_SIGNING");
      // Row lock on the pledge: signatures (and the lock) happen one at a time,
      // so two last signatures cannot both miss that the pledge is complete.
      const { count } = await tx.pledge.updateMany({ where: { id: pledge.id, status: "SIGNING" }, data: { updatedAt: new Date() } });
      if (count === 0) {
        const now = await tx.pledge.findUniqueOrThrow({ where: { id: pledge.id }, select: { status: true } });
        const t = transition(now.status, { type: "SIGN", unsignedAfter: 1 });
        throw new AppError("CONFLICT", t.ok ? "Giao ước không còn mở ký kết." : t.reason);
      }
      const existing = await tx.pledgeSignature.findUnique({
        where: { pledgeId_agencyId: { pledgeId: pledge.id, agencyId: input.agencyId } },
        select: { signedOn: true, signerName: true },
      });
      if (existing) throw duplicate();

      const file = scan ? await saveSignatureScan(tx, scan, { blocId: pledge.blocId, uploadedById: user.userId }) : null;
      const signature = await tx.pledgeSignature.create({
        data: {
          pledgeId: pledge.id,
          agencyId: input.agencyId,
          signerName: input.signerName,
          signerTitle: input.signerTitle,
          signedOn: input.signedOn,
          scanFileId: file?.id ?? null,
        },
      });
      await writeAudit(tx, {
        actorId: user.userId,
        action: "pledge.sign",
        entity: "PledgeSignature",
        entityId: signature.id,
        blocId: pledge.blocId,
        after: {
          pledgeId: pledge.id,
          version: pledge.version,
          agencyId: input.agencyId,
          agencyName: member.agency.name,
          signerName: signature.signerName,
          signerTitle: signature.signerTitle,
          signedOn: formatDay(signature.signedOn),
          scanFileId: signature.scanFileId,
        },
      });

      // One query at a time: a transaction holds a single connection.
      const required = await loadRequiredSigners(tx, pledge.blocId, pledge.year);
      const signed = await tx.pledgeSignature.findMany({ where: { pledgeId: pledge.id }, select: { agencyId: true } });
      const t = transition("SIGNING", {
        type: "SIGN",
        unsignedAfter: unsignedCount(
          required,
          signed.map((s) => s.agencyId),
        ),
      });
      if (t.ok && t.status === "LOCKED") {
        const lockedAt = new Date();
        await tx.pledge.update({ where: { id: pledge.id }, data: { status: "LOCKED", lockedAt } });
        await writeAudit(tx, {
          actorId: user.userId,
          action: "pledge.lock",
          entity: "Pledge",
          entityId: pledge.id,
          blocId: pledge.blocId,
          before: { status: "SIGNING" },
          after: { status: "LOCKED", lockedAt, signatures: signed.length },
          reason: "Mọi cơ quan thành viên đã ký.",
        });
        return { locked: true };
      }
      return { locked: false };
    });
  } catch (e) {
    if (!isAppError(e) && isUniqueViolation(e)) throw duplicate();
    throw e;
  }
}
