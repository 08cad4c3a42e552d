"use client";

import { useActionState } from "react";
import { ConfirmSubmit } from "@/components/ui/confirm-submit";
import { Field, inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { TIE_BREAK_KINDS, tieBreakFromValue, tieBreakLabel, tieBreakValue, type ScoringRulesSettings } from "@/lib/domain/scoring-rules-settings";
import { MAX_BANDS } from "@/lib/schemas/scoring-rules";
import { resetScoringRulesAction, saveScoringRulesAction } from "../actions";
import { SPARE_BAND_ROWS, TIE_BREAK_POSITIONS } from "../positions";
import { errorsOf, valueOf, type ActionState } from "@/lib/forms/action-state";

interface Props {
  cycleId: string;
  updatedAt: string;
  settings: ScoringRulesSettings;
  isCustom: boolean;
}

const num = (v: number | null) => (v === null ? "" : String(v).replace(".", ","));

/** The year's bands, tie-break order and cross-scoring options, saved together. */
export function RulesForm({ cycleId, updatedAt, settings, isCustom }: Props) {
  const [state, action] = useActionState(saveScoringRulesAction, null);
  const rows = Math.min(MAX_BANDS, settings.bands.length + SPARE_BAND_ROWS);
  // Every kind, plus any group-specific rule already stored (GROUP_SCORE:II…).
  const options = [...new Set([...TIE_BREAK_KINDS, ...settings.tieBreak.map(tieBreakValue)])];
  const bandErrors = errorsOf(state, "bands");
  return (
    <div className="space-y-6">
      <form action={action} className="space-y-6" aria-label="Quy tắc chấm điểm">
        <input type="hidden" name="cycleId" value={cycleId} />
        <input type="hidden" name="updatedAt" value={updatedAt} />

        <fieldset className="space-y-2">
          <legend className="text-sm font-semibold">Mức xếp loại</legend>
          <p className="text-sm text-stone-600">
            Xếp từ mức cao nhất xuống, điểm tối thiểu giảm dần. Đơn vị đạt một mức khi tổng điểm không thấp hơn điểm tối thiểu và mọi tiêu chí đạt ít nhất tỷ lệ
            tối thiểu của điểm tối đa. Mức cuối cùng dành cho đơn vị không đạt mức nào ở trên. Để xóa một mức, xóa trống cả dòng.
          </p>
          <table className="w-full text-sm" data-testid="bands-table">
            <caption className="sr-only">Các mức xếp loại của năm</caption>
            <thead>
              <tr className="border-b border-stone-200 text-left text-stone-500">
                <th scope="col" className="py-2 pr-2 font-medium">
                  STT
                </th>
                <th scope="col" className="py-2 pr-2 font-medium">
                  Mã mức
                </th>
                <th scope="col" className="py-2 pr-2 font-medium">
                  Tên mức
                </th>
                <th scope="col" className="py-2 pr-2 font-medium">
                  Điểm tối thiểu
                </th>
                <th scope="col" className="py-2 font-medium">
                  Tỷ lệ tối thiểu mỗi tiêu chí (%)
                </th>
              </tr>
            </thead>
            <tbody>
              {Array.from({ length: rows }, (_, i) => {
                const b = settings.bands[i];
                return (
                  <tr key={i} className="border-b border-stone-100 align-top last:border-0" data-testid={`band-row-${i}`}>
                    <th scope="row" className="py-2 pr-2 text-left font-normal tabular-nums">
                      {i + 1}
                    </th>
                    <td className="py-2 pr-2">
                      <Cell state={state} name={`bands.${i}.key`} label={`Mã mức – dòng ${i + 1}`} stored={b?.key ?? ""} />
                    </td>
                    <td className="py-2 pr-2">
                      <Cell state={state} name={`bands.${i}.label`} label={`Tên mức – dòng ${i + 1}`} stored={b?.label ?? ""} />
                    </td>
                    <td className="py-2 pr-2">
                      <Cell state={state} name={`bands.${i}.minTotal`} label={`Điểm tối thiểu – dòng ${i + 1}`} stored={b ? num(b.minTotal) : ""} numeric />
                    </td>
                    <td className="py-2">
                      <Cell
                        state={state}
                        name={`bands.${i}.minCriterionPct`}
                        label={`Tỷ lệ tối thiểu mỗi tiêu chí (%) – dòng ${i + 1}`}
                        stored={b ? num(b.minCriterionPct) : ""}
                        numeric
                      />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          <div aria-live="polite">
            {bandErrors?.map((e) => (
              <p key={e} className="text-sm text-red-700">
                {e}
              </p>
            ))}
          </div>
        </fieldset>

        <fieldset className="space-y-2">
          <legend className="text-sm font-semibold">Thứ tự phân định khi bằng điểm</legend>
          <p className="text-sm text-stone-600">Áp dụng lần lượt; các đơn vị vẫn bằng nhau sau mọi bước được đưa ra biểu quyết.</p>
          <ol className="space-y-2">
            {Array.from({ length: TIE_BREAK_POSITIONS }, (_, i) => {
              const name = `tieBreak.${i}`;
              const stored = settings.tieBreak[i] ? tieBreakValue(settings.tieBreak[i]!) : "";
              return (
                <li key={i}>
                  <Field name={name} label={`Thứ tự ${i + 1}`} errors={errorsOf(state, name)}>
                    {(p) => (
                      <select {...p} defaultValue={valueOf(state, name, stored)} className={inputClass}>
                        <option value="">— Không dùng —</option>
                        {options.map((o) => (
                          <option key={o} value={o}>
                            {tieBreakLabel(tieBreakFromValue(o)!)}
                          </option>
                        ))}
                      </select>
                    )}
                  </Field>
                </li>
              );
            })}
          </ol>
        </fieldset>

        <fieldset className="grid gap-4 sm:grid-cols-2">
          <legend className="mb-2 text-sm font-semibold">Chấm chéo</legend>
          <Field
            name="spreadThreshold"
            label="Ngưỡng chênh lệch chấm chéo (điểm)"
            hint="Đánh dấu tiêu chí có điểm của các đơn vị chấm chênh nhau quá ngưỡng này. Để trống: không đánh dấu."
            errors={errorsOf(state, "spreadThreshold")}
          >
            {(p) => (
              <input
                {...p}
                inputMode="decimal"
                defaultValue={valueOf(state, "spreadThreshold", num(settings.crossScoring.spreadThreshold))}
                className={inputClass}
              />
            )}
          </Field>
          <Field
            name="trimFrom"
            label="Số người chấm tối thiểu để bỏ cao nhất/thấp nhất"
            hint="Từ số đơn vị chấm này trở lên, bỏ một điểm cao nhất và một điểm thấp nhất trước khi lấy trung bình (tối thiểu 3)."
            errors={errorsOf(state, "trimFrom")}
          >
            {(p) => (
              <input
                {...p}
                inputMode="numeric"
                required
                defaultValue={valueOf(state, "trimFrom", String(settings.crossScoring.trimFrom))}
                className={inputClass}
              />
            )}
          </Field>
        </fieldset>

        <FormMessage state={state} />
        <SubmitButton>Lưu quy tắc</SubmitButton>
      </form>
      {isCustom && <ResetForm cycleId={cycleId} updatedAt={updatedAt} />}
    </div>
  );
}

function Cell({ state, name, label, stored, numeric }: { state: ActionState; name: string; label: string; stored: string; numeric?: boolean }) {
  const id = `f-${name}`;
  const errors = errorsOf(state, name);
  return (
    <div>
      <label htmlFor={id} className="sr-only">
        {label}
      </label>
      <input
        id={id}
        name={name}
        defaultValue={valueOf(state, name, stored)}
        inputMode={numeric ? "decimal" : undefined}
        className={inputClass}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={errors?.length ? `${id}-error` : undefined}
      />
      <div id={`${id}-error`} aria-live="polite">
        {errors?.map((e) => (
          <p key={e} className="mt-1 text-sm text-red-700">
            {e}
          </p>
        ))}
      </div>
    </div>
  );
}

function ResetForm({ cycleId, updatedAt }: { cycleId: string; updatedAt: string }) {
  const [state, action] = useActionState(resetScoringRulesAction, null);
  return (
    <form action={action} className="space-y-2 border-t border-stone-200 pt-4" aria-label="Khôi phục quy tắc mặc định">
      <input type="hidden" name="cycleId" value={cycleId} />
      <input type="hidden" name="updatedAt" value={updatedAt} />
      <FormMessage state={state} />
      <ConfirmSubmit
        state={state}
        formAction={action}
        title="Khôi phục quy tắc mặc định?"
        description="Các mức xếp loại, thứ tự phân định và tùy chọn chấm chéo riêng của năm sẽ bị xóa; hệ thống dùng lại quy tắc mặc định. Việc này được ghi nhật ký."
        confirmText="Khôi phục mặc định"
        variant="danger"
      >
        Khôi phục mặc định
      </ConfirmSubmit>
    </form>
  );
}
