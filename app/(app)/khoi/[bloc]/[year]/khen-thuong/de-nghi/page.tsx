import type { Metadata } from "next";
import Link from "next/link";
import { NominationForm, ProposeButton, ReasonButton, SendButton } from "@/components/awards/nomination-forms";
import { PriorityForm } from "@/components/awards/priority-form";
import { Card, EmptyState } from "@/components/ui/card";
import { AWARD_TARGET_LABELS, NOMINATION_STATUS_LABELS } from "@/lib/domain/labels";
import { findNominationBoard, type BoardForm, type BoardNomination } from "@/lib/server/awards/find-nomination-board";
import { findNomineeChoices } from "@/lib/server/people/find-nominee-choices";
import { getRoleModelNominee } from "@/lib/server/role-models/get-role-model-nominee";
import { readOr404 } from "@/lib/server/read-or-404";
import { loadBlocYear, type BlocYearParams } from "../../load";
import { proposeNominationAction, reviewNominationAction, saveNominationAction, setPrioritiesAction } from "./actions";
import { ScrollTable } from "@/components/ui/scroll-table";

export const metadata: Metadata = { title: "Đề nghị khen thưởng" };

export default async function NominationsPage({
  params,
  searchParams,
}: {
  params: BlocYearParams;
  searchParams: Promise<{ sua?: string; "dien-hinh"?: string }>;
}) {
  const { bloc, year } = await params;
  const { sua, "dien-hinh": roleModelId } = await searchParams;
  const data = await loadBlocYear(bloc, year);
  const [board, people, prefill] = await Promise.all([
    findNominationBoard(data.bloc.id, data.year),
    findNomineeChoices(data.bloc.id, data.year),
    // "Đề nghị khen thưởng" from the role-model register (docs/decisions/0039) fills a new nomination.
    roleModelId && !sua ? readOr404(getRoleModelNominee(data.bloc.id, data.year, roleModelId)) : null,
  ]);
  const base = `/khoi/${encodeURIComponent(data.bloc.code)}/${data.year}/khen-thuong/de-nghi`;
  const title = `Đề nghị khen thưởng năm ${data.year}`;
  if (!board) {
    return (
      <Card title={title}>
        <EmptyState>Năm {data.year} chưa được lập năm thi đua.</EmptyState>
      </Card>
    );
  }
  if (board.scope === "NONE") {
    return (
      <Card title={title}>
        <EmptyState>Đề nghị khen thưởng chỉ hiển thị cho cơ quan đề nghị và Thư ký, Trưởng khối.</EmptyState>
      </Card>
    );
  }
  const all = board.forms.flatMap((f) => f.nominations);
  const editing = sua ? (all.find((n) => n.id === sua && n.actions.includes("save")) ?? null) : null;
  const canDraft = board.ownAgencies.length > 0;
  const formOptions = board.forms.filter((f) => !prefill || f.target === prefill.target).map((f) => ({ id: f.id, name: f.name, target: f.target }));
  const total = all.length;

  return (
    <div className="space-y-5">
      {board.warnings.length > 0 && (
        <section aria-label="Cảnh báo trùng thành tích" className="rounded-lg border border-amber-300 bg-amber-50 p-4 text-sm text-amber-900">
          <h2 className="font-semibold">Cảnh báo: một thành tích, một hình thức khen thưởng</h2>
          <ul className="mt-1 list-disc space-y-1 pl-5">
            {board.warnings.map((w) => (
              <li key={w.message}>{w.message}</li>
            ))}
          </ul>
        </section>
      )}

      <Card title={title}>
        {board.scope === "OWN" && <p className="mb-2 text-sm text-stone-600">Bạn xem và soạn đề nghị khen thưởng của cơ quan mình.</p>}
        {board.forms.length === 0 ? (
          <EmptyState>Chưa có danh mục hình thức khen thưởng cho năm {data.year}.</EmptyState>
        ) : total === 0 ? (
          <EmptyState>Chưa có đề nghị khen thưởng nào cho năm {data.year}.</EmptyState>
        ) : (
          <div className="space-y-6">
            {board.forms
              .filter((f) => f.nominations.length > 0 || board.canReview)
              .map((f) => (
                <FormGroup key={f.id} form={f} base={base} canReview={board.canReview} />
              ))}
          </div>
        )}
      </Card>

      {!board.phase.open && (canDraft || board.canReview) && (
        <p role="status" className="rounded bg-amber-50 px-3 py-2 text-sm text-amber-900">
          Không thể soạn, gửi hay xét đề nghị lúc này: {board.phase.reason}
        </p>
      )}

      {canDraft && board.phase.open && board.forms.length > 0 && (
        <Card
          title={
            editing
              ? `Sửa đề nghị: ${editing.nominee}`
              : prefill
                ? `Đề nghị khen thưởng điển hình: ${prefill.personName ?? prefill.collectiveName}`
                : "Thêm đề nghị"
          }
          actions={
            editing || prefill ? (
              <Link href={base} className="text-sm underline">
                Thêm đề nghị mới
              </Link>
            ) : undefined
          }
        >
          <NominationForm
            cycleId={board.cycleId}
            agencies={board.ownAgencies}
            forms={formOptions}
            people={people}
            nomination={editing}
            prefill={editing ? null : prefill}
            action={saveNominationAction}
          />
        </Card>
      )}
    </div>
  );
}

function FormGroup({ form, base, canReview }: { form: BoardForm; base: string; canReview: boolean }) {
  const ordered = form.nominations.filter((n) => n.actions.includes("prioritise"));
  return (
    <section aria-label={form.name}>
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 className="font-semibold">{form.name}</h3>
        <p className="text-sm text-stone-600">
          {form.quotaMax === null ? `Đã gửi ${form.sent} (không giới hạn)` : `Đã gửi ${form.sent}/${form.quotaMax}`}
          <span className="ml-1 text-xs">— {form.quotaText}</span>
        </p>
      </div>
      {form.nominations.length === 0 ? (
        <p className="mt-1 text-sm text-stone-500">Chưa có đề nghị cho hình thức này.</p>
      ) : (
        <ScrollTable caption={`Đề nghị ${form.name}`} frameClassName="mt-2">
          <thead>
            <tr className="border-b border-stone-200 text-left text-stone-500">
              <th scope="col" className="py-2 pr-2 font-medium">
                Ưu tiên
              </th>
              <th scope="col" className="py-2 pr-2 font-medium">
                Được đề nghị
              </th>
              <th scope="col" className="py-2 pr-2 font-medium">
                Cơ quan
              </th>
              <th scope="col" className="py-2 pr-2 font-medium">
                Thành tích
              </th>
              <th scope="col" className="py-2 pr-2 font-medium">
                Trạng thái
              </th>
              <th scope="col" className="py-2 font-medium">
                Thao tác
              </th>
            </tr>
          </thead>
          <tbody>
            {form.nominations.map((n) => (
              <NominationRow key={n.id} n={n} base={base} />
            ))}
          </tbody>
        </ScrollTable>
      )}
      {canReview && ordered.length > 0 && (
        <PriorityForm
          awardFormId={form.id}
          formName={form.name}
          items={ordered.map((n) => ({ id: n.id, nominee: n.nominee, priority: n.priority }))}
          action={setPrioritiesAction}
        />
      )}
    </section>
  );
}

function NominationRow({ n, base }: { n: BoardNomination; base: string }) {
  return (
    <tr className="border-b border-stone-100 align-top last:border-0">
      <td className="py-2 pr-2">{n.priority > 0 ? n.priority : "—"}</td>
      <th scope="row" className="py-2 pr-2 text-left font-normal">
        {n.nominee}
        <p className="text-xs text-stone-500">{AWARD_TARGET_LABELS[n.target]}</p>
      </th>
      <td className="py-2 pr-2">{n.agencyName}</td>
      <td className="max-w-sm py-2 pr-2 text-xs text-stone-700">{n.achievements}</td>
      <td className="py-2 pr-2">
        {NOMINATION_STATUS_LABELS[n.status]}
        {n.statusReason && <p className="mt-0.5 text-xs text-stone-600">Lý do: {n.statusReason}</p>}
        {n.eligibility && !n.eligibility.eligible && (
          <div className="mt-1 text-xs text-red-800">
            <p>✗ Chưa đủ điều kiện:</p>
            <ul className="list-disc pl-4">
              {n.eligibility.reasons.map((r) => (
                <li key={r}>{r}</li>
              ))}
            </ul>
          </div>
        )}
        {n.eligibility && n.eligibility.notes.length > 0 && (
          <ul className="mt-1 list-disc pl-4 text-xs text-amber-800" aria-label="Lưu ý về điều kiện">
            {n.eligibility.notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        )}
      </td>
      <td className="py-2">
        <div className="flex flex-wrap items-start gap-2">
          {n.actions.includes("save") && (
            <Link href={`${base}?sua=${n.id}`} className="rounded border border-stone-300 px-3 py-2 text-sm">
              Sửa
            </Link>
          )}
          {n.actions.includes("propose") && <ProposeButton nominationId={n.id} version={n.version} nominee={n.nominee} action={proposeNominationAction} />}
          {n.actions.includes("send") && <SendButton nominationId={n.id} version={n.version} nominee={n.nominee} action={reviewNominationAction} />}
          {n.actions.includes("return") && (
            <ReasonButton nominationId={n.id} version={n.version} nominee={n.nominee} decision="return" action={reviewNominationAction} />
          )}
          {n.actions.includes("reject") && (
            <ReasonButton nominationId={n.id} version={n.version} nominee={n.nominee} decision="reject" action={reviewNominationAction} />
          )}
        </div>
      </td>
    </tr>
  );
}
