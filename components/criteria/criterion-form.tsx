"use client";

import { useActionState, useEffect, useId } from "react";
import { inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import type { CriterionNode } from "@/lib/domain/criteria-table";
import { CRITERION_TYPE_LABELS } from "@/lib/domain/labels";
import { CRITERION_TYPES } from "@/lib/schemas/criteria";
import { LevelRows } from "./level-rows";
import type { ActionState } from "@/lib/forms/action-state";

type Action = (prev: ActionState, formData: FormData) => Promise<ActionState>;
export type GroupChoice = { id: string; code: string; name: string };

/**
 * One node of the table (new when `node` is absent). On a locked table the change makes a new
 * version, so the reason is asked for and the button says so. Refusals naming other nodes are
 * passed up with onResult so the tree can show them next to those nodes.
 */
export function CriterionForm({
  action,
  tableId,
  node,
  groups,
  needsReason,
  onResult,
}: {
  action: Action;
  tableId: string;
  node?: CriterionNode;
  groups: readonly GroupChoice[];
  needsReason: boolean;
  onResult?: (fieldErrors: Record<string, string[]> | undefined) => void;
}) {
  const [state, formAction] = useActionState(action, null);
  const uid = useId();
  useEffect(() => onResult?.(state && !state.ok ? state.fieldErrors : undefined), [state, onResult]);
  const errors = (name: string) => (state && !state.ok ? state.fieldErrors?.[name] : undefined);
  const text = (name: string, label: string, value: string | number | null | undefined, extra: React.InputHTMLAttributes<HTMLInputElement> = {}) => {
    const err = errors(name) ?? (name === "code" && node ? errors(`node:${node.id}`) : undefined);
    return (
      <div>
        <label htmlFor={`${uid}-${name}`} className="block text-sm font-medium">
          {label}
        </label>
        <input
          id={`${uid}-${name}`}
          name={name}
          defaultValue={value ?? ""}
          aria-invalid={err ? true : undefined}
          aria-describedby={err ? `${uid}-${name}-e` : undefined}
          className={inputClass}
          {...extra}
        />
        {err && (
          <p id={`${uid}-${name}-e`} className="mt-1 text-sm text-red-700">
            {err.join(" ")}
          </p>
        )}
      </div>
    );
  };
  const check = (name: string, label: string, value: boolean | undefined) => (
    <label className="flex items-center gap-2 text-sm">
      <input type="checkbox" name={name} defaultChecked={value ?? false} /> {label}
    </label>
  );
  return (
    <form action={formAction} className="space-y-3 rounded border border-stone-200 bg-stone-50 p-3">
      <input type="hidden" name="tableId" value={tableId} />
      {node && <input type="hidden" name="criterionId" value={node.id} />}
      <div className="grid gap-3 sm:grid-cols-4">
        {text("code", "Mã", node?.code, { required: true, maxLength: 40 })}
        <div className="sm:col-span-3">{text("name", "Tên tiêu chí", node?.name, { required: true })}</div>
        <div>
          <label htmlFor={`${uid}-type`} className="block text-sm font-medium">
            Loại
          </label>
          <select id={`${uid}-type`} name="type" defaultValue={node?.type ?? "GRADED"} className={inputClass}>
            {CRITERION_TYPES.map((t) => (
              <option key={t} value={t}>
                {CRITERION_TYPE_LABELS[t]}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor={`${uid}-parentId`} className="block text-sm font-medium">
            Nhóm cha
          </label>
          <select
            id={`${uid}-parentId`}
            name="parentId"
            defaultValue={node?.parentId ?? ""}
            className={inputClass}
            aria-invalid={errors("parentId") ? true : undefined}
          >
            <option value="">(Không có — nhóm gốc)</option>
            {groups
              .filter((g) => g.id !== node?.id)
              .map((g) => (
                <option key={g.id} value={g.id}>
                  {g.code}. {g.name}
                </option>
              ))}
          </select>
          {errors("parentId") && <p className="mt-1 text-sm text-red-700">{errors("parentId")!.join(" ")}</p>}
        </div>
        {text("order", "Thứ tự", node?.order ?? 0, { type: "number", min: 0, step: 1 })}
        {text("maxPoints", "Điểm tối đa", node?.maxPoints, { inputMode: "decimal", required: true })}
        {text("minPoints", "Điểm tối thiểu", node?.minPoints ?? 0, { inputMode: "decimal" })}
        {text("floorPct", "Ngưỡng tối thiểu (% điểm tối đa)", node?.floorPct, { inputMode: "decimal" })}
        {text("pointsPerUnit", "Điểm mỗi lần (số lượng, thưởng, trừ)", node?.pointsPerUnit, { inputMode: "decimal" })}
        {text("cap", "Mức trần (số lượng, thưởng, trừ)", node?.cap, { inputMode: "decimal" })}
      </div>
      <div>
        <label htmlFor={`${uid}-guidance`} className="block text-sm font-medium">
          Hướng dẫn chấm
        </label>
        <textarea id={`${uid}-guidance`} name="guidance" defaultValue={node?.guidance ?? ""} rows={2} className={inputClass} />
      </div>
      <div className="flex flex-wrap gap-4">
        {check("evidenceRequired", "Yêu cầu minh chứng", node?.evidenceRequired)}
        {check("allowNA", "Cho phép “không áp dụng”", node?.allowNA)}
        {check("useLeaderFormula", "Định lượng: tính theo đơn vị dẫn đầu", node?.useLeaderFormula)}
      </div>
      <LevelRows levels={node?.levels ?? []} errors={state && !state.ok ? state.fieldErrors : undefined} />
      {needsReason && text("changeReason", "Lý do điều chỉnh (tạo phiên bản mới)", "", { required: true, minLength: 10 })}
      <FormMessage state={state} />
      <SubmitButton>{needsReason ? "Tạo phiên bản mới" : "Lưu tiêu chí"}</SubmitButton>
    </form>
  );
}
