import "server-only";
import { checkProgressReport, type TargetKind } from "@/lib/domain/progress";
import { MAX_EVIDENCE_PER_COMMITMENT, type ProgressInput } from "@/lib/schemas/progress";
import { writeAudit } from "@/lib/server/audit";
import { requireUser } from "@/lib/server/auth/current-user";
import { authorize } from "@/lib/server/authz/authorize";
import { db } from "@/lib/server/db";
import { isUniqueViolation } from "@/lib/server/db-errors";
import { AppError } from "@/lib/server/errors";
import { requireProgressWindow } from "./require-progress-window";
import { SIGNED_STATUSES } from "./signed-pledge";
import { checkEvidence, storeEvidence } from "@/lib/server/files/internal/save-evidence";

const stale = (n: number) =>
  new AppError(
    "CONFLICT",
    `Tiến độ cam kết ${n} đã được người khác cập nhật. Trang đang hiển thị dữ liệu mới nhất; vui lòng xem lại, chọn lại tệp minh chứng (nếu có) rồi lưu lại.`,
  );

/**
 * An agency reports its progress on one commitment of the signed pledge
 * (mid-year review). The bloc and year come from the commitment; only the
 * agency's own leader or officer may report, while EXECUTION or
 * MID_YEAR_REVIEW is open, and only on the latest signed version
 * (signed-pledge.ts). A save names the version it edited; evidence files are
 * stored with it or not at all.
 */
export async function saveProgress(input: ProgressInput): Promise<{ version: number }> {
  const user = await requireUser();
  const commitment = await db().pledgeCommitment.findUnique({
    where: { id: input.commitmentId },
    select: {
      id: true,
      number: true,
      targetKind: true,
      targetValue: true,
      targetComparator: true,
      pledge: { select: { id: true, status: true, cycleId: true, cycle: { select: { blocId: true, year: true } } } },
    },
  });
  if (!commitment) throw new AppError("NOT_FOUND", "Không tìm thấy cam kết này.");
  authorize(user, "bloc:read", { blocId: commitment.pledge.cycle.blocId }, { notFound: "Không tìm thấy cam kết này." });
  const { blocId, year } = commitment.pledge.cycle;
  authorize(
    user,
    "progress:edit:own",
    { blocId, agencyId: input.agencyId },
    { forbidden: "Chỉ lãnh đạo, cán bộ thi đua của cơ quan được cập nhật tiến độ của cơ quan mình." },
  );
  const isMember = await db().membership.findUnique({ where: { blocId_agencyId_year: { blocId, agencyId: input.agencyId, year } }, select: { id: true } });
  if (!isMember) throw new AppError("FORBIDDEN", `Cơ quan không phải thành viên của khối năm ${year}.`);

  try {
    return await db().$transaction(async (tx) => {
      await requireProgressWindow(tx, commitment.pledge.cycleId);
      const signed = await tx.pledge.findFirst({
        where: { cycleId: commitment.pledge.cycleId, status: { in: [...SIGNED_STATUSES] } },
        orderBy: { version: "desc" },
        select: { id: true },
      });
      if (!signed) throw new AppError("INVALID_INPUT", `Giao ước năm ${year} chưa được ký đủ: chưa thể báo cáo tiến độ.`);
      if (signed.id !== commitment.pledge.id) {
        if (commitment.pledge.status === "DRAFT" || commitment.pledge.status === "SIGNING") {
          throw new AppError("INVALID_INPUT", "Phiên bản giao ước này chưa được ký đủ: tiến độ được báo cáo theo phiên bản đã ký.");
        }
        throw new AppError("CONFLICT", "Giao ước đã có phiên bản mới được ký. Vui lòng tải lại trang để báo cáo theo phiên bản mới.");
      }

      const target = {
        id: commitment.id,
        targetKind: commitment.targetKind as TargetKind,
        targetValue: commitment.targetValue?.toNumber() ?? null,
        targetComparator: commitment.targetComparator,
      };
      const errors = checkProgressReport(target, { status: input.status, value: input.value });
      if (errors) throw new AppError("INVALID_INPUT", "Vui lòng kiểm tra lại các trường được đánh dấu.", errors);
      await checkEvidence(input.files);

      const key = { commitmentId_agencyId: { commitmentId: commitment.id, agencyId: input.agencyId } };
      const existing = await tx.commitmentProgress.findUnique({
        where: key,
        include: { files: { select: { originalName: true }, orderBy: { createdAt: "asc" } } },
      });
      if ((existing?.version ?? 0) !== input.version) throw stale(commitment.number);
      const fileNames = existing?.files.map((f) => f.originalName) ?? [];
      if (fileNames.length + input.files.length > MAX_EVIDENCE_PER_COMMITMENT) {
        const message = `Mỗi cam kết giữ tối đa ${MAX_EVIDENCE_PER_COMMITMENT} tệp minh chứng (đã có ${fileNames.length}).`;
        throw new AppError("INVALID_INPUT", message, { files: [message] });
      }

      const data = { status: input.status, value: input.value, note: input.note };
      let progressId: string;
      if (existing) {
        const { count } = await tx.commitmentProgress.updateMany({
          where: { id: existing.id, version: input.version },
          data: { ...data, version: { increment: 1 } },
        });
        if (count === 0) throw stale(commitment.number);
        progressId = existing.id;
      } else {
        progressId = (await tx.commitmentProgress.create({ data: { commitmentId: commitment.id, agencyId: input.agencyId, ...data }, select: { id: true } }))
          .id;
      }
      const added = await storeEvidence(tx, input.files, { blocId, uploadedById: user.userId, link: { progressId } });
      const version = input.version + 1;
      await writeAudit(tx, {
        actorId: user.userId,
        action: existing ? "progress.update" : "progress.create",
        entity: "CommitmentProgress",
        entityId: progressId,
        blocId,
        before: existing && {
          status: existing.status,
          value: existing.value?.toNumber() ?? null,
          note: existing.note,
          version: existing.version,
          files: fileNames,
        },
        after: { commitmentId: commitment.id, agencyId: input.agencyId, ...data, version, files: [...fileNames, ...added] },
      });
      return { version };
    });
  } catch (e) {
    // Two first reports of the same commitment at once: the second is stale.
    if (isUniqueViolation(e)) throw stale(commitment.number);
    throw e;
  }
}
