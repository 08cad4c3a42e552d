"use client";

import { useActionState } from "react";
import { Field, inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { errorsOf, valueOf, valuesOf, type ActionState } from "@/lib/forms/action-state";

const KINDS = [
  ["ACCLAIM_LEADER", "Suy tôn đơn vị dẫn đầu"],
  ["AWARD_PROPOSAL", "Bình xét đề nghị khen thưởng"],
  ["ELECT_HEAD", "Bầu Trưởng khối"],
  ["ELECT_DEPUTY", "Bầu Phó khối"],
] as const;

export interface CreateVoteFormProps {
  action: (prev: ActionState, form: FormData) => Promise<ActionState>;
  meetings: { id: string; label: string }[];
  members: { agencyId: string; name: string }[];
  awardForms: { id: string; name: string }[];
  defaults: { quorumPct: number; thresholdPct: number; thresholdBase: string; candidateMayVote: boolean; maxChoices: number; tieRule: string };
  /** Under the year's CONFIRM_RANKING rule: the suy tôn candidates the ranking proposes (prefilled), or why none can be voted on now. */
  proposal?: { agencyIds: string[]; text: string } | null;
}

/** "Tạo cuộc bỏ phiếu": the chair's form; empty settings take the year's defaults (shown as hints). */
export function CreateVoteForm({ action, meetings, members, awardForms, defaults, proposal }: CreateVoteFormProps) {
  const [state, formAction] = useActionState(action, null);
  // A first render proposes the ranking's units; after a refusal the chair's own picks come back.
  const picked = valuesOf(state, "candidateAgencyIds", state ? [] : (proposal?.agencyIds ?? []));
  const select = `${inputClass} max-w-md`;
  // Remounted on every answer and whenever the proposal changes: React applies a changed default to
  // neither a <select> nor a box already drawn, so without it a refusal would put "Hình thức" back
  // to electronic, and saving the year's rule would show the proposal with its units not ticked
  // (docs/decisions/0043-ranking-and-the-leading-unit-vote.md).
  const key = `${state?.stamp ?? 0}:${proposal?.agencyIds.join(" ") ?? ""}`;
  return (
    <form key={key} action={formAction} className="space-y-4" aria-label="Tạo cuộc bỏ phiếu">
      <FormMessage state={state} />
      <div className="grid gap-4 md:grid-cols-2">
        <Field name="meetingId" label="Hội nghị" errors={errorsOf(state, "meetingId")}>
          {(p) => (
            <select {...p} className={select} defaultValue={valueOf(state, "meetingId", meetings[0]?.id ?? "")}>
              {meetings.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field name="kind" label="Loại biểu quyết" errors={errorsOf(state, "kind")}>
          {(p) => (
            <select {...p} className={select} defaultValue={valueOf(state, "kind", "ACCLAIM_LEADER")}>
              {KINDS.map(([v, l]) => (
                <option key={v} value={v}>
                  {l}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field name="title" label="Nội dung biểu quyết" errors={errorsOf(state, "title")}>
          {(p) => <input {...p} className={inputClass} defaultValue={valueOf(state, "title")} required maxLength={300} />}
        </Field>
        <Field name="method" label="Hình thức" errors={errorsOf(state, "method")}>
          {(p) => (
            <select {...p} className={select} defaultValue={valueOf(state, "method", "ELECTRONIC")}>
              <option value="ELECTRONIC">Bỏ phiếu điện tử</option>
              <option value="PAPER">Phiếu giấy (ban kiểm phiếu nhập kết quả)</option>
            </select>
          )}
        </Field>
      </div>

      <fieldset
        className="rounded border border-stone-200 p-3"
        aria-describedby={errorsOf(state, "candidateAgencyIds") ? "f-candidateAgencyIds-error" : undefined}
      >
        <legend className="px-1 text-sm font-medium">Ứng viên là đơn vị thành viên</legend>
        {proposal && (
          <p className="mb-2 rounded bg-sky-50 px-3 py-2 text-sm text-sky-900" data-testid="ranking-proposal">
            Suy tôn đơn vị dẫn đầu: {proposal.text}
          </p>
        )}
        <div className="grid gap-1 sm:grid-cols-2">
          {members.map((m) => (
            <label key={m.agencyId} className="flex items-center gap-2 text-sm">
              <input type="checkbox" name="candidateAgencyIds" value={m.agencyId} defaultChecked={picked.includes(m.agencyId)} />
              {m.name}
            </label>
          ))}
        </div>
        <div id="f-candidateAgencyIds-error" aria-live="polite">
          {errorsOf(state, "candidateAgencyIds")?.map((e) => (
            <p key={e} className="mt-1 text-sm text-red-700">
              {e}
            </p>
          ))}
        </div>
      </fieldset>

      <div className="grid gap-4 md:grid-cols-2">
        <Field
          name="candidatePersons"
          label="Ứng viên là cá nhân (mỗi dòng một người)"
          hint="Dùng cho đề nghị khen thưởng cá nhân."
          errors={errorsOf(state, "candidatePersons")}
        >
          {(p) => <textarea {...p} rows={3} className={inputClass} defaultValue={valueOf(state, "candidatePersons")} />}
        </Field>
        <Field name="committee" label="Ban kiểm phiếu (mỗi dòng một người, người đầu là trưởng ban)" errors={errorsOf(state, "committee")}>
          {(p) => <textarea {...p} rows={3} className={inputClass} defaultValue={valueOf(state, "committee")} />}
        </Field>
        {awardForms.length > 0 && (
          <Field name="awardFormId" label="Hình thức khen thưởng (nếu có)" errors={errorsOf(state, "awardFormId")}>
            {(p) => (
              <select {...p} className={select} defaultValue={valueOf(state, "awardFormId")}>
                <option value="">— Không —</option>
                {awardForms.map((f) => (
                  <option key={f.id} value={f.id}>
                    {f.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
        )}
      </div>

      <details className="rounded border border-stone-200 p-3">
        <summary className="cursor-pointer text-sm font-medium">Quy tắc biểu quyết (để trống: theo mặc định của năm)</summary>
        <div className="mt-3 grid gap-4 md:grid-cols-3">
          <Field name="quorumPct" label="Tỷ lệ đơn vị có mặt tối thiểu (%)" hint={`Mặc định ${defaults.quorumPct}%`} errors={errorsOf(state, "quorumPct")}>
            {(p) => <input {...p} type="number" min={0} max={100} step="0.01" className={inputClass} defaultValue={valueOf(state, "quorumPct")} />}
          </Field>
          <Field
            name="thresholdPct"
            label="Ngưỡng thông qua (%)"
            hint={`Mặc định ${defaults.thresholdPct}% (50% = quá bán)`}
            errors={errorsOf(state, "thresholdPct")}
          >
            {(p) => <input {...p} type="number" min={0} max={100} step="0.01" className={inputClass} defaultValue={valueOf(state, "thresholdPct")} />}
          </Field>
          <Field name="thresholdBase" label="Tính trên" errors={errorsOf(state, "thresholdBase")}>
            {(p) => (
              <select {...p} className={inputClass} defaultValue={valueOf(state, "thresholdBase")}>
                <option value="">Mặc định</option>
                <option value="ALL_MEMBERS">Tổng số đơn vị thành viên</option>
                <option value="PRESENT_MEMBERS">Số đơn vị có mặt</option>
                <option value="VALID_BALLOTS">Số phiếu hợp lệ</option>
              </select>
            )}
          </Field>
          <Field
            name="maxChoices"
            label="Số ứng viên được chọn tối đa trên một phiếu"
            hint={`Mặc định ${defaults.maxChoices}; bầu Trưởng, Phó khối luôn là 1`}
            errors={errorsOf(state, "maxChoices")}
          >
            {(p) => <input {...p} type="number" min={1} step={1} className={inputClass} defaultValue={valueOf(state, "maxChoices")} />}
          </Field>
          <Field name="candidateMayVote" label="Đơn vị là ứng viên có được bỏ phiếu" errors={errorsOf(state, "candidateMayVote")}>
            {(p) => (
              <select {...p} className={inputClass} defaultValue={valueOf(state, "candidateMayVote")}>
                <option value="">Mặc định ({defaults.candidateMayVote ? "có" : "không"})</option>
                <option value="yes">Có</option>
                <option value="no">Không</option>
              </select>
            )}
          </Field>
          <Field name="tieRule" label="Khi bằng phiếu" errors={errorsOf(state, "tieRule")}>
            {(p) => (
              <select {...p} className={inputClass} defaultValue={valueOf(state, "tieRule")}>
                <option value="">Mặc định</option>
                <option value="RUNOFF">Bỏ phiếu lại giữa các ứng viên bằng phiếu</option>
                <option value="TOP_TWO">Bỏ phiếu lại giữa hai ứng viên cao nhất (cả khi không ai đạt)</option>
                <option value="NONE">Không bỏ phiếu lại; chủ trì quyết định theo quy chế</option>
              </select>
            )}
          </Field>
        </div>
      </details>
      <SubmitButton>Tạo cuộc bỏ phiếu</SubmitButton>
    </form>
  );
}
