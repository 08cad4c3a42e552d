import type { Metadata } from "next";
import Link from "next/link";
import { EditRoleModelForm, RemoveRoleModelForm } from "@/components/role-models/role-model-edit-forms";
import { AdvanceForm, RoleModelForm } from "@/components/role-models/role-model-forms";
import { RoleModelFilter } from "@/components/role-models/role-model-filter";
import { Card, EmptyState } from "@/components/ui/card";
import { ScrollTable } from "@/components/ui/scroll-table";
import { NOMINATION_STATUS_LABELS } from "@/lib/domain/labels";
import { nextStage, ROLE_MODEL_STAGE_LABELS, ROLE_MODEL_STAGES, STAGE_DAY_FIELD, type RoleModelStage } from "@/lib/domain/role-models/stages";
import { formatDay, isoDay } from "@/lib/format";
import { findNomineeChoices } from "@/lib/server/people/find-nominee-choices";
import { findRoleModels, type RoleModelEntry } from "@/lib/server/role-models/find-role-models";
import { readOr404 } from "@/lib/server/read-or-404";
import { loadBlocYear, type BlocYearParams } from "../../load";
import { advanceRoleModelAction, createRoleModelAction, editRoleModelAction, removeRoleModelAction } from "./actions";

export const metadata: Metadata = { title: "Điển hình tiên tiến" };

type Search = Promise<{ "co-quan"?: string; khau?: string }>;

export default async function RoleModelsPage({ params, searchParams }: { params: BlocYearParams; searchParams: Search }) {
  const { bloc, year } = await params;
  const search = await searchParams;
  const data = await loadBlocYear(bloc, year);
  const stage = ROLE_MODEL_STAGES.find((s) => s === search.khau);
  const agencyId = search["co-quan"] || undefined;
  const [register, people] = await Promise.all([
    readOr404(findRoleModels(data.bloc.id, data.year, { agencyId, stage }), { forbidden: (refused) => ({ refused }) }),
    findNomineeChoices(data.bloc.id, data.year),
  ]);
  const base = `/khoi/${encodeURIComponent(data.bloc.code)}/${data.year}/khen-thuong`;
  const title = `Sổ điển hình tiên tiến năm ${data.year}`;
  if ("refused" in register) {
    return (
      <Card title={title}>
        <EmptyState>{register.refused}</EmptyState>
      </Card>
    );
  }
  if (!register.cycleId) {
    return (
      <Card title={title}>
        <EmptyState>Năm {data.year} chưa được lập năm thi đua.</EmptyState>
      </Card>
    );
  }
  const filtered = !!(agencyId || stage);
  return (
    <div className="space-y-5">
      <Card title={title}>
        <p className="mb-3 text-sm text-stone-600">
          Bốn khâu: phát hiện, bồi dưỡng, tổng kết, nhân rộng — mỗi khâu một ngày, lần lượt, không quay lại. Điển hình đã nhân rộng được đề nghị khen thưởng
          ngay từ sổ.
        </p>
        <RoleModelFilter agencies={register.agencies} agencyId={agencyId ?? ""} stage={stage ?? ""} />
        {register.entries.length === 0 ? (
          <EmptyState>{filtered ? "Không có điển hình nào khớp bộ lọc." : `Chưa có điển hình tiên tiến nào cho năm ${data.year}.`}</EmptyState>
        ) : (
          <RegisterTable entries={register.entries} base={base} agencies={register.editableAgencies} people={people} />
        )}
      </Card>
      {register.editableAgencies.length > 0 && (
        <Card title="Thêm điển hình">
          <RoleModelForm cycleId={register.cycleId} agencies={register.editableAgencies} people={people} action={createRoleModelAction} />
        </Card>
      )}
    </div>
  );
}

type Choices = { agencies: { id: string; name: string }[]; people: { id: string; label: string }[] };

function RegisterTable({ entries, base, agencies, people }: { entries: RoleModelEntry[]; base: string } & Choices) {
  return (
    <ScrollTable caption="Sổ điển hình tiên tiến" frameClassName="mt-3">
      <thead>
        <tr className="border-b border-stone-200 text-left text-stone-500">
          {["Điển hình", "Cơ quan", "Thành tích", "Các khâu", "Minh chứng", "Thao tác"].map((h) => (
            <th key={h} scope="col" className="py-2 pr-2 font-medium">
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {entries.map((e) => (
          <tr key={e.id} className="border-b border-stone-100 align-top">
            <th scope="row" className="py-2 pr-2 text-left font-medium">
              {e.name}
              <span className="block text-xs font-normal text-stone-500">{e.target === "INDIVIDUAL" ? "Cá nhân" : "Tập thể"}</span>
            </th>
            <td className="py-2 pr-2">{e.agencyName}</td>
            <td className="max-w-xs py-2 pr-2 whitespace-pre-line">{e.achievement}</td>
            <td className="py-2 pr-2">
              <StageList entry={e} />
            </td>
            <td className="py-2 pr-2">
              {e.files.length === 0 ? (
                <span className="text-stone-500">Chưa có</span>
              ) : (
                <ul>
                  {e.files.map((f) => (
                    <li key={f.id}>
                      <a href={`/api/files/${f.id}`} className="underline">
                        {f.originalName}
                      </a>
                    </li>
                  ))}
                </ul>
              )}
            </td>
            <td className="py-2">
              <EntryActions entry={e} base={base} agencies={agencies} people={people} />
            </td>
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  );
}

function StageList({ entry }: { entry: RoleModelEntry }) {
  return (
    <ol className="space-y-0.5">
      {ROLE_MODEL_STAGES.map((s: RoleModelStage) => {
        const on = entry[STAGE_DAY_FIELD[s]];
        return (
          <li key={s} className={on ? "" : "text-stone-400"}>
            {ROLE_MODEL_STAGE_LABELS[s]}: {on ? formatDay(on) : "chưa đạt"}
          </li>
        );
      })}
    </ol>
  );
}

function EntryActions({ entry, base, agencies, people }: { entry: RoleModelEntry; base: string } & Choices) {
  const next = nextStage(entry.stage);
  const day = (d: Date | null) => (d ? isoDay(d) : null);
  return (
    <div className="space-y-2">
      {entry.canAdvance && next && <AdvanceForm roleModelId={entry.id} version={entry.version} name={entry.name} to={next} action={advanceRoleModelAction} />}
      {entry.canEdit && (
        <details className="rounded border border-stone-200 p-2">
          <summary className="cursor-pointer text-sm text-brand-700">Sửa điển hình</summary>
          <div className="mt-2 space-y-3">
            <EditRoleModelForm
              entry={{
                ...entry,
                days: {
                  foundOn: day(entry.foundOn),
                  fosteredOn: day(entry.fosteredOn),
                  reviewedOn: day(entry.reviewedOn),
                  replicatedOn: day(entry.replicatedOn),
                },
              }}
              agencies={agencies}
              people={people}
              action={editRoleModelAction}
            />
            {entry.canRemove ? (
              <RemoveRoleModelForm roleModelId={entry.id} version={entry.version} name={entry.name} action={removeRoleModelAction} />
            ) : (
              <p className="text-xs text-stone-600">Không xóa được: đã có đề nghị khen thưởng lập từ điển hình này.</p>
            )}
          </div>
        </details>
      )}
      {entry.canNominate && (
        <Link href={`${base}/de-nghi?dien-hinh=${encodeURIComponent(entry.id)}`} className="inline-block rounded bg-brand-700 px-3 py-1.5 text-sm text-white">
          Đề nghị khen thưởng
        </Link>
      )}
      {entry.nominations.map((n) => (
        <p key={n.id} className="text-xs text-stone-600">
          Đã đề nghị {n.awardFormName} ({NOMINATION_STATUS_LABELS[n.status] ?? n.status})
        </p>
      ))}
    </div>
  );
}
