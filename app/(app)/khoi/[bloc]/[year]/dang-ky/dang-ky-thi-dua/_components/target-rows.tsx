"use client";

import { useState } from "react";
import { inputClass } from "@/components/ui/field";
import { REGISTRATION_TARGET_KIND_LABELS, TARGET_COMPARATOR_LABELS } from "@/lib/domain/labels";
import { NUMERIC_DEFAULT_COMPARATOR } from "@/lib/domain/target-comparator";
import { MAX_TARGETS } from "@/lib/schemas/registration";

export interface TargetRowValues {
  text: string;
  kind: string;
  value: string;
  comparator: string;
}

const BLANK: TargetRowValues = { text: "", kind: "TEXT", value: "", comparator: NUMERIC_DEFAULT_COMPARATOR };

/**
 * The numbered targets: "Chỉ tiêu n", "Loại chỉ tiêu n", "Điều kiện đạt n", "Giá trị n". Rows
 * post as repeated fields in screen order, zipped back by position, so every row sends every
 * field (no disabled control); a row left blank is ignored by the server, so one blank row is
 * always offered for adding. The server keeps "=" for a kind that takes no comparator.
 */
export function TargetRows({ initial, errorsOf }: { initial: TargetRowValues[]; errorsOf: (key: string) => string[] | undefined }) {
  // Stable keys keep each row's typed text in place when another row is removed.
  const [rows, setRows] = useState(() => (initial.length > 0 ? initial : [BLANK]).map((v, key) => ({ key, ...v })));
  const add = () => setRows((rs) => [...rs, { key: Math.max(-1, ...rs.map((r) => r.key)) + 1, ...BLANK }]);
  const listErrors = errorsOf("targets");
  return (
    <fieldset className="space-y-3">
      <legend className="text-sm font-medium">Chỉ tiêu đăng ký</legend>
      <p className="text-xs text-stone-500">
        Ví dụ: “Phấn đấu 90% trở lên cán bộ đạt Lao động tiên tiến”, loại Tỷ lệ (%), điều kiện đạt “Từ giá trị này trở lên (≥)”, giá trị 90. Dòng để trống sẽ
        được bỏ qua.
      </p>
      {rows.map((row, i) => {
        const n = i + 1;
        const id = (f: string) => `target-${row.key}-${f}`;
        const errs = (f: string) => errorsOf(`targets.${i}.${f}`);
        const described = (f: string, extra?: string) => [extra, errs(f)?.length ? `${id(f)}-error` : null].filter(Boolean).join(" ") || undefined;
        const errorList = (f: string) => (
          <div id={`${id(f)}-error`} aria-live="polite">
            {errs(f)?.map((e) => (
              <p key={e} className="mt-1 text-sm text-red-700">
                {e}
              </p>
            ))}
          </div>
        );
        return (
          <div key={row.key} className="grid gap-3 rounded border border-stone-200 p-3 sm:grid-cols-2 lg:grid-cols-[1fr_11rem_12rem_8rem_auto]">
            <div>
              <label htmlFor={id("text")} className="block text-sm font-medium">
                Chỉ tiêu {n}
              </label>
              <textarea
                id={id("text")}
                name="targetText"
                rows={2}
                defaultValue={row.text}
                aria-invalid={errs("text") ? true : undefined}
                aria-describedby={described("text")}
                className={inputClass}
              />
              {errorList("text")}
            </div>
            <div>
              <label htmlFor={id("kind")} className="block text-sm font-medium">
                Loại chỉ tiêu {n}
              </label>
              <select
                id={id("kind")}
                name="targetKind"
                defaultValue={row.kind || "TEXT"}
                aria-invalid={errs("kind") ? true : undefined}
                aria-describedby={described("kind")}
                className={inputClass}
              >
                {Object.entries(REGISTRATION_TARGET_KIND_LABELS).map(([value, label]) => (
                  <option key={value} value={value}>
                    {label}
                  </option>
                ))}
              </select>
              {errorList("kind")}
            </div>
            <div>
              <label htmlFor={id("comparator")} className="block text-sm font-medium">
                Điều kiện đạt {n}
              </label>
              <select
                id={id("comparator")}
                name="targetComparator"
                defaultValue={row.comparator || NUMERIC_DEFAULT_COMPARATOR}
                aria-invalid={errs("comparator") ? true : undefined}
                aria-describedby={described("comparator", `${id("comparator")}-hint`)}
                className={inputClass}
              >
                {Object.entries(TARGET_COMPARATOR_LABELS).map(([value, label]) => (
                  <option key={value} value={value}>
                    {label}
                  </option>
                ))}
              </select>
              <p id={`${id("comparator")}-hint`} className="mt-1 text-xs text-stone-500">
                Cho số lượng và tỷ lệ.
              </p>
              {errorList("comparator")}
            </div>
            <div>
              <label htmlFor={id("value")} className="block text-sm font-medium">
                Giá trị {n}
              </label>
              <input
                id={id("value")}
                name="targetValue"
                inputMode="decimal"
                defaultValue={row.value}
                aria-invalid={errs("value") ? true : undefined}
                aria-describedby={described("value", `${id("value")}-hint`)}
                className={inputClass}
              />
              <p id={`${id("value")}-hint`} className="mt-1 text-xs text-stone-500">
                Tỷ lệ 0–100; có/không: 1 hoặc 0.
              </p>
              {errorList("value")}
            </div>
            <div className="self-end">
              <button
                type="button"
                onClick={() => setRows((rs) => rs.filter((r) => r.key !== row.key))}
                className="rounded border border-stone-300 px-3 py-2 text-sm hover:bg-stone-100"
              >
                Xóa chỉ tiêu {n}
              </button>
            </div>
          </div>
        );
      })}
      <div id="targets-error" aria-live="polite">
        {listErrors?.map((e) => (
          <p key={e} className="text-sm text-red-700">
            {e}
          </p>
        ))}
      </div>
      {rows.length < MAX_TARGETS && (
        <button type="button" onClick={add} className="rounded border border-stone-300 px-3 py-2 text-sm hover:bg-stone-100">
          Thêm chỉ tiêu
        </button>
      )}
    </fieldset>
  );
}
