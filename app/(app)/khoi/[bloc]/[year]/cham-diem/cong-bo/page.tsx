import type { Metadata } from "next";
import Link from "next/link";
import { Card, EmptyState } from "@/components/ui/card";
import { can } from "@/lib/domain/permissions";
import { publicationReasonLabel } from "@/lib/domain/publication";
import { formatMoment } from "@/lib/format";
import { requireUser } from "@/lib/server/auth/current-user";
import { findObjections } from "@/lib/server/objections/find-objections";
import { getBlocResults } from "@/lib/server/results/compute-bloc-results";
import { findResultPublications } from "@/lib/server/scoring/find-result-publications";
import { loadBlocYear, type BlocYearParams } from "../../load";
import { ExcludedAgencies } from "../ket-qua/_components/excluded-agencies";
import { PublicityForm } from "./_components/publicity-form";
import { PublishForm } from "./_components/publish-form";

export const metadata: Metadata = { title: "Công bố kết quả" };

/** The published versions of the year's results, and the chair's "Công bố kết quả" (docs/domain/score-review.md#publication). */
export default async function PublicationPage({ params }: { params: BlocYearParams }) {
  const { bloc, year } = await params;
  const data = await loadBlocYear(bloc, year);
  if (!data.cycle) return <EmptyState>Chưa lập năm thi đua {data.year} cho khối này.</EmptyState>;
  const user = await requireUser();
  const blocId = data.bloc.id;
  const publishes = can(user, "results:publish", { blocId });
  const [publications, objections, current] = await Promise.all([
    findResultPublications(blocId, data.year),
    publishes ? findObjections(blocId, data.year) : null,
    publishes ? getBlocResults(blocId, data.year) : null,
  ]);
  // Who the chair would publish without ranking, and why (the publish use case checks it again).
  const excluded = current?.status === "READY" ? current.excluded : [];
  const base = `/khoi/${encodeURIComponent(data.bloc.code)}/${data.year}/cham-diem`;
  const latest = publications?.[0]?.version ?? 0;
  const open = objections?.rows.filter((o) => o.status === "OPEN") ?? [];
  const publicOne = publications?.find((p) => p.publicSince !== null) ?? null;
  const publicUrl = `/cong-khai/${encodeURIComponent(data.bloc.code)}/${data.year}`;

  return (
    <div className="space-y-5">
      <Card title="Các phiên bản đã công bố">
        {publications === null ? (
          <EmptyState>Bạn không có quyền xem kết quả của khối này.</EmptyState>
        ) : publications.length === 0 ? (
          <EmptyState>Chưa công bố kết quả năm {data.year}.</EmptyState>
        ) : (
          <ul className="divide-y divide-stone-100 text-sm">
            {publications.map((p) => (
              <li key={p.id} className="flex flex-wrap items-baseline gap-x-3 py-2">
                <Link href={`${base}/cong-bo/${p.version}`} className="font-medium text-brand-700 underline">
                  Phiên bản {p.version}
                </Link>
                <span className="tabular-nums text-stone-600">công bố {formatMoment(p.publishedAt)}</span>
                {p.version === latest && <span className="rounded bg-green-100 px-2 py-0.5 text-xs font-semibold text-green-800">Hiện hành</span>}
                {p.publicSince && (
                  <Link href={publicUrl} className="rounded bg-sky-100 px-2 py-0.5 text-xs font-semibold text-sky-900 underline">
                    Công khai từ {formatMoment(p.publicSince)}
                  </Link>
                )}
                {p.reason && (
                  <span className="text-stone-600">
                    {publicationReasonLabel(p.version)}: {p.reason}
                  </span>
                )}
              </li>
            ))}
          </ul>
        )}
      </Card>

      {publishes && current?.status === "READY" && (
        <ExcludedAgencies
          excluded={excluded}
          empty="Mọi cơ quan thành viên đều được xếp hạng."
          intro="Theo điểm hiện hành, các cơ quan sau chưa đủ điều kiện xếp hạng. Công bố lúc này cần nêu lý do; bản công bố ghi lại các cơ quan này và lý do."
        />
      )}

      {publishes && latest > 0 && (
        <Card title="Công khai kết quả">
          <PublicityForm blocId={blocId} year={data.year} version={publicOne?.version ?? latest} isPublic={publicOne !== null} publicUrl={publicUrl} />
        </Card>
      )}

      {publishes && (
        <Card title={latest ? "Công bố bản đính chính" : "Công bố kết quả"}>
          <div className="space-y-3">
            <p className="text-sm text-stone-600">
              Kết quả công bố là bảng xếp hạng tính từ điểm hiện hành (
              <Link href={`${base}/ket-qua`} className="text-brand-700 underline">
                xem trước kết quả
              </Link>
              ). Sau khi công bố, kết quả không thể sửa.
            </p>
            {open.length > 0 && (
              <div role="status" className="rounded border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-900">
                Còn {open.length} khiếu nại chưa quyết định: {open.map((o) => `${o.agencyName} — tiêu chí ${o.criterionCode}`).join("; ")}.{" "}
                <Link href={`${base}/khieu-nai`} className="underline">
                  Giải quyết khiếu nại
                </Link>
              </div>
            )}
            <PublishForm blocId={blocId} year={data.year} latestVersion={latest} excludedCount={excluded.length} />
          </div>
        </Card>
      )}
      <p className="text-sm">
        <Link href={base} className="text-brand-700 underline">
          ← Về trang chấm điểm
        </Link>
      </p>
    </div>
  );
}
