"use client";

import { useActionState } from "react";
import { ConfirmSubmit } from "@/components/ui/confirm-submit";
import { Field, inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { FILE_KIND_LABELS } from "@/lib/domain/retention";
import { errorsOf, valueOf, type ActionState } from "@/lib/forms/action-state";
import { formatDay, formatNumber } from "@/lib/format";
import type { ExpiredFile } from "@/lib/server/retention/internal/expired-files";

type Action = (prev: ActionState, formData: FormData) => Promise<ActionState>;

/**
 * The files past their retention period, each with a box (all ticked), the reason and one
 * confirmed "Hủy" that writes the disposal record (docs/decisions/0045-file-retention.md).
 */
export function DisposeForm({ files, scopeKey, action }: { files: ExpiredFile[]; scopeKey: string; action: Action }) {
  const [state, formAction] = useActionState(action, null);
  return (
    <form action={formAction} noValidate aria-label="Hủy tệp hết thời hạn lưu trữ" className="space-y-3">
      <input type="hidden" name="tinh" value={scopeKey} />
      <table className="w-full border-collapse text-sm">
        <caption className="sr-only">Tệp hết thời hạn lưu trữ</caption>
        <thead>
          <tr className="border-b border-stone-300 text-left">
            <th scope="col" className="px-2 py-1">
              Hủy
            </th>
            <th scope="col" className="px-2 py-1">
              Tệp
            </th>
            <th scope="col" className="px-2 py-1">
              Loại
            </th>
            <th scope="col" className="px-2 py-1">
              Khối, cơ quan
            </th>
            <th scope="col" className="px-2 py-1">
              Người tải lên
            </th>
            <th scope="col" className="px-2 py-1">
              Năm
            </th>
            <th scope="col" className="px-2 py-1">
              Lưu đến
            </th>
          </tr>
        </thead>
        <tbody>
          {files.map((f) => (
            <tr key={f.id} className="border-b border-stone-100 align-top">
              <td className="px-2 py-1">
                <input type="checkbox" name="fileIds" value={f.id} defaultChecked aria-label={`Hủy ${f.name}`} />
              </td>
              <td className="px-2 py-1">
                {f.name} <span className="text-xs text-stone-500">({formatNumber(Math.ceil(f.sizeBytes / 1024))} KB)</span>
              </td>
              <td className="px-2 py-1">{FILE_KIND_LABELS[f.kind]}</td>
              <td className="px-2 py-1">
                {f.blocName}
                {f.agencyName && <span className="block text-xs text-stone-500">{f.agencyName}</span>}
              </td>
              <td className="px-2 py-1">{f.uploadedBy ?? "—"}</td>
              <td className="px-2 py-1">{f.year}</td>
              <td className="px-2 py-1">{formatDay(f.keepUntil)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <Field name="reason" label="Lý do, căn cứ hủy" errors={errorsOf(state, "reason") ?? errorsOf(state, "fileIds")}>
        {(p) => <textarea {...p} required rows={2} className={inputClass} defaultValue={valueOf(state, "reason")} />}
      </Field>
      <ConfirmSubmit
        state={state}
        formAction={formAction}
        title="Hủy các tệp đã chọn?"
        description="Nội dung các tệp bị xóa vĩnh viễn và không thể khôi phục; thông tin về tệp và biên bản hủy được giữ lại."
        confirmText="Hủy tệp"
      >
        Hủy các tệp đã chọn
      </ConfirmSubmit>
      <FormMessage state={state} />
    </form>
  );
}
