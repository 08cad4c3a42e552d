"use client";

import { useEffect, useRef, useState } from "react";
import { NUMERIC_DEFAULT_COMPARATOR } from "@/lib/domain/target-comparator";
import { errorsOf, type ActionState } from "@/lib/forms/action-state";
import { CommitmentFields } from "./commitment-fields";

export interface CommitmentValues {
  text: string;
  targetKind: string;
  targetValue: string;
  targetComparator: string;
  targetUnit: string;
  criterionIds: string[];
}

export interface CriterionChoice {
  id: string;
  label: string;
}

type Item = CommitmentValues & { key: number };

const blank = (): CommitmentValues => ({
  text: "",
  targetKind: "TEXT",
  targetValue: "",
  targetComparator: NUMERIC_DEFAULT_COMPARATOR,
  targetUnit: "",
  criterionIds: [],
});

/**
 * The numbered commitments: add, edit, move up or down, remove. The order on
 * screen is the numbering that is saved (1..n). Fields are named
 * "commitments.<i>.<field>" for lib/schemas/pledge's pledgeDraftFromForm.
 */
export function CommitmentList({ initial, state, criteria }: { initial: CommitmentValues[]; state: ActionState; criteria: CriterionChoice[] | null }) {
  const next = useRef(initial.length);
  const [items, setItems] = useState<Item[]>(() => initial.map((c, i) => ({ ...c, key: i })));
  const [focusKey, setFocusKey] = useState<number | null>(null);
  const list = useRef<HTMLOListElement>(null);

  useEffect(() => {
    // A new or moved commitment keeps the keyboard focus on its text.
    if (focusKey !== null) list.current?.querySelector<HTMLElement>(`[data-key="${focusKey}"] textarea`)?.focus();
  }, [focusKey, items]);

  const update = (key: number, patch: Partial<CommitmentValues>) => setItems((xs) => xs.map((x) => (x.key === key ? { ...x, ...patch } : x)));
  const move = (index: number, by: -1 | 1) => {
    setItems((xs) => {
      const ys = [...xs];
      const [x] = ys.splice(index, 1);
      ys.splice(index + by, 0, x!);
      return ys;
    });
    setFocusKey(items[index]!.key);
  };
  const remove = (key: number) => setItems((xs) => xs.filter((x) => x.key !== key));
  const add = () => {
    const key = next.current++;
    setItems((xs) => [...xs, { ...blank(), key }]);
    setFocusKey(key);
  };

  return (
    <section aria-label="Nội dung cam kết" className="grid gap-3">
      <h3 className="text-sm font-semibold">Nội dung cam kết</h3>
      {errorsOf(state, "commitments")?.map((e) => (
        <p key={e} className="text-sm text-red-700">
          {e}
        </p>
      ))}
      {items.length === 0 && <p className="text-sm text-stone-500">Chưa có cam kết nào. Bấm “Thêm cam kết” để thêm.</p>}
      <ol ref={list} className="grid gap-3">
        {items.map((item, i) => (
          <li key={item.key} data-key={item.key}>
            <CommitmentFields
              index={i}
              count={items.length}
              value={item}
              state={state}
              criteria={criteria}
              onChange={(patch) => update(item.key, patch)}
              onMove={(by) => move(i, by)}
              onRemove={() => remove(item.key)}
            />
          </li>
        ))}
      </ol>
      <div>
        <button type="button" onClick={add} className="rounded border border-stone-300 bg-white px-3 py-1.5 text-sm hover:bg-stone-100">
          Thêm cam kết
        </button>
      </div>
    </section>
  );
}
