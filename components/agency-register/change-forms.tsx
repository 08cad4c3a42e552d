"use client";

import { useActionState } from "react";
import type { FormAction } from "@/components/provinces/form-action";
import {
  agencyChoiceLabel,
  ChangeErrors,
  ChangeFields,
  MergerSuccessorSelect,
  NewAgencyFields,
  NewAgencyFieldset,
  SplitSuccessorFields,
  type AgencyChoice,
} from "@/components/agency-change/change-fields";
import { ConfirmSubmit } from "@/components/ui/confirm-submit";
import { FormMessage } from "@/components/ui/form-message";
import { CheckboxGroup } from "@/components/ui/scoped-field";
import { errorsOf, valuesOf } from "@/lib/forms/action-state";

interface ChangeFormProps {
  action: FormAction;
  agency: { id: string; name: string };
  partners: AgencyChoice[];
}

const CONSEQUENCES =
  "Không hoàn tác được. Cơ quan cũ được ghi là không còn từ ngày hiệu lực và giữ nguyên lịch sử; trong các khối có cơ quan này năm đó, cơ quan cũ thôi là thành viên từ ngày trước ngày hiệu lực và cơ quan kế thừa tham gia từ ngày hiệu lực.";

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
        options={partners.map((p) => ({ value: p.id, label: agencyChoiceLabel(p) }))}
        checked={valuesOf(state, "predecessorIds")}
        errors={errorsOf(state, "predecessorIds")}
      />
      <MergerSuccessorSelect
        scope={scope}
        state={state}
        hint="Chọn cơ quan có sẵn (kể cả một trong các cơ quan hợp nhất nếu cơ quan đó tiếp nhận các cơ quan còn lại), hoặc để trống và nhập cơ quan mới."
        choices={[{ id: agency.id, name: agency.name, province: null }, ...partners]}
      />
      <NewAgencyFieldset scope={scope} state={state} />
      <ChangeFields scope={scope} state={state} />
      <FormMessage state={state} />
      <div>
        <ConfirmSubmit
          state={state}
          formAction={formAction}
          variant="primary"
          title="Ghi nhận hợp nhất?"
          description={CONSEQUENCES}
          confirmText="Ghi nhận hợp nhất"
        >
          Ghi nhận hợp nhất
        </ConfirmSubmit>
      </div>
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
      <SplitSuccessorFields scope={scope} state={state} choices={partners} size={Math.min(6, Math.max(2, partners.length))} />
      <ChangeFields scope={scope} state={state} />
      <FormMessage state={state} />
      <div>
        <ConfirmSubmit
          state={state}
          formAction={formAction}
          variant="primary"
          title={`Ghi nhận chia tách ${agency.name}?`}
          description={CONSEQUENCES}
          confirmText="Ghi nhận chia tách"
        >
          Ghi nhận chia tách
        </ConfirmSubmit>
      </div>
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
      <div>
        <ConfirmSubmit
          state={state}
          formAction={formAction}
          variant="primary"
          title={`Ghi nhận đổi tên ${agency.name}?`}
          description={CONSEQUENCES}
          confirmText="Ghi nhận đổi tên"
        >
          Ghi nhận đổi tên
        </ConfirmSubmit>
      </div>
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
          state={state}
          formAction={formAction}
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
