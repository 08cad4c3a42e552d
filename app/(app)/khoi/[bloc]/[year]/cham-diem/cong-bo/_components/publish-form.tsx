"use client";

import { useActionState } from "react";
import { ConfirmSubmit } from "@/components/ui/confirm-submit";
import { inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { ScopedField } from "@/components/ui/scoped-field";
import { publishResultsAction } from "../actions";

/**
 * "Công bố kết quả": irreversible (a published version never changes), so it asks for
 * confirmation. From version 2 on it is a correction and needs "Lý do đính chính"; while members
 * are not ranked (`excludedCount`, listed on the page) publishing needs a reason too. A refusal
 * lists the open objections, or the members not ranked and why.
 */
export function PublishForm({ blocId, year, latestVersion, excludedCount }: { blocId: string; year: number; latestVersion: number; excludedCount: number }) {
  const [state, formAction] = useActionState(publishResultsAction, null);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  const open = errors?.openObjections;
  const excluded = errors?.excluded;
  const correction = latestVersion > 0;
  const withExclusions = excludedCount > 0 || (excluded?.length ?? 0) > 0;
  const exclusionHint = "Còn cơ quan thành viên chưa được xếp hạng: công bố lúc này cần nêu lý do; bản công bố ghi lại các cơ quan đó và lý do không xếp hạng.";
  return (
    <form action={formAction} aria-label="Công bố kết quả" className="space-y-3" noValidate>
      <input type="hidden" name="blocId" value={blocId} />
      <input type="hidden" name="year" value={year} />
      <input type="hidden" name="expectedVersion" value={latestVersion} />
      {(correction || withExclusions) && (
        <ScopedField
          scope="cong-bo"
          name="reason"
          label={correction ? "Lý do đính chính" : "Lý do công bố khi còn cơ quan chưa được xếp hạng"}
          hint={[
            correction ? `Kết quả đã công bố phiên bản ${latestVersion}; lần công bố này là bản đính chính (phiên bản ${latestVersion + 1}).` : null,
            withExclusions ? exclusionHint : null,
          ]
            .filter(Boolean)
            .join(" ")}
          errors={errors?.reason}
        >
          {(p) => <textarea {...p} rows={3} maxLength={2000} required className={inputClass} />}
        </ScopedField>
      )}
      <FormMessage state={state} />
      {open && (
        <ul aria-label="Khiếu nại chưa quyết định" className="list-disc pl-5 text-sm text-red-800">
          {open.map((m) => (
            <li key={m}>{m}</li>
          ))}
        </ul>
      )}
      {excluded && (
        <ul aria-label="Cơ quan chưa đủ điều kiện xếp hạng" className="list-disc pl-5 text-sm text-red-800">
          {excluded.map((m) => (
            <li key={m}>{m}</li>
          ))}
        </ul>
      )}
      <ConfirmSubmit
        state={state}
        formAction={formAction}
        title={correction ? `Công bố bản đính chính (phiên bản ${latestVersion + 1})?` : "Công bố kết quả?"}
        description="Kết quả công bố không thể sửa; mọi đính chính sau này là một phiên bản mới kèm lý do."
        confirmText="Công bố"
        variant="primary"
      >
        Công bố kết quả
      </ConfirmSubmit>
    </form>
  );
}
