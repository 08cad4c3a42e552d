"use client";

import { useActionState } from "react";
import { ConfirmSubmit } from "@/components/ui/confirm-submit";
import { inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { ScopedField } from "@/components/ui/scoped-field";
import { formatNumber } from "@/lib/format";
import { decideObjectionAction } from "../actions";

interface Target {
  id: string;
  label: string;
  criterionType: string;
  minPoints: number;
  maxPoints: number;
}

/**
 * The chair's two decisions on an OPEN objection, each behind a confirmation: "Chấp nhận" with the
 * corrected value (points; actual and target for a quantitative row; the veto for a gate) and
 * "Không chấp nhận"; both need "Lý do quyết định".
 */
export function DecideForms({ objection }: { objection: Target }) {
  return (
    <div className="grid gap-4 md:grid-cols-2">
      <AcceptForm objection={objection} />
      <RejectForm objection={objection} />
    </div>
  );
}

function AcceptForm({ objection: o }: { objection: Target }) {
  const [state, formAction] = useActionState(decideObjectionAction, null);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  const scope = `chap-nhan-${o.id}`;
  return (
    <form action={formAction} aria-label={`Chấp nhận khiếu nại ${o.label}`} className="space-y-2 rounded border border-green-200 bg-green-50/40 p-3" noValidate>
      <input type="hidden" name="objectionId" value={o.id} />
      <input type="hidden" name="decision" value="ACCEPT" />
      {o.criterionType === "QUANTITATIVE" ? (
        <div className="grid grid-cols-2 gap-2">
          <ScopedField scope={scope} name="actual" label="Kết quả thực hiện được chấp nhận" errors={errors?.actual}>
            {(p) => <input {...p} inputMode="decimal" className={inputClass} />}
          </ScopedField>
          <ScopedField scope={scope} name="target" label="Chỉ tiêu được chấp nhận" errors={errors?.target}>
            {(p) => <input {...p} inputMode="decimal" className={inputClass} />}
          </ScopedField>
        </div>
      ) : o.criterionType === "GATE" ? (
        <ScopedField scope={scope} name="violation" label="Điều kiện loại trừ" errors={errors?.violation}>
          {(p) => (
            <select {...p} defaultValue="0" className={inputClass}>
              <option value="0">Không vi phạm</option>
              <option value="1">Có vi phạm</option>
            </select>
          )}
        </ScopedField>
      ) : (
        <ScopedField
          scope={scope}
          name="points"
          label="Điểm được chấp nhận"
          hint={`Từ ${formatNumber(o.minPoints)} đến ${formatNumber(o.maxPoints)} điểm.`}
          errors={errors?.points}
        >
          {(p) => <input {...p} inputMode="decimal" className={inputClass} />}
        </ScopedField>
      )}
      <ScopedField scope={scope} name="decisionReason" label="Lý do quyết định" errors={errors?.decisionReason}>
        {(p) => <textarea {...p} rows={2} maxLength={4000} className={inputClass} />}
      </ScopedField>
      <FormMessage state={state} />
      <ConfirmSubmit
        state={state}
        formAction={formAction}
        title="Chấp nhận khiếu nại?"
        description="Điểm của tiêu chí được sửa theo giá trị đã nhập; quyết định không thể thay đổi."
        confirmText="Chấp nhận"
        variant="primary"
      >
        Chấp nhận
      </ConfirmSubmit>
    </form>
  );
}

function RejectForm({ objection: o }: { objection: Target }) {
  const [state, formAction] = useActionState(decideObjectionAction, null);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  const scope = `khong-chap-nhan-${o.id}`;
  return (
    <form
      action={formAction}
      aria-label={`Không chấp nhận khiếu nại ${o.label}`}
      className="space-y-2 rounded border border-red-200 bg-red-50/40 p-3"
      noValidate
    >
      <input type="hidden" name="objectionId" value={o.id} />
      <input type="hidden" name="decision" value="REJECT" />
      <ScopedField scope={scope} name="decisionReason" label="Lý do quyết định" errors={errors?.decisionReason}>
        {(p) => <textarea {...p} rows={2} maxLength={4000} className={inputClass} />}
      </ScopedField>
      <FormMessage state={state} />
      <ConfirmSubmit
        state={state}
        formAction={formAction}
        title="Không chấp nhận khiếu nại?"
        description="Điểm của tiêu chí giữ nguyên; quyết định không thể thay đổi."
        confirmText="Không chấp nhận"
      >
        Không chấp nhận
      </ConfirmSubmit>
    </form>
  );
}
