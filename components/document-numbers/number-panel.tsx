"use client";

import { useActionState } from "react";
import { ConfirmSubmit } from "@/components/ui/confirm-submit";
import { DayInput } from "@/components/ui/day-input";
import { Field, inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { DOCUMENT_NUMBER_PERMANENT } from "@/lib/domain/document-numbers";
import { DOCUMENT_NUMBER_SOURCE_LABELS } from "@/lib/domain/labels";
import { errorsOf, valueOf, type ActionState } from "@/lib/forms/action-state";
import { formatDay } from "@/lib/format";
import type { DocumentNumberView } from "@/lib/server/document-numbers/get-document-number";

type Action = (prev: ActionState, formData: FormData) => Promise<ActionState>;

/**
 * The number of one of the bloc's documents on its page (docs/decisions/0044-document-numbers.md):
 * the number once given, or — for whoever signs the document — "Cấp số" (the next number of the
 * bloc's series, confirmed: a number is never taken back) and, folded, the number the văn thư gave
 * outside the app. Others read that no number has been given yet.
 */
export function NumberPanel({ view, what, issueAction, recordAction }: { view: DocumentNumberView; what: string; issueAction: Action; recordAction: Action }) {
  const n = view.number;
  if (n) {
    return (
      <p className="rounded border border-stone-200 bg-stone-50 px-3 py-2 text-sm" aria-label={`Số của ${what}`}>
        Số, ký hiệu: <strong>{n.symbol}</strong> — ngày {formatDay(n.issuedOn)} ({DOCUMENT_NUMBER_SOURCE_LABELS[n.source].toLocaleLowerCase("vi-VN")}
        {n.issuedByName ? `, ${n.issuedByName}` : ""}){n.note ? `. Ghi chú: ${n.note}` : ""}
      </p>
    );
  }
  if (!view.canIssue) return <p className="text-sm text-stone-600">Chưa cấp số cho {what}: người ký văn bản cấp số.</p>;
  if (view.notReady) return <p className="rounded bg-amber-50 px-3 py-2 text-sm text-amber-900">{view.notReady}</p>;
  return (
    <div className="space-y-2 rounded border border-stone-200 px-3 py-2">
      <IssueForm view={view} what={what} action={issueAction} />
      <details>
        <summary className="cursor-pointer text-sm text-brand-700">Văn bản đã được văn thư cấp số ngoài ứng dụng? Ghi số đó</summary>
        <RecordForm view={view} what={what} action={recordAction} />
      </details>
    </div>
  );
}

function Hidden({ view }: { view: DocumentNumberView }) {
  return (
    <>
      <input type="hidden" name="document" value={view.document} />
      <input type="hidden" name="subjectId" value={view.subjectId} />
    </>
  );
}

function IssueForm({ view, what, action }: { view: DocumentNumberView; what: string; action: Action }) {
  const [state, formAction] = useActionState(action, null);
  return (
    <form action={formAction} noValidate className="flex flex-wrap items-center gap-3" aria-label={`Cấp số cho ${what}`}>
      <Hidden view={view} />
      <span className="text-sm text-stone-700">Chưa có số: dòng “Số” của văn bản đang để trống.</span>
      <ConfirmSubmit
        state={state}
        formAction={formAction}
        variant="primary"
        title={`Cấp số cho ${what}?`}
        description={`Văn bản nhận số tiếp theo trong sổ của khối năm nay. ${DOCUMENT_NUMBER_PERMANENT}`}
        confirmText="Cấp số"
      >
        Cấp số
      </ConfirmSubmit>
      <FormMessage state={state} />
    </form>
  );
}

function RecordForm({ view, what, action }: { view: DocumentNumberView; what: string; action: Action }) {
  const [state, formAction] = useActionState(action, null);
  return (
    <form action={formAction} noValidate className="mt-2 grid gap-3 sm:grid-cols-3" aria-label={`Ghi số do văn thư cấp cho ${what}`}>
      <Hidden view={view} />
      <Field name="symbol" label="Số, ký hiệu" hint={`Theo thể thức của khối, ví dụ ${view.example}`} errors={errorsOf(state, "symbol")}>
        {(p) => <input {...p} required className={inputClass} defaultValue={valueOf(state, "symbol")} />}
      </Field>
      <Field name="issuedOn" label="Ngày cấp số" errors={errorsOf(state, "issuedOn")}>
        {(p) => <DayInput {...p} required defaultValue={valueOf(state, "issuedOn")} />}
      </Field>
      <Field name="note" label="Ghi chú" errors={errorsOf(state, "note")}>
        {(p) => <input {...p} className={inputClass} defaultValue={valueOf(state, "note")} />}
      </Field>
      <div className="sm:col-span-3">
        <ConfirmSubmit
          state={state}
          formAction={formAction}
          variant="primary"
          title={`Ghi số này cho ${what}?`}
          description={`Số được ghi vào sổ của khối và in trên văn bản. ${DOCUMENT_NUMBER_PERMANENT}`}
          confirmText="Ghi số"
        >
          Ghi số
        </ConfirmSubmit>
        <FormMessage state={state} />
      </div>
    </form>
  );
}
