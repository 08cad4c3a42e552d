import type { Metadata } from "next";
import Link from "next/link";
import { PrintButton } from "@/components/pledges/print-button";
import { Card } from "@/components/ui/card";
import { publicationReasonLabel } from "@/lib/domain/publication";
import { formatDay, formatMoment } from "@/lib/format";
import { getPublication } from "@/lib/server/publication/get-publication";
import { readOr404 } from "@/lib/server/read-or-404";
import { loadBlocYear, versionOr404 } from "../../../load";
import { ExcludedAgencies } from "../../ket-qua/_components/excluded-agencies";
import { RankingTable } from "../../ket-qua/_components/ranking-table";
import { ResultsMatrix } from "../../ket-qua/_components/results-matrix";

export const metadata: Metadata = { title: "Kết quả đã công bố" };

/** One published version of the ranking, as it was published; printable. */
export default async function PublishedResultsPage({ params }: { params: Promise<{ bloc: string; year: string; version: string }> }) {
  const { bloc, year, version } = await params;
  const data = await loadBlocYear(bloc, year);
  const n = versionOr404(version);
  const p = await readOr404(getPublication(data.bloc.id, data.year, n));
  const s = p.snapshot;
  const base = `/khoi/${encodeURIComponent(data.bloc.code)}/${data.year}/cham-diem`;
  return (
    <div className="space-y-5">
      <header className="space-y-1">
        <h1 className="text-lg font-semibold">
          {data.bloc.name} — Kết quả chấm điểm thi đua năm {data.year}
        </h1>
        <p className="text-sm text-stone-600">
          Phiên bản {p.version} · {s.table.title} (phiên bản bảng tiêu chí {s.table.version}) · công bố {formatMoment(p.publishedAt)}
          {p.publishedByName && ` bởi ${p.publishedByName}`}
        </p>
        {p.reason && (
          <p className="text-sm">
            {publicationReasonLabel(p.version)}: {p.reason}
          </p>
        )}
      </header>
      <p role="note" className="rounded border border-stone-300 bg-stone-50 px-4 py-3 text-sm">
        Kết quả đã công bố ngày {formatDay(p.publishedAt)} — không thể sửa; đính chính bằng phiên bản mới.
      </p>
      {p.latestVersion > p.version && (
        <p className="no-print rounded border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-900">
          Phiên bản này đã được đính chính:{" "}
          <Link href={`${base}/cong-bo/${p.latestVersion}`} className="underline">
            xem phiên bản {p.latestVersion}
          </Link>
          .
        </p>
      )}
      <div className="no-print flex flex-wrap items-center gap-3">
        <PrintButton />
        <a
          href={`/api/khoi/${encodeURIComponent(data.bloc.code)}/${data.year}/cong-bo/${p.version}/xlsx`}
          className="rounded border border-stone-400 bg-white px-4 py-2 text-sm"
          download
        >
          Tải bảng tổng hợp (.xlsx)
        </a>
      </div>
      <Card title="Bảng xếp hạng">
        <RankingTable rows={s.rows} year={data.year} />
      </Card>
      <ExcludedAgencies
        excluded={s.excluded}
        empty="Mọi cơ quan thành viên đều được xếp hạng trong bản công bố này."
        intro="Khi công bố, các cơ quan sau chưa đủ điều kiện xếp hạng:"
      />
      <Card title="Ma trận điểm theo tiêu chí">
        <ResultsMatrix criteria={s.criteria} rows={s.rows} />
      </Card>
      <p className="no-print text-sm">
        <Link href={`${base}/cong-bo`} className="text-brand-700 underline">
          ← Các phiên bản đã công bố
        </Link>
      </p>
    </div>
  );
}
