import type { Metadata } from "next";
import { Card, EmptyState } from "@/components/ui/card";
import { tieBreakLabel } from "@/lib/domain/scoring-rules-settings";
import { formatNumber } from "@/lib/format";
import { getScoringRules } from "@/lib/server/scoring-rules/get-scoring-rules";
import { loadBlocYear, type BlocYearParams } from "../../load";
import { RulesForm } from "./_components/rules-form";
import { LateRulesForm } from "./_components/late-rules-form";
import { describeLateRule, LATE_STEP_LABELS, LATE_STEPS } from "@/lib/domain/late-submission";

export const metadata: Metadata = { title: "Quy tắc chấm điểm" };

export default async function ScoringRulesPage({ params }: { params: BlocYearParams }) {
  const { bloc, year } = await params;
  const data = await loadBlocYear(bloc, year);
  const view = await getScoringRules(data.bloc.id, data.year);
  if (!view) return <EmptyState>Chưa lập năm thi đua {data.year} cho khối này.</EmptyState>;

  const editable = view.canManage && !view.lockedReason;
  const { bands, tieBreak, crossScoring } = view.settings;
  return (
    <div className="space-y-5">
      <Card title={`Quy tắc chấm điểm năm ${view.year}`}>
        <p className="text-sm text-stone-700" data-testid="rules-source">
          {view.isCustom ? "Năm này dùng quy tắc riêng do khối đặt." : "Năm này đang dùng quy tắc mặc định."}
        </p>
        {view.lockedReason && (
          <p role="note" className="mt-2 rounded bg-amber-50 px-3 py-2 text-sm text-amber-900">
            {view.lockedReason}
          </p>
        )}
        {view.bandUses.length > 0 && (
          <p className="mt-2 text-sm text-stone-600">
            Mức được dùng làm điều kiện khen thưởng: {view.bandUses.map((u) => `${u.name} (từ mức ${u.minBand})`).join("; ")}. Không thể bỏ các mã mức này.
          </p>
        )}
      </Card>

      {editable ? (
        <>
          <Card title="Sửa quy tắc chấm điểm">
            <RulesForm cycleId={view.cycleId} updatedAt={view.updatedAt} settings={view.settings} isCustom={view.isCustom} />
          </Card>
          <Card title="Nộp muộn">
            <LateRulesForm cycleId={view.cycleId} updatedAt={view.updatedAt} rules={view.lateRules} />
          </Card>
        </>
      ) : (
        <>
          <Card title="Mức xếp loại">
            <table className="w-full text-sm" data-testid="bands-table">
              <caption className="sr-only">Các mức xếp loại của năm, từ cao xuống thấp</caption>
              <thead>
                <tr className="border-b border-stone-200 text-left text-stone-500">
                  <th scope="col" className="py-2 pr-2 font-medium">
                    Mã mức
                  </th>
                  <th scope="col" className="py-2 pr-2 font-medium">
                    Tên mức
                  </th>
                  <th scope="col" className="py-2 pr-2 text-right font-medium">
                    Điểm tối thiểu
                  </th>
                  <th scope="col" className="py-2 text-right font-medium">
                    Tỷ lệ tối thiểu mỗi tiêu chí (%)
                  </th>
                </tr>
              </thead>
              <tbody>
                {bands.map((b, i) => (
                  <tr key={b.key} className="border-b border-stone-100 last:border-0">
                    <td className="py-2 pr-2 font-mono text-xs">{b.key}</td>
                    <th scope="row" className="py-2 pr-2 text-left font-normal">
                      {b.label}
                    </th>
                    <td className="py-2 pr-2 text-right tabular-nums">{i === bands.length - 1 ? "Còn lại" : formatNumber(b.minTotal)}</td>
                    <td className="py-2 text-right tabular-nums">{i === bands.length - 1 ? "—" : formatNumber(b.minCriterionPct)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </Card>
          <Card title="Thứ tự phân định khi bằng điểm">
            {tieBreak.length === 0 ? (
              <EmptyState>Không đặt tiêu chí phân định: các đơn vị bằng điểm được đưa ra biểu quyết.</EmptyState>
            ) : (
              <ol className="list-inside list-decimal space-y-1 text-sm">
                {tieBreak.map((r) => (
                  <li key={`${r.kind}:${"groupCode" in r ? (r.groupCode ?? "") : ""}`}>{tieBreakLabel(r)}</li>
                ))}
                <li>Biểu quyết nếu vẫn bằng nhau</li>
              </ol>
            )}
          </Card>
          <Card title="Chấm chéo">
            <dl className="grid gap-2 text-sm sm:grid-cols-2">
              <div>
                <dt className="text-stone-500">Ngưỡng chênh lệch chấm chéo (điểm)</dt>
                <dd>{crossScoring.spreadThreshold === null ? "Không đánh dấu" : formatNumber(crossScoring.spreadThreshold)}</dd>
              </div>
              <div>
                <dt className="text-stone-500">Số người chấm tối thiểu để bỏ cao nhất/thấp nhất</dt>
                <dd>{formatNumber(crossScoring.trimFrom)}</dd>
              </div>
            </dl>
          </Card>
          <Card title="Nộp muộn">
            <dl className="grid gap-2 text-sm sm:grid-cols-2" data-testid="late-rules">
              {LATE_STEPS.map((step) => (
                <div key={step}>
                  <dt className="text-stone-500">{LATE_STEP_LABELS[step]}</dt>
                  <dd>{describeLateRule(view.lateRules[step])}</dd>
                </div>
              ))}
            </dl>
          </Card>
        </>
      )}
    </div>
  );
}
