import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DisposeForm } from "@/components/retention/dispose-form";
import { RetentionForm } from "@/components/retention/retention-form";
import { Card, EmptyState } from "@/components/ui/card";
import { canSomewhere } from "@/lib/domain/permissions";
import { FILE_KIND_LABELS, type FileKind } from "@/lib/domain/retention";
import { formatDay, formatNumber } from "@/lib/format";
import { requireUser } from "@/lib/server/auth/current-user";
import { readOr404 } from "@/lib/server/read-or-404";
import { findExpiredFiles } from "@/lib/server/retention/find-expired-files";
import { disposeFilesAction, saveRetentionAction } from "./actions";

export const metadata: Metadata = { title: "Lưu trữ tệp" };

type Search = Promise<{ tinh?: string | string[]; trang?: string | string[] }>;
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/** Files past their retention period in the council's blocs, disposed of with a record (docs/decisions/0045-file-retention.md). */
export default async function RetentionPage({ searchParams }: { searchParams: Search }) {
  const user = await requireUser();
  if (!canSomewhere(user, "file:dispose")) notFound();
  const query = await searchParams;
  const view = await readOr404(findExpiredFiles(first(query.tinh) ?? null, Number(first(query.trang) ?? 1)), { forbidden: "404" });
  const page = (n: number) => `/quan-tri/luu-tru?${new URLSearchParams({ tinh: view.current.key, trang: String(n) })}`;
  return (
    <div className="space-y-5">
      <Card title={`Tệp hết thời hạn lưu trữ — ${view.current.label}`}>
        <p className="mb-3 text-sm text-stone-600">
          Thời hạn lưu trữ tính từ hết năm thi đua của tệp:{" "}
          {(Object.entries(view.periods) as [FileKind, number | null][])
            .map(([k, y]) => `${FILE_KIND_LABELS[k].toLocaleLowerCase("vi-VN")} ${y === null ? "vĩnh viễn" : `${y} năm`}`)
            .join("; ")}
          . Tệp của cơ quan có đề nghị khen thưởng đã gửi hoặc đã có quyết định khen thưởng trong năm được lưu vĩnh viễn và không bao giờ có trong danh sách.
          Hủy chỉ xóa nội dung tệp; thông tin tệp và biên bản hủy được giữ lại.
        </p>
        {view.files.length === 0 ? (
          <EmptyState>Không có tệp nào hết thời hạn lưu trữ đến ngày {formatDay(view.today)}.</EmptyState>
        ) : (
          <>
            <p className="mb-2 text-sm">
              {formatNumber(view.total)} tệp hết thời hạn; trang {view.page}/{view.pageCount}.
            </p>
            <DisposeForm files={view.files} scopeKey={view.current.key} action={disposeFilesAction} />
            {view.pageCount > 1 && (
              <nav aria-label="Phân trang" className="mt-3 flex gap-3 text-sm">
                {view.page > 1 && <Link href={page(view.page - 1)}>Trang trước</Link>}
                {view.page < view.pageCount && <Link href={page(view.page + 1)}>Trang sau</Link>}
              </nav>
            )}
          </>
        )}
      </Card>
      <Card title="Thời hạn lưu trữ của Hội đồng">
        <p className="mb-3 text-sm text-stone-600">
          Số năm lưu trữ sau khi hết năm thi đua của tệp; mặc định: minh chứng 10 năm, giao ước đã ký và điển hình tiên tiến vĩnh viễn.
        </p>
        <RetentionForm periods={view.periods} scopeKey={view.current.key} action={saveRetentionAction} />
      </Card>
      <Card title="Biên bản hủy tài liệu">
        {view.disposals.length === 0 ? (
          <EmptyState>Chưa có biên bản hủy nào.</EmptyState>
        ) : (
          <ul className="divide-y divide-stone-100 text-sm">
            {view.disposals.map((d) => (
              <li key={d.id} className="py-2">
                Ngày {formatDay(d.disposedAt)}: hủy {formatNumber(d.fileCount)} tệp{d.disposedBy ? `, ${d.disposedBy}` : ""}. Lý do: {d.reason}
              </li>
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}
