import type { Metadata } from "next";
import { AuditFilter, auditFilterQuery } from "@/components/audit/audit-filter";
import { AuditPagination } from "@/components/audit/audit-pagination";
import { AuditTable } from "@/components/audit/audit-table";
import { Card } from "@/components/ui/card";
import { findAuditLog } from "@/lib/server/cycles/find-audit-log";
import { readOr404 } from "@/lib/server/read-or-404";
import { loadBlocYear, type BlocYearParams } from "../load";

export const metadata: Metadata = { title: "Nhật ký thay đổi" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/** The bloc's audit log (who, when, what, before → after), for the chair and council staff only. */
export default async function AuditLogPage({ params, searchParams }: { params: BlocYearParams; searchParams: SearchParams }) {
  const { bloc, year } = await params;
  const data = await loadBlocYear(bloc, year);
  const query = await searchParams;
  // Others may not know the log exists: the same page as an unknown address.
  const log = await readOr404(
    findAuditLog(data.bloc.id, {
      entity: first(query.loai) ?? null,
      actorId: first(query.nguoi) ?? null,
      from: first(query.tu) ?? null,
      to: first(query.den) ?? null,
      page: Number(first(query.trang) ?? 1),
    }),
  );
  const filter = auditFilterQuery(log);
  return (
    <Card title="Nhật ký thay đổi của khối">
      <p className="mb-3 text-sm text-stone-600">Mọi thay đổi của khối qua các năm, mới nhất trước; 50 mục mỗi trang.</p>
      <div className="mb-4 flex flex-wrap items-end justify-between gap-3">
        <AuditFilter log={log} />
        <AuditPagination base={`/khoi/${data.bloc.code}/${data.year}/nhat-ky`} filter={filter} page={log.page} pageCount={log.pageCount} total={log.total} />
      </div>
      <AuditTable entries={log.entries} />
      {log.pageCount > 1 && (
        <div className="mt-4">
          <AuditPagination
            base={`/khoi/${data.bloc.code}/${data.year}/nhat-ky`}
            filter={filter}
            page={log.page}
            pageCount={log.pageCount}
            total={log.total}
            label="Phân trang nhật ký (cuối trang)"
          />
        </div>
      )}
    </Card>
  );
}
