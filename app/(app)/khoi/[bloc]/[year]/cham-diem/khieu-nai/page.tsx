import type { Metadata } from "next";
import Link from "next/link";
import { Card, EmptyState } from "@/components/ui/card";
import { OBJECTION_STATUS_LABELS } from "@/lib/domain/objection";
import { can } from "@/lib/domain/permissions";
import { formatDay } from "@/lib/format";
import { requireUser } from "@/lib/server/auth/current-user";
import type { AgencyObjectables } from "@/lib/server/objections/find-objectable-entries";
import { findObjectableEntries } from "@/lib/server/objections/find-objectable-entries";
import { findObjections, type ObjectionRow } from "@/lib/server/objections/find-objections";
import { loadBlocYear, type BlocYearParams } from "../../load";
import { DecideForms } from "./_components/decide-forms";
import { ObjectionForm } from "./_components/objection-form";
import { ScoreValue } from "./_components/values";
import { ScrollTable } from "@/components/ui/scroll-table";

export const metadata: Metadata = { title: "Khiếu nại, giải trình điểm" };

const SHEET_STATUS: Record<string, string> = { DRAFT: "Đang tự chấm", SUBMITTED: "Đã nộp, chờ thẩm định", RETURNED: "Bị trả lại", VERIFIED: "Đã thẩm định" };
const STATUS_CLASS = { OPEN: "bg-amber-100 text-amber-900", ACCEPTED: "bg-green-100 text-green-800", REJECTED: "bg-stone-200 text-stone-800" } as const;

/**
 * Objections (docs/domain/score-review.md#objections): an agency sees its verified scores and objects to an entry
 * with a reason and evidence while the OBJECTION phase is open; the chair decides each one.
 */
export default async function ObjectionsPage({ params }: { params: BlocYearParams }) {
  const { bloc, year } = await params;
  const data = await loadBlocYear(bloc, year);
  if (!data.cycle) return <EmptyState>Chưa lập năm thi đua {data.year} cho khối này.</EmptyState>;
  const user = await requireUser();
  const blocId = data.bloc.id;
  const [objectables, objections] = await Promise.all([findObjectableEntries(blocId, data.year), findObjections(blocId, data.year)]);
  const decides = can(user, "objection:decide", { blocId });

  return (
    <div className="space-y-5">
      {objectables && !objectables.phase.open && (
        <p role="status" className="rounded border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-900">
          Chưa thể gửi khiếu nại: {objectables.phase.reason}
        </p>
      )}
      {objectables?.agencies.map((a) => (
        <OwnSheet key={a.agencyId} agency={a} phaseOpen={objectables.phase.open} year={data.year} />
      ))}

      {objections && (
        <Card title={objections.scope === "ALL" ? "Các khiếu nại của cơ quan thành viên" : "Khiếu nại của cơ quan"}>
          {objections.rows.length === 0 ? (
            <EmptyState>Chưa có khiếu nại nào năm {data.year}.</EmptyState>
          ) : (
            <ul className="divide-y divide-stone-200">
              {objections.rows.map((o) => (
                <ObjectionItem key={o.id} o={o} decides={decides && o.status === "OPEN"} showAgency={objections.scope === "ALL"} />
              ))}
            </ul>
          )}
        </Card>
      )}
      {!objectables && !objections && <EmptyState>Trang khiếu nại dành cho cơ quan thành viên, Thư ký và Trưởng khối.</EmptyState>}
      <p className="no-print text-sm">
        <Link href={`/khoi/${encodeURIComponent(data.bloc.code)}/${data.year}/cham-diem`} className="text-brand-700 underline">
          ← Về trang chấm điểm
        </Link>
      </p>
    </div>
  );
}

function OwnSheet({ agency, phaseOpen, year }: { agency: AgencyObjectables; phaseOpen: boolean; year: number }) {
  return (
    <Card title={`Điểm thẩm định của ${agency.agencyName}`}>
      {agency.sheetStatus === null ? (
        <EmptyState>Cơ quan chưa có bảng điểm năm {year}.</EmptyState>
      ) : (
        <>
          <p className="mb-3 text-sm text-stone-600">
            Bảng điểm: {SHEET_STATUS[agency.sheetStatus]}. Điểm tự chấm và điểm thẩm định đặt cạnh nhau; mỗi tiêu chí có thể gửi một khiếu nại kèm minh chứng.
          </p>
          <ScrollTable caption={`Điểm tự chấm và điểm thẩm định của ${agency.agencyName}`}>
            <thead>
              <tr className="border-b border-stone-200 text-left text-stone-500">
                <th scope="col" className="py-2 pr-2 font-medium">
                  Mã
                </th>
                <th scope="col" className="py-2 pr-2 font-medium">
                  Tiêu chí
                </th>
                <th scope="col" className="py-2 pr-2 text-right font-medium">
                  Tự chấm
                </th>
                <th scope="col" className="py-2 pr-2 text-right font-medium">
                  Thẩm định
                </th>
                <th scope="col" className="py-2 pr-2 text-right font-medium">
                  Chính thức
                </th>
                <th scope="col" className="py-2 font-medium">
                  Khiếu nại
                </th>
              </tr>
            </thead>
            <tbody>
              {agency.entries.map((e) => (
                <tr key={e.entryId} className="border-b border-stone-100 align-top last:border-0" data-testid={`entry-${e.code}`}>
                  <td className="py-2 pr-2 tabular-nums">{e.code}</td>
                  <th scope="row" className="py-2 pr-2 text-left font-normal">
                    {e.name}
                    {e.verifyReason && <span className="block text-xs text-stone-500">Lý do thẩm định: {e.verifyReason}</span>}
                  </th>
                  <td className="py-2 pr-2 text-right tabular-nums">
                    {e.isNA ? "Không áp dụng" : <ScoreValue type={e.type} points={e.selfPoints} actual={e.actual} target={e.target} />}
                  </td>
                  <td className="py-2 pr-2 text-right tabular-nums">
                    <ScoreValue type={e.type} points={e.verifiedPoints} actual={e.verifiedActual} target={e.verifiedTarget} />
                  </td>
                  <td className="py-2 pr-2 text-right tabular-nums">
                    <ScoreValue type={e.type} points={e.finalPoints} actual={null} target={null} />
                  </td>
                  <td className="min-w-64 py-2">
                    {!phaseOpen ? (
                      <span className="text-stone-500">Ngoài thời gian khiếu nại</span>
                    ) : e.blockedBy ? (
                      <span className="text-stone-500">{e.blockedBy}</span>
                    ) : (
                      <details>
                        <summary className="cursor-pointer font-medium text-brand-700">Soạn khiếu nại</summary>
                        <div className="mt-2">
                          <ObjectionForm entryId={e.entryId} code={e.code} />
                        </div>
                      </details>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </ScrollTable>
        </>
      )}
    </Card>
  );
}

function ObjectionItem({ o, decides, showAgency }: { o: ObjectionRow; decides: boolean; showAgency: boolean }) {
  const label = `${o.criterionCode}${showAgency ? ` — ${o.agencyName}` : ""}`;
  return (
    <li className="space-y-2 py-4" data-testid={`objection-${o.criterionCode}`}>
      <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
        <span className="font-medium">
          {showAgency && `${o.agencyName} — `}Tiêu chí {o.criterionCode}. {o.criterionName}
        </span>
        <span className={`rounded px-2 py-0.5 text-xs font-semibold ${STATUS_CLASS[o.status]}`}>{OBJECTION_STATUS_LABELS[o.status]}</span>
        <span className="text-xs text-stone-500">gửi ngày {formatDay(o.createdAt)}</span>
      </div>
      <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
        <dt className="text-stone-500">Lý do khiếu nại</dt>
        <dd className="whitespace-pre-line">{o.reason}</dd>
        <dt className="text-stone-500">Điểm</dt>
        <dd className="tabular-nums">
          Tự chấm <ScoreValue type={o.criterionType} points={o.selfPoints} actual={o.actual} target={o.target} /> · Thẩm định{" "}
          <ScoreValue type={o.criterionType} points={o.verifiedPoints} actual={o.verifiedActual} target={o.verifiedTarget} />
          {o.finalPoints !== null && (
            <>
              {" "}
              · Chính thức <ScoreValue type={o.criterionType} points={o.finalPoints} actual={null} target={null} />
            </>
          )}
        </dd>
        {o.files.length > 0 && (
          <>
            <dt className="text-stone-500">Minh chứng kèm theo</dt>
            <dd>
              <ul>
                {o.files.map((f) => (
                  <li key={f.id}>
                    <a href={`/api/files/${f.id}`} className="text-brand-700 underline">
                      {f.originalName}
                    </a>
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
        {o.status !== "OPEN" && (
          <>
            <dt className="text-stone-500">Lý do quyết định</dt>
            <dd className="whitespace-pre-line">
              {o.decisionReason}
              {o.decidedAt && (
                <span className="block text-xs text-stone-500">
                  {o.decidedByName ? `${o.decidedByName}, ` : ""}ngày {formatDay(o.decidedAt)}
                </span>
              )}
            </dd>
          </>
        )}
      </dl>
      {decides && <DecideForms objection={{ id: o.id, label, criterionType: o.criterionType, minPoints: o.minPoints, maxPoints: o.maxPoints }} />}
    </li>
  );
}
