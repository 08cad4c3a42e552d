import { RegistrationFacts } from "@/components/registrations/registration-facts";
import { RegistrationSummary } from "@/components/registrations/registration-summary";
import { Card, EmptyState } from "@/components/ui/card";
import type { PhaseWindow } from "@/lib/domain/cycle-phase";
import { lateLineLabel } from "@/lib/domain/late-submission";
import { formatNumber } from "@/lib/format";
import { availableActions, checkReviewWindow } from "@/lib/domain/registration";
import type { AgencyRegistration as Data } from "@/lib/server/registrations/get-registration";
import { RegistrationEditor } from "./registration-editor";
import { ReviewActions } from "./review-actions";

/**
 * One agency's registration: the form for its own leader and officer, the
 * read-only view with accept / return for the secretary and chair. What is
 * shown follows the state machine and the phase; the server checks both again. Once saved, the
 * registration downloads as a .docx for the head to sign.
 */
export function AgencyRegistration({
  data,
  year,
  phases,
  today,
  docxHref,
}: {
  data: Data;
  year: number;
  phases: PhaseWindow[];
  today: string;
  docxHref: string;
}) {
  const { registration: reg, actor } = data;
  const title = `Đăng ký thi đua năm ${year} — ${data.agency.name}`;
  if (!data.cycleId) {
    return (
      <Card title={title}>
        <EmptyState>Khối chưa lập kỳ thi đua năm {year}: chưa thể đăng ký.</EmptyState>
      </Card>
    );
  }
  const status = reg?.status ?? "DRAFT";
  const may = availableActions(status, actor);
  // The agency's own window (its extension, or late within the year's grace), not only the phase.
  const registrationPhase = data.window;
  const reviewWindow = checkReviewWindow(phases, today);
  const content = { titles: reg?.titles ?? [], targets: reg?.targets ?? [], note: reg?.note ?? null };
  const summary = reg ? <RegistrationSummary content={content} /> : <EmptyState>Cơ quan chưa lưu bản đăng ký.</EmptyState>;

  return (
    <Card title={title}>
      <div className="space-y-4">
        <RegistrationFacts registration={reg} lastChangedBy={data.lastChangedBy} />
        {reg && (
          <a href={docxHref} className="inline-block text-sm text-brand-700 underline" download>
            Tải .docx
          </a>
        )}
        {actor.canEdit && may.includes("saveDraft") && !registrationPhase.open && (
          <p role="note" className="rounded bg-stone-100 px-3 py-2 text-sm text-stone-700">
            {registrationPhase.reason} Bản đăng ký chỉ xem được.
          </p>
        )}
        {actor.canEdit && may.includes("submit") && registrationPhase.lateWarning && (
          <p role="note" className="rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900" data-testid="late-warning">
            {registrationPhase.lateWarning}
          </p>
        )}
        {data.late && (
          <p className="text-sm text-stone-700" data-testid="late-recorded">
            {lateLineLabel(data.late.daysLate)}: {data.late.waived ? "đã được miễn trừ" : `−${formatNumber(data.late.points)} điểm vào tổng điểm`}.
          </p>
        )}
        {actor.canEdit ? (
          <RegistrationEditor
            cycleId={data.cycleId}
            agencyId={data.agency.id}
            year={year}
            version={reg?.version ?? 0}
            current={{
              titleIds: content.titles.map((t) => t.id),
              targets: content.targets.map((t) => ({ text: t.text, kind: t.kind, value: t.value === null ? "" : String(t.value), comparator: t.comparator })),
              note: content.note ?? "",
            }}
            catalogue={data.catalogue}
            isEditable={may.includes("saveDraft") && registrationPhase.open}
            canSubmit={may.includes("submit")}
            readOnly={summary}
          />
        ) : (
          summary
        )}
        {reg &&
          may.includes("accept") &&
          (reviewWindow.open ? (
            <ReviewActions key={reg.id} registrationId={reg.id} version={reg.version} agencyName={data.agency.name} />
          ) : (
            <p role="note" className="rounded bg-stone-100 px-3 py-2 text-sm text-stone-700">
              {reviewWindow.reason}
            </p>
          ))}
      </div>
    </Card>
  );
}
