import type { Metadata } from "next";
import { AttachFilesForm, RemoveFileForm } from "@/components/activities/activity-files";
import { ActivityForm } from "@/components/activities/activity-form";
import { AddParticipantForm, RemoveParticipantForm } from "@/components/activities/participant-forms";
import { Card, EmptyState } from "@/components/ui/card";
import { ScrollTable } from "@/components/ui/scroll-table";
import { BLOC_ACTIVITY_KIND_LABELS } from "@/lib/domain/labels";
import { formatDay, formatNumber } from "@/lib/format";
import { findBlocActivities } from "@/lib/server/activities/find-bloc-activities";
import { loadBlocYear, type BlocYearParams } from "../load";
import {
  addActivityParticipantAction,
  attachActivityFilesAction,
  removeActivityFileAction,
  removeActivityParticipantAction,
  saveBlocActivityAction,
} from "./actions";

export const metadata: Metadata = { title: "Hoạt động chung và hội thi" };

/** The year's joint activities and contests, filtered by agency (?co-quan=<id>); forms for those who record them. */
export default async function ActivitiesPage({ params, searchParams }: { params: BlocYearParams; searchParams: Promise<{ "co-quan"?: string }> }) {
  const { bloc, year } = await params;
  const data = await loadBlocYear(bloc, year);
  const filter = (await searchParams)["co-quan"] ?? "";
  const agencyId = data.members.some((m) => m.agencyId === filter) ? filter : null;
  const found = await findBlocActivities(data.bloc.id, data.year, agencyId);
  const docx = (activityId: string, document: "ke-hoach" | "thong-bao") =>
    `/api/khoi/${encodeURIComponent(data.bloc.code)}/${data.year}/hoat-dong/${encodeURIComponent(activityId)}/${document}/docx`;
  return (
    <div className="space-y-5">
      <Card title={`Hoạt động chung và hội thi — năm ${data.year}`}>
        <form method="get" className="mb-4 flex flex-wrap items-end gap-2" aria-label="Lọc theo cơ quan">
          <div>
            <label htmlFor="co-quan" className="block text-sm font-medium">
              Cơ quan
            </label>
            <select id="co-quan" name="co-quan" defaultValue={agencyId ?? ""} className="field-input">
              <option value="">Tất cả cơ quan</option>
              {found.members.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.name}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="rounded border border-stone-300 bg-white px-3 py-2 text-sm font-semibold hover:bg-stone-100">
            Lọc
          </button>
        </form>
        {found.activities.length === 0 && (
          <EmptyState>
            {agencyId ? "Cơ quan này chưa tổ chức hay tham gia hoạt động nào trong năm." : "Chưa có hoạt động chung hay hội thi nào trong năm."}
          </EmptyState>
        )}
      </Card>
      {found.activities.map((a) => (
        <Card key={a.id} title={a.title}>
          <dl className="mb-3 grid gap-1 text-sm sm:grid-cols-2">
            <div>
              <dt className="inline font-medium">Loại: </dt>
              <dd className="inline">{BLOC_ACTIVITY_KIND_LABELS[a.kind]}</dd>
            </div>
            <div>
              <dt className="inline font-medium">Cơ quan tổ chức: </dt>
              <dd className="inline">{a.organiser}</dd>
            </div>
            <div>
              <dt className="inline font-medium">Thời gian: </dt>
              <dd className="inline">
                {formatDay(a.startsOn)}
                {a.endsOn && a.endsOn !== a.startsOn ? ` – ${formatDay(a.endsOn)}` : ""}
              </dd>
            </div>
            <div>
              <dt className="inline font-medium">Tiêu chí nhận điểm: </dt>
              <dd className="inline">{a.criterionCode ?? "không gắn tiêu chí"}</dd>
            </div>
          </dl>
          {a.description && <p className="mb-3 whitespace-pre-line text-sm text-stone-700">{a.description}</p>}
          <p className="mb-3 flex flex-wrap gap-x-4 gap-y-1 text-sm">
            <a href={docx(a.id, "ke-hoach")} download className="text-brand-700 underline">
              Tải kế hoạch tổ chức (.docx)<span className="sr-only"> — {a.title}</span>
            </a>
            <a href={docx(a.id, "thong-bao")} download className="text-brand-700 underline">
              Tải thông báo kết quả (.docx)<span className="sr-only"> — {a.title}</span>
            </a>
          </p>
          {a.participants.length === 0 ? (
            <EmptyState>Chưa ghi người tham gia.</EmptyState>
          ) : (
            <ScrollTable caption={`Người tham gia và kết quả — ${a.title}`}>
              <thead>
                <tr className="border-b border-stone-200 text-left text-stone-500">
                  {["Cơ quan", "Cá nhân", "Kết quả", "Giải thưởng", "Điểm"].map((h) => (
                    <th key={h} scope="col" className="py-2 pr-2 font-medium">
                      {h}
                    </th>
                  ))}
                  {a.editable && (
                    <th scope="col" className="py-2 font-medium">
                      <span className="sr-only">Thao tác</span>
                    </th>
                  )}
                </tr>
              </thead>
              <tbody>
                {a.participants.map((p) => (
                  <tr key={p.id} className="border-b border-stone-100 last:border-0">
                    <th scope="row" className="py-2 pr-2 text-left font-normal">
                      {p.agency}
                    </th>
                    <td className="py-2 pr-2">{p.personName ?? "—"}</td>
                    <td className="py-2 pr-2">{p.result ?? "—"}</td>
                    <td className="py-2 pr-2">{p.prize ?? "—"}</td>
                    <td className="py-2 pr-2">{p.points === null ? "—" : formatNumber(p.points)}</td>
                    {a.editable && (
                      <td className="py-2">
                        <RemoveParticipantForm
                          action={removeActivityParticipantAction}
                          participantId={p.id}
                          label={`${p.personName ?? p.agency} khỏi ${a.title}`}
                        />
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </ScrollTable>
          )}
          <section className="mt-3" aria-label={`Tệp đính kèm — ${a.title}`}>
            <h3 className="text-sm font-medium">Tệp đính kèm</h3>
            {a.files.length === 0 ? (
              <p className="text-sm text-stone-600">Chưa có tệp kế hoạch, thông báo hay ảnh nào.</p>
            ) : (
              <ul className="mt-1 space-y-1 text-sm">
                {a.files.map((f) => (
                  <li key={f.id} className="flex flex-wrap items-center gap-2">
                    <a href={`/api/files/${f.id}`} className="text-brand-700 underline">
                      {f.name}
                    </a>
                    {a.editable && <RemoveFileForm action={removeActivityFileAction} fileId={f.id} name={f.name} />}
                  </li>
                ))}
              </ul>
            )}
          </section>
          {a.editable && found.cycleId && (
            <div className="mt-4 space-y-4 border-t border-stone-200 pt-4">
              <AttachFilesForm action={attachActivityFilesAction} activityId={a.id} title={a.title} />
              <AddParticipantForm action={addActivityParticipantAction} activityId={a.id} title={a.title} members={found.members} />
              <details>
                <summary className="cursor-pointer text-sm font-semibold text-brand-700">Sửa thông tin hoạt động</summary>
                <div className="mt-3">
                  <ActivityForm action={saveBlocActivityAction} cycleId={found.cycleId} organisers={found.organisers} criteria={found.criteria} activity={a} />
                </div>
              </details>
            </div>
          )}
        </Card>
      ))}
      {found.cycleId && found.organisers.length > 0 && (
        <Card title="Ghi hoạt động, hội thi mới">
          <ActivityForm action={saveBlocActivityAction} cycleId={found.cycleId} organisers={found.organisers} criteria={found.criteria} />
        </Card>
      )}
    </div>
  );
}
