"use client";

import { useActionState } from "react";
import type { FormAction } from "@/components/provinces/form-action";
import { errorsOf, valueOf, valuesOf } from "@/components/setup/form-value";
import { ConfirmSubmit } from "@/components/ui/confirm-submit";
import { inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { CheckboxGroup, ScopedField } from "@/components/ui/scoped-field";
import { ChangeErrors, ChangeFields, NewAgencyFields, partnerLabel, type Partner } from "./change-fields";

interface ChangeFormProps {
  action: FormAction;
  agency: { id: string; name: string };
  partners: Partner[];
}

const CONSEQUENCES = "Không hoàn tác được. Cơ quan cũ được ghi là không còn từ ngày hiệu lực và giữ nguyên lịch sử; trong các khối có cơ quan này năm đó, cơ quan cũ thôi là thành viên từ ngày trước ngày hiệu lực và cơ quan kế thừa tham gia từ ngày hiệu lực.";

/** Hợp nhất, sáp nhập: this agency and others become one agency, new or existing (even one of them). */
export function RegisterMergerForm({ action, agency, partners }: ChangeFormProps) {
  const [state, formAction] = useActionState(action, null);
  const scope = "reg-merger";
  return (
    <form action={formAction} className="grid gap-4" noValidate>
      <input type="hidden" name="kind" value="MERGER" />
      <input type="hidden" name="predecessorIds" value={agency.id} />
      <CheckboxGroup
        scope={scope}
        name="predecessorIds"
        legend={`Hợp nhất ${agency.name} cùng với`}
        options={partners.map((p) => ({ value: p.id, label: partnerLabel(p) }))}
        checked={valuesOf(state, "predecessorIds")}
        errors={errorsOf(state, "predecessorIds")}
      />
      <ScopedField scope={scope} name="successorId" label="Cơ quan sau hợp nhất" errors={errorsOf(state, "successorId") ?? errorsOf(state, "successors")}
        hint="Chọn cơ quan có sẵn (kể cả một trong các cơ quan hợp nhất nếu cơ quan đó tiếp nhận các cơ quan còn lại), hoặc để trống và nhập cơ quan mới.">
        {(p) => (
          <select {...p} defaultValue={valueOf(state, "successorId")} className={inputClass}>
            <option value="">— Cơ quan mới (nhập bên dưới) —</option>
            <option value={agency.id}>{agency.name}</option>
            {partners.map((c) => <option key={c.id} value={c.id}>{partnerLabel(c)}</option>)}
          </select>
        )}
      </ScopedField>
      <fieldset className="rounded border border-stone-200 p-3">
        <legend className="px-1 text-sm font-medium">Cơ quan mới</legend>
        <NewAgencyFields scope={scope} state={state} />
      </fieldset>
      <ChangeFields scope={scope} state={state} />
      <FormMessage state={state} />
      <div><ConfirmSubmit variant="primary" title="Ghi nhận hợp nhất?" description={CONSEQUENCES} confirmText="Ghi nhận hợp nhất">Ghi nhận hợp nhất</ConfirmSubmit></div>
    </form>
  );
}

/** Chia tách: this agency becomes two or more agencies, existing ones and/or up to three new ones. */
export function RegisterSplitForm({ action, agency, partners }: ChangeFormProps) {
  const [state, formAction] = useActionState(action, null);
  const scope = "reg-split";
  return (
    <form action={formAction} className="grid gap-4" noValidate>
      <input type="hidden" name="kind" value="SPLIT" />
      <input type="hidden" name="predecessorId" value={agency.id} />
      <ChangeErrors state={state} fields={["predecessorId", "predecessorIds"]} />
      <ScopedField scope={scope} name="successorIds" label="Cơ quan có sẵn tiếp nhận (nếu có)" errors={errorsOf(state, "successors")}
        hint="Giữ phím Ctrl (hoặc Cmd) để chọn nhiều cơ quan. Có thể kết hợp với cơ quan mới bên dưới; tổng cộng ít nhất hai.">
        {(p) => (
          <select {...p} multiple size={Math.min(6, Math.max(2, partners.length))} defaultValue={[...valuesOf(state, "successorIds")]} className={inputClass}>
            {partners.map((c) => <option key={c.id} value={c.id}>{partnerLabel(c)}</option>)}
          </select>
        )}
      </ScopedField>
      {[0, 1, 2].map((i) => (
        <fieldset key={i} className="rounded border border-stone-200 p-3">
          <legend className="px-1 text-sm font-medium">Cơ quan mới thứ {i + 1}</legend>
          <NewAgencyFields scope={scope} state={state} suffix={String(i)} nameLabel="Tên cơ quan" />
        </fieldset>
      ))}
      <ChangeFields scope={scope} state={state} />
      <FormMessage state={state} />
      <div><ConfirmSubmit variant="primary" title={`Ghi nhận chia tách ${agency.name}?`} description={CONSEQUENCES} confirmText="Ghi nhận chia tách">Ghi nhận chia tách</ConfirmSubmit></div>
    </form>
  );
}

/** Đổi tên: the agency carries on under a new name from a day; the old name stays on the years before. */
export function RegisterRenameForm({ action, agency }: Omit<ChangeFormProps, "partners">) {
  const [state, formAction] = useActionState(action, null);
  const scope = "reg-rename";
  return (
    <form action={formAction} className="grid gap-4" noValidate>
      <input type="hidden" name="kind" value="RENAME" />
      <input type="hidden" name="predecessorId" value={agency.id} />
      <ChangeErrors state={state} fields={["predecessorId", "predecessorIds", "successors"]} />
      <NewAgencyFields scope={scope} state={state} withType={false} nameLabel="Tên mới" />
      <ChangeFields scope={scope} state={state} />
      <FormMessage state={state} />
      <div><ConfirmSubmit variant="primary" title={`Ghi nhận đổi tên ${agency.name}?`} description={CONSEQUENCES} confirmText="Ghi nhận đổi tên">Ghi nhận đổi tên</ConfirmSubmit></div>
    </form>
  );
}

/** Giải thể: the agency ends with no successor. */
export function RegisterDissolutionForm({ action, agency }: Omit<ChangeFormProps, "partners">) {
  const [state, formAction] = useActionState(action, null);
  const scope = "reg-dissolution";
  return (
    <form action={formAction} className="grid gap-4" noValidate>
      <input type="hidden" name="kind" value="DISSOLUTION" />
      <input type="hidden" name="predecessorId" value={agency.id} />
      <ChangeErrors state={state} fields={["predecessorId", "predecessorIds", "successors"]} />
      <ChangeFields scope={scope} state={state} />
      <FormMessage state={state} />
      <div>
        <ConfirmSubmit
          title={`Ghi nhận giải thể ${agency.name}?`}
          description="Không hoàn tác được. Cơ quan được ghi là không còn từ ngày hiệu lực và giữ nguyên lịch sử; trong các khối có cơ quan này năm đó, cơ quan thôi là thành viên từ ngày trước ngày hiệu lực."
          confirmText="Ghi nhận giải thể"
        >
          Ghi nhận giải thể
        </ConfirmSubmit>
      </div>
    </form>
  );
}
