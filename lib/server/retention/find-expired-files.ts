import "server-only";
import { provinceFamily } from "@/lib/domain/provinces";
import { retentionPeriods, type FileKind } from "@/lib/domain/retention";
import { isoDay } from "@/lib/format";
import { pickRegister, registerChoices, type RegisterChoice } from "@/lib/server/agency-register/find-agency-register";
import { requireUser } from "@/lib/server/auth/current-user";
import { authorize } from "@/lib/server/authz/authorize";
import { todayInVietnam } from "@/lib/server/clock";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { provinceNodes } from "@/lib/server/provinces/province-nodes";
import { expiredFiles, type BlocProvinces, type ExpiredFile } from "./internal/expired-files";

export const RETENTION_COUNCIL_ONLY = "Việc hủy tệp hết thời hạn lưu trữ chỉ dành cho cán bộ Hội đồng Thi đua - Khen thưởng.";
export const EXPIRED_PAGE_SIZE = 50;

export interface ExpiredFilesView {
  registers: RegisterChoice[];
  current: RegisterChoice;
  today: string;
  page: number;
  pageCount: number;
  total: number;
  files: ExpiredFile[];
  /** The council's periods in force, in years (null = permanently). */
  periods: Record<FileKind, number | null>;
  /** The latest disposal records of the scope, newest first. */
  disposals: { id: string; disposedAt: string; disposedBy: string | null; reason: string; fileCount: number }[];
}

export interface RetentionScope {
  registers: RegisterChoice[];
  current: RegisterChoice;
  provinces: BlocProvinces;
  periods: Record<FileKind, number | null>;
  userId: string;
}

/** The council's scope named by `key` (the agency register's choice), authorized, with its blocs' provinces and its periods. Checks "file:dispose". */
export async function retentionScope(key: string | null): Promise<RetentionScope> {
  const user = await requireUser();
  const nodes = await provinceNodes();
  const registers = registerChoices(user, nodes);
  if (registers.length === 0) throw new AppError("FORBIDDEN", RETENTION_COUNCIL_ONLY);
  const current = pickRegister(user, nodes, registers, key);
  authorize(user, "file:dispose", { provinceId: current.provinceId }, { forbidden: RETENTION_COUNCIL_ONLY });
  const provinces = current.provinceId === null ? null : provinceFamily(nodes, current.provinceId);
  const settings = await db().retentionSetting.findMany({ where: { provinceId: current.provinceId }, select: { kind: true, years: true } });
  return { registers, current, provinces, periods: retentionPeriods(settings), userId: user.userId };
}

/**
 * The files of the council's blocs past their retention period (docs/decisions/0045-file-retention.md),
 * a page of 50, with their bloc, agency and uploader, and the council's latest disposal records:
 * council staff of the scope and system administrators. Bounded: the scope's lookups, the page,
 * its count and the records.
 */
export async function findExpiredFiles(key: string | null, page = 1): Promise<ExpiredFilesView> {
  const scope = await retentionScope(key);
  const today = todayInVietnam();
  const current = Math.max(1, Math.floor(page) || 1);
  const [{ rows, total }, disposals] = await Promise.all([
    expiredFiles(scope.provinces, scope.periods, today, { take: EXPIRED_PAGE_SIZE, skip: (current - 1) * EXPIRED_PAGE_SIZE }),
    db().fileDisposal.findMany({
      where: { provinceId: scope.current.provinceId },
      orderBy: { disposedAt: "desc" },
      take: 20,
      select: { id: true, disposedAt: true, reason: true, fileCount: true, disposedBy: { select: { name: true } } },
    }),
  ]);
  return {
    registers: scope.registers,
    current: scope.current,
    today,
    page: current,
    pageCount: Math.max(1, Math.ceil(total / EXPIRED_PAGE_SIZE)),
    total,
    files: rows,
    periods: scope.periods,
    disposals: disposals.map((d) => ({
      id: d.id,
      disposedAt: isoDay(d.disposedAt),
      disposedBy: d.disposedBy?.name ?? null,
      reason: d.reason,
      fileCount: d.fileCount,
    })),
  };
}
