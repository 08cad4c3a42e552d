"use client";

import { inputClass } from "@/components/ui/field";
import type { RegistrationFormValues } from "@/lib/schemas/registration";
import { TargetRows } from "./target-rows";

export interface CatalogueOption {
  id: string;
  name: string;
  authorityName: string;
}

/** The editable content of a registration: titles from the year's catalogue, targets, note. */
export function RegistrationFields({
  year,
  catalogue,
  values,
  errorsOf,
}: {
  year: number;
  catalogue: CatalogueOption[];
  values: RegistrationFormValues;
  errorsOf: (key: string) => string[] | undefined;
}) {
  const titleErrors = errorsOf("titleIds");
  const noteErrors = errorsOf("note");
  return (
    <div className="space-y-5">
      <fieldset aria-describedby={titleErrors ? "titleIds-error" : undefined} aria-invalid={titleErrors ? true : undefined}>
        <legend className="text-sm font-medium">Danh hiệu đăng ký</legend>
        {catalogue.length === 0 ? (
          <p className="mt-1 text-sm text-stone-500">Danh mục khen thưởng năm {year} chưa có danh hiệu tập thể; cơ quan vẫn đăng ký được chỉ tiêu.</p>
        ) : (
          <div className="mt-1 grid gap-2 sm:grid-cols-2">
            {catalogue.map((t) => (
              <label key={t.id} className="flex items-start gap-2 text-sm">
                <input type="checkbox" name="titleIds" value={t.id} defaultChecked={values.titleIds.includes(t.id)} className="mt-1" />
                <span>
                  {t.name}
                  <span className="block text-xs text-stone-500">{t.authorityName}</span>
                </span>
              </label>
            ))}
          </div>
        )}
        <div id="titleIds-error" aria-live="polite">
          {titleErrors?.map((e) => (
            <p key={e} className="mt-1 text-sm text-red-700">
              {e}
            </p>
          ))}
        </div>
      </fieldset>

      <TargetRows initial={values.targets} errorsOf={errorsOf} />

      <div>
        <label htmlFor="registration-note" className="block text-sm font-medium">
          Ghi chú (không bắt buộc)
        </label>
        <textarea
          id="registration-note"
          name="note"
          rows={2}
          defaultValue={values.note}
          aria-invalid={noteErrors ? true : undefined}
          aria-describedby={noteErrors ? "registration-note-error" : undefined}
          className={inputClass}
        />
        <div id="registration-note-error" aria-live="polite">
          {noteErrors?.map((e) => (
            <p key={e} className="mt-1 text-sm text-red-700">
              {e}
            </p>
          ))}
        </div>
      </div>
    </div>
  );
}
