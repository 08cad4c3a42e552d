import { Card, EmptyState } from "@/components/ui/card";
import { SHEET_STATUS_LABELS } from "@/lib/domain/labels";
import { formatDay, formatNumber } from "@/lib/format";
import type { CrossSheetRow, CrossSheetView as View } from "@/lib/server/cross-scoring/get-cross-sheet";
import { CrossScoreRowForm } from "./cross-score-row-form";
import { SubmitCrossForm } from "./submit-cross-form";

const round2 = (n: number) => Math.round(n * 100) / 100;
const METHOD = { MEAN: "Trung bình", TRIMMED_MEAN: "Trung bình (bỏ cao nhất, thấp nhất)", NONE: "Chưa có điểm" } as const;

function SelfReference({ row }: { row: CrossSheetRow }) {
  const s = row.self;
  if (!s) return <p className="text-xs text-stone-500">Không có số liệu tự chấm.</p>;
  return (
    <div className="text-xs text-stone-600">
      <p>
        Tự chấm: {s.isNA ? "không áp dụng" : s.selfPoints === null ? "—" : `${formatNumber(s.selfPoints)} điểm`}
        {row.type === "QUANTITATIVE" && !s.isNA && ` (thực hiện ${formatNumber(s.actual)} / chỉ tiêu ${formatNumber(s.target)})`}
      </p>
      {s.explanation && <p>Giải trình: {s.explanation}</p>}
      {s.files.length > 0 && (
        <p>
          Minh chứng:{" "}
          {s.files.map((f, i) => (
            <span key={f.id}>
              {i > 0 && ", "}
              <a href={`/api/files/${f.id}`} className="text-brand-700 underline">
                {f.name}
              </a>
            </span>
          ))}
        </p>
      )}
    </div>
  );
}

function Others({ row }: { row: CrossSheetRow }) {
  if (!row.stats || !row.others) return null;
  const { stats } = row;
  return (
    <div
      className={`mt-2 rounded border px-3 py-2 text-xs ${stats.flagged ? "border-amber-300 bg-amber-50" : "border-stone-200 bg-stone-50"}`}
      data-testid={`cross-others-${row.code}`}
    >
      <p className="font-medium">
        {METHOD[stats.method]}: {stats.value === null ? "—" : formatNumber(round2(stats.value))} · {stats.scorerCount} cơ quan chấm · chênh lệch{" "}
        {formatNumber(round2(stats.spread))}
        {stats.flagged && <span className="text-amber-900"> · chênh lệch lớn</span>}
      </p>
      {row.others.length > 0 ? (
        <ul className="mt-1 list-disc pl-5">
          {row.others.map((o) => (
            <li key={o.scorerAgencyId}>
              {o.scorerName}: {formatNumber(o.points)}
            </li>
          ))}
        </ul>
      ) : (
        <p className="mt-1 text-stone-500">Chưa có cơ quan nào khác nộp điểm.</p>
      )}
    </div>
  );
}

/** One target's cross-scoring form for the user's agency; after the submission, the others' scores. */
export function CrossSheetView({ view }: { view: View }) {
  if (!view.table) return <EmptyState>Bảng tiêu chí của năm chưa được khóa.</EmptyState>;
  const submitted = view.submittedAt !== null;
  return (
    <Card title={`Chấm chéo ${view.target.name}`}>
      <div className="mb-4 space-y-1 text-sm">
        <p>
          Cơ quan chấm: <strong>{view.scorer.name}</strong> · Bảng tiêu chí phiên bản {view.table.version} · Tự chấm của cơ quan được chấm:{" "}
          {view.selfStatus ? SHEET_STATUS_LABELS[view.selfStatus] : "chưa tự chấm"}
        </p>
        {view.mode !== "CROSS_SCORING" && (
          <p role="status" className="text-red-800">
            Năm thi đua này áp dụng hình thức thẩm định, không chấm chéo.
          </p>
        )}
        {!view.phase.open && (
          <p role="status" className="text-amber-800">
            {view.phase.reason}
          </p>
        )}
        {submitted ? (
          <p role="status" className="text-green-800" data-testid="cross-submitted">
            Đã nộp điểm chấm chéo ngày {formatDay(view.submittedAt)}. Điểm của các cơ quan khác đã nộp hiện bên dưới.
          </p>
        ) : (
          <p className="text-stone-600">Điểm của các cơ quan khác chỉ hiện sau khi cơ quan bạn nộp điểm chấm chéo cho cơ quan này.</p>
        )}
      </div>
      <ol className="space-y-3">
        {view.rows.map((row) => (
          <li key={row.id} className="rounded border border-stone-200 p-3" style={{ marginLeft: `${row.depth * 1.25}rem` }}>
            <p className="font-medium">
              {row.code} {row.name} <span className="text-sm font-normal text-stone-500">(tối đa {formatNumber(row.maxPoints)} điểm)</span>
            </p>
            {row.guidance && <p className="text-xs text-stone-500">{row.guidance}</p>}
            {row.type === "GROUP" ? null : row.type === "GATE" ? (
              <p className="text-xs text-stone-500">Tiêu chí phủ quyết: không chấm điểm chéo.</p>
            ) : (
              <div className="mt-2 grid gap-3 md:grid-cols-2">
                <SelfReference row={row} />
                <div>
                  {row.scorable && view.canSave ? (
                    <CrossScoreRowForm
                      scorerAgencyId={view.scorer.id}
                      targetAgencyId={view.target.id}
                      criterionId={row.id}
                      code={row.code}
                      minPoints={row.minPoints}
                      maxPoints={row.maxPoints}
                      mine={row.mine}
                    />
                  ) : (
                    <p className="text-sm">Điểm chấm chéo của cơ quan bạn: {row.mine === null ? "—" : formatNumber(row.mine)}</p>
                  )}
                  <Others row={row} />
                </div>
              </div>
            )}
          </li>
        ))}
      </ol>
      {!submitted && view.missing.length > 0 && (
        <div className="mt-4 text-sm text-stone-600">
          <p>Còn {view.missing.length} tiêu chí chưa chấm:</p>
          <ul className="list-disc pl-5">
            {view.missing.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        </div>
      )}
      {view.canSubmit && (
        <div className="mt-4">
          <SubmitCrossForm cycleId={view.cycleId} scorerAgencyId={view.scorer.id} targetAgencyId={view.target.id} targetName={view.target.name} />
        </div>
      )}
    </Card>
  );
}
