import { SheetRows } from "@/components/sheet-form/sheet-rows";
import { GroupJumpList, MissingList } from "@/components/sheet-form/sheet-guide";
import { Card, EmptyState } from "@/components/ui/card";
import { SHEET_STATUS_LABELS } from "@/lib/domain/labels";
import { formatDay, formatNumber } from "@/lib/format";
import type { CrossSheetRow, CrossSheetView as View } from "@/lib/server/cross-scoring/get-cross-sheet";
import { CrossRowField } from "./cross-row-field";
import { CrossSheetForm } from "./cross-sheet-form";
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

/**
 * One target's cross-scoring for the user's agency. While it may score, every criterion is one
 * form (cross-sheet-form.tsx) with the criteria still to score listed at the top, a jump list by
 * group and the submission at the bottom; after the submission, the others' scores.
 */
export function CrossSheetView({ view }: { view: View }) {
  if (!view.table) return <EmptyState>Bảng tiêu chí của năm chưa được khóa.</EmptyState>;
  const submitted = view.submittedAt !== null;
  const code = view.target.code;
  const scorable = view.rows.filter((r) => r.scorable);
  const toScore = scorable.filter((r) => r.mine === null).map((r) => ({ code: r.code, line: `${r.code} ${r.name}: chưa chấm` }));
  const rows = (
    <SheetRows label="Tiêu chí chấm chéo" agencyCode={code} rows={view.rows}>
      {(row) => (
        <>
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
                  <CrossRowField rowId={row.id} code={row.code} minPoints={row.minPoints} maxPoints={row.maxPoints} mine={row.mine} />
                ) : (
                  <p className="text-sm">Điểm chấm chéo của cơ quan bạn: {row.mine === null ? "—" : formatNumber(row.mine)}</p>
                )}
                <Others row={row} />
              </div>
            </div>
          )}
        </>
      )}
    </SheetRows>
  );
  const submission = view.canSubmit && (
    <div className="mt-4">
      <SubmitCrossForm cycleId={view.cycleId} scorerAgencyId={view.scorer.id} targetAgencyId={view.target.id} targetName={view.target.name} />
    </div>
  );
  return (
    <Card title={`Chấm chéo ${view.target.name}`}>
      <div className="mb-4 space-y-2 text-sm">
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
          <p role="status" className="rounded border border-green-300 bg-green-50 px-3 py-2 text-green-900" data-testid="cross-submitted">
            Đã nộp điểm chấm chéo ngày {formatDay(view.submittedAt)}. Điểm của các cơ quan khác đã nộp hiện bên dưới.
          </p>
        ) : (
          <p className="text-stone-600">Điểm của các cơ quan khác chỉ hiện sau khi cơ quan bạn nộp điểm chấm chéo cho cơ quan này.</p>
        )}
        {view.canSave && <MissingList missing={toScore} agencyCode={code} what="tiêu chí chưa chấm" done="Đã chấm tất cả tiêu chí: có thể nộp." />}
      </div>
      <div className="mb-3">
        <GroupJumpList rows={view.rows} agencyCode={code} />
      </div>
      {view.canSave ? (
        <CrossSheetForm
          tableId={view.table.id}
          scorerAgencyId={view.scorer.id}
          targetAgencyId={view.target.id}
          version={view.version}
          rowIds={scorable.map((r) => r.id)}
          scoredAtFirst={scorable.length - toScore.length}
          after={submission}
        >
          {rows}
        </CrossSheetForm>
      ) : (
        <>
          {rows}
          {submission}
        </>
      )}
    </Card>
  );
}
