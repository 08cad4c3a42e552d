import type { WindowCheck } from "@/lib/domain/progress";

/** What the page reports against, and whether progress can be saved today (and why not). */
export function WindowNotice({ check, pledge }: { check: WindowCheck; pledge: { version: number; title: string } | null }) {
  return (
    <div className="space-y-2 text-sm">
      {pledge && (
        <p>
          Theo <strong>{pledge.title}</strong> (phiên bản {pledge.version}, đã ký đủ).
        </p>
      )}
      {check.open ? (
        <p className="rounded bg-green-50 px-3 py-2 text-green-800">Đang mở cập nhật tiến độ (giai đoạn “Tổ chức thực hiện” hoặc “Sơ kết 6 tháng”).</p>
      ) : (
        <p className="rounded bg-amber-50 px-3 py-2 text-amber-900">{check.reason}</p>
      )}
    </div>
  );
}
