import type { Metadata } from "next";
import { ImportCriteriaForm } from "@/components/criteria/import-form";
import { CreateTableForm, OneButtonForm } from "@/components/criteria/table-forms";
import { Card, EmptyState } from "@/components/ui/card";
import { flattenTree } from "@/lib/domain/criteria-table";
import { TABLE_STATUS_LABELS } from "@/lib/domain/labels";
import { formatDay, formatNumber } from "@/lib/format";
import { getCriteriaTable } from "@/lib/server/criteria/get-criteria-table";
import { loadBlocYear, type BlocYearParams } from "../../load";
import { CriteriaEditor } from "./_components/criteria-editor";
import { copyLastYearTableAction, createTableAction, importCriteriaAction, lockTableAction } from "./actions";

export const metadata: Metadata = { title: "Bảng tiêu chí chấm điểm" };

export default async function CriteriaTablePage({ params }: { params: BlocYearParams }) {
  const { bloc, year } = await params;
  const data = await loadBlocYear(bloc, year);
  const view = await getCriteriaTable(data.bloc.id, data.year);
  const t = view.current;

  if (!view.cycleId) return <EmptyState>Chưa lập năm thi đua {data.year} cho khối này.</EmptyState>;
  if (!t) {
    return (
      <Card title={`Bảng tiêu chí năm ${data.year}`}>
        <EmptyState>Năm {data.year} chưa có bảng tiêu chí chấm điểm.</EmptyState>
        {view.canManage && (
          <div className="mt-4 space-y-4">
            <CreateTableForm action={createTableAction} cycleId={view.cycleId} year={data.year} />
            {view.lastYearHasTable && <OneButtonForm action={copyLastYearTableAction} hidden={{ cycleId: view.cycleId }} label="Sao chép bảng năm trước" />}
          </div>
        )}
      </Card>
    );
  }

  // Flat rows with their depth: the nested children are not sent to the client twice.
  const nodes = flattenTree(t.tree).map(({ children: _children, ...n }) => n);
  const groups = nodes.filter((n) => n.type === "GROUP").map((n) => ({ id: n.id, code: n.code, name: n.name }));
  const lockedBySchedule = t.status === "DRAFT" && t.mode === "NEW_VERSION";
  const xlsxHref = (version: number) => `/api/khoi/${encodeURIComponent(data.bloc.code)}/${data.year}/tieu-chi/xlsx?version=${version}`;
  return (
    <div className="space-y-5">
      <Card title={`${t.title} — phiên bản ${t.version}`}>
        <p className="text-sm">
          Thang điểm {formatNumber(t.scale)}
          {t.bonusCap !== null && <> · điểm thưởng tối đa {formatNumber(t.bonusCap)}</>} ·{" "}
          {lockedBySchedule ? "Đã khóa (đã mở tự chấm điểm)" : TABLE_STATUS_LABELS[t.status]}
          {t.lockedAt && <> ngày {formatDay(t.lockedAt)}</>}
          {t.selfScoringOpensOn && t.mode === "EDIT" && <> · tự khóa khi mở tự chấm điểm ngày {formatDay(t.selfScoringOpensOn)}</>}
        </p>
        <p className="mt-2 text-sm">
          <a href={xlsxHref(t.version)} download className="font-medium text-brand-700 underline">
            Tải xuống .xlsx
          </a>
        </p>
        {view.canManage && t.mode === "NEW_VERSION" && (
          <p className="mt-2 text-sm text-stone-600">
            Bảng đã khóa: mỗi thay đổi tạo một phiên bản mới, cần nêu lý do, và các cơ quan đã có bảng chấm điểm sẽ được thông báo.
          </p>
        )}
        {view.canManage && t.status === "DRAFT" && t.mode === "EDIT" && (
          <div className="mt-3">
            <OneButtonForm
              action={lockTableAction}
              hidden={{ tableId: t.id }}
              label="Khóa bảng tiêu chí"
              confirm={{ title: "Khóa bảng tiêu chí?", description: "Sau khi khóa, mọi thay đổi phải tạo phiên bản mới có nêu lý do." }}
            />
          </div>
        )}
      </Card>
      <Card title="Cây tiêu chí">
        <CriteriaEditor
          tableId={t.id}
          nodes={nodes}
          groups={groups}
          storedIssues={t.issues}
          editable={view.canManage && t.mode !== "READ_ONLY"}
          needsReason={t.mode === "NEW_VERSION"}
        />
      </Card>
      {view.canManage && t.mode !== "READ_ONLY" && (
        <Card title="Nhập từ tệp .xlsx">
          <ImportCriteriaForm action={importCriteriaAction} tableId={t.id} needsReason={t.mode === "NEW_VERSION"} />
        </Card>
      )}
      {view.versions.length > 1 && (
        <Card title="Các phiên bản">
          <ul className="space-y-1 text-sm">
            {view.versions.map((v) => (
              <li key={v.id}>
                Phiên bản {v.version} ({TABLE_STATUS_LABELS[v.status]}, lập ngày {formatDay(v.createdAt)}){v.changeReason && <>: {v.changeReason}</>} ·{" "}
                <a href={xlsxHref(v.version)} download className="text-brand-700 underline">
                  Tải phiên bản {v.version} (.xlsx)
                </a>
              </li>
            ))}
          </ul>
        </Card>
      )}
    </div>
  );
}
