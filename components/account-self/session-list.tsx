import { formatMoment } from "@/lib/format";

export interface SessionRow {
  id: string;
  startedAt: Date;
  browser: string;
  current: boolean;
}

/** The user's live sessions: when each started, from which browser, and which is this one. */
export function SessionList({ sessions }: { sessions: SessionRow[] }) {
  return (
    <table className="w-full text-left text-sm">
      <caption className="sr-only">Các phiên đăng nhập đang hoạt động</caption>
      <thead className="border-b border-stone-200 text-xs uppercase text-stone-500">
        <tr>
          <th scope="col" className="py-2 pr-3 font-medium">
            Bắt đầu
          </th>
          <th scope="col" className="py-2 pr-3 font-medium">
            Trình duyệt
          </th>
          <th scope="col" className="py-2 font-medium">
            <span className="sr-only">Ghi chú</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {sessions.map((s) => (
          <tr key={s.id} className="border-b border-stone-100 last:border-0">
            <td className="py-2 pr-3 tabular-nums">{formatMoment(s.startedAt)}</td>
            <td className="py-2 pr-3">{s.browser}</td>
            <td className="py-2">{s.current && <span className="rounded bg-green-100 px-2 py-0.5 text-xs font-medium text-green-800">Phiên này</span>}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
