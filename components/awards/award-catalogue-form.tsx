"use client";

import { useActionState } from "react";
import { Field, inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { PERSON_TITLES } from "@/lib/domain/people/person-titles";
import { AUTHORITY_KIND_LABELS, AUTHORITY_KINDS, QUOTA_KIND_LABELS } from "@/lib/schemas/awards";
import type { CatalogueForm } from "@/lib/server/awards/find-award-catalogue";
import { valueOf, type ActionState } from "@/lib/forms/action-state";

type Action = (prev: ActionState, formData: FormData) => Promise<ActionState>;

/** The individual titles a record rule names, for the hint. */
const TITLE_HINT = PERSON_TITLES.slice(0, 4)
  .map((t) => `${t.code} (${t.name})`)
  .join(", ");

const ROUNDING_OPTIONS = [
  ["FLOOR", "Làm tròn xuống"],
  ["CEIL", "Làm tròn lên"],
  ["HALF_UP", "Làm tròn (0,5 lên)"],
] as const;

/**
 * "Thêm hình thức" / "Lưu hình thức": one award form of the year's catalogue with its gates and
 * quota. After a refusal the typed values are shown again.
 */
export function AwardCatalogueForm({
  cycleId,
  form,
  bands,
  action,
}: {
  cycleId: string;
  form: CatalogueForm | null;
  bands: { key: string; label: string }[];
  action: Action;
}) {
  const [state, formAction] = useActionState(action, null);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  const typed = state && !state.ok ? state.values : undefined;
  const v = (name: string, stored: string) => valueOf(state, name, stored);
  const checked = (name: string, stored: boolean) => (typed ? typed[name] === "on" : stored);
  const key = `${form?.id ?? "new"}-${state?.stamp ?? 0}`;
  return (
    <form key={key} action={formAction} noValidate className="grid gap-3 sm:grid-cols-2">
      <input type="hidden" name="cycleId" value={cycleId} />
      {form && <input type="hidden" name="awardFormId" value={form.id} />}
      <Field name="code" label="Mã" errors={errors?.code} hint="Chữ không dấu, số, - hoặc _ (ví dụ TTLDXS).">
        {(p) => <input {...p} defaultValue={v("code", form?.code ?? "")} className={inputClass} />}
      </Field>
      <Field name="name" label="Tên hình thức" errors={errors?.name}>
        {(p) => <input {...p} defaultValue={v("name", form?.name ?? "")} className={inputClass} />}
      </Field>
      <Field name="target" label="Đối tượng" errors={errors?.target}>
        {(p) => (
          <select {...p} defaultValue={v("target", form?.target ?? "COLLECTIVE")} className={inputClass}>
            <option value="COLLECTIVE">Tập thể</option>
            <option value="INDIVIDUAL">Cá nhân</option>
          </select>
        )}
      </Field>
      <Field name="authorityKind" label="Cấp quyết định" errors={errors?.authorityKind}>
        {(p) => (
          <select {...p} defaultValue={v("authorityKind", form?.authorityKind ?? "PROVINCE_CHAIR")} className={inputClass}>
            {AUTHORITY_KINDS.map((k) => (
              <option key={k} value={k}>
                {AUTHORITY_KIND_LABELS[k]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field name="authorityName" label="Cơ quan quyết định" errors={errors?.authorityName}>
        {(p) => <input {...p} defaultValue={v("authorityName", form?.authorityName ?? "")} className={inputClass} />}
      </Field>
      <Field name="order" label="Thứ tự" errors={errors?.order}>
        {(p) => <input {...p} type="number" min={0} max={999} defaultValue={v("order", String(form?.order ?? 0))} className={inputClass} />}
      </Field>
      <Field name="quotaKind" label="Chỉ tiêu" errors={errors?.quotaKind}>
        {(p) => (
          <select {...p} defaultValue={v("quotaKind", form?.quotaKind ?? "NONE")} className={inputClass}>
            {(Object.keys(QUOTA_KIND_LABELS) as (keyof typeof QUOTA_KIND_LABELS)[]).map((k) => (
              <option key={k} value={k}>
                {QUOTA_KIND_LABELS[k]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field name="quotaValue" label="Giá trị chỉ tiêu" errors={errors?.quotaValue} hint="Số lượng, hoặc tỷ lệ % số thành viên; để trống khi không giới hạn.">
        {(p) => <input {...p} inputMode="decimal" defaultValue={v("quotaValue", form?.quotaValue ?? "")} className={inputClass} />}
      </Field>
      <Field name="quotaRounding" label="Làm tròn" errors={errors?.quotaRounding}>
        {(p) => (
          <select {...p} defaultValue={v("quotaRounding", form?.quotaRounding ?? "FLOOR")} className={inputClass}>
            {ROUNDING_OPTIONS.map(([k, label]) => (
              <option key={k} value={k}>
                {label}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field name="minBand" label="Mức xếp loại tối thiểu" errors={errors?.minBand}>
        {(p) => (
          <select {...p} defaultValue={v("minBand", form?.minBand ?? "")} className={inputClass}>
            <option value="">Không yêu cầu</option>
            {bands.map((b) => (
              <option key={b.key} value={b.key}>
                {b.label}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field name="prerequisiteCodes" label="Danh hiệu tiền đề (mã, cách nhau bởi dấu phẩy)" errors={errors?.prerequisiteCodes}>
        {(p) => <input {...p} defaultValue={v("prerequisiteCodes", form?.prerequisiteCodes.join(", ") ?? "")} className={inputClass} />}
      </Field>
      <Field
        name="prerequisiteWithinYears"
        label="Tiền đề phải có trong số năm gần nhất"
        errors={errors?.prerequisiteWithinYears}
        hint="Để trống: năm nào cũng được, đến hết năm đang đề nghị; 1: ngay trong năm đó."
      >
        {(p) => (
          <input
            {...p}
            type="number"
            min={1}
            max={30}
            defaultValue={v("prerequisiteWithinYears", form?.prerequisiteWithinYears?.toString() ?? "")}
            className={inputClass}
          />
        )}
      </Field>
      <fieldset className="grid gap-3 rounded border border-stone-200 p-3 sm:col-span-2 sm:grid-cols-2">
        <legend className="px-1 text-sm font-medium">Điều kiện nhiều năm của cá nhân (để trống nếu không có)</legend>
        <Field name="recordYears" label="Số năm liên tục" errors={errors?.recordYears} hint="Tính đến hết năm thi đua đang đề nghị.">
          {(p) => <input {...p} type="number" min={1} max={30} defaultValue={v("recordYears", form?.recordYears?.toString() ?? "")} className={inputClass} />}
        </Field>
        <Field name="recordCodes" label="Mỗi năm đạt một trong (mã)" errors={errors?.recordCodes} hint={`Ví dụ ${TITLE_HINT}.`}>
          {(p) => <input {...p} defaultValue={v("recordCodes", form?.recordCodes.join(", ") ?? "")} className={inputClass} />}
        </Field>
        <Field name="recordMinCode" label="Trong đó phải có (mã)" errors={errors?.recordMinCode}>
          {(p) => <input {...p} defaultValue={v("recordMinCode", form?.recordMinCode ?? "")} className={inputClass} />}
        </Field>
        <Field name="recordMinCount" label="Số lần tối thiểu" errors={errors?.recordMinCount}>
          {(p) => (
            <input {...p} type="number" min={1} max={30} defaultValue={v("recordMinCount", form?.recordMinCount?.toString() ?? "")} className={inputClass} />
          )}
        </Field>
      </fieldset>
      <fieldset className="space-y-1 text-sm sm:col-span-2">
        <legend className="font-medium">Điều kiện</legend>
        {(
          [
            ["isFlag", "Là cờ thi đua", form?.isFlag ?? false],
            ["requiresRegistration", "Phải đăng ký", form?.requiresRegistration ?? true],
            ["requiresPledge", "Phải ký giao ước", form?.requiresPledge ?? true],
            ["requiresNoDiscipline", "Không bị kỷ luật", form?.requiresNoDiscipline ?? true],
          ] as const
        ).map(([name, label, stored]) => (
          <label key={name} className="mr-4 inline-flex items-center gap-2">
            <input type="checkbox" name={name} defaultChecked={checked(name, stored)} />
            {label}
          </label>
        ))}
      </fieldset>
      <div className="flex items-center gap-3 sm:col-span-2">
        <SubmitButton>{form ? "Lưu hình thức" : "Thêm hình thức"}</SubmitButton>
        <FormMessage state={state} />
      </div>
    </form>
  );
}
