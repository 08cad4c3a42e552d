"use client";

import { createContext, startTransition, use, useActionState, useCallback, useEffect, useRef, useState } from "react";
import type { ActionState } from "@/lib/forms/action-state";
import { rowErrorsOf, type SheetSaved } from "@/lib/forms/sheet-fields";
import { SaveBar } from "./save-bar";

export type SheetSaveAction = (previous: ActionState<SheetSaved>, data: FormData) => Promise<ActionState<SheetSaved>>;

/** A row's field errors from the server, problems found in the browser (by row), and whether all is saved. */
const SheetErrors = createContext<{ server?: Record<string, string[]>; local: Record<string, string>; unsaved: boolean }>({ local: {}, unsaved: false });

/** Is something typed in the sheet not saved yet (or being saved)? A submission waits for it. */
export function useSheetUnsaved(): boolean {
  return use(SheetErrors).unsaved;
}

/** The messages of one row's fields (the server names them entries.<rowId>.<field>); a file problem found in the browser under "files". */
export function useRowErrors(rowId: string): Record<string, string[]> | undefined {
  const { server, local } = use(SheetErrors);
  const out = { ...rowErrorsOf(server, rowId) };
  if (local[rowId]) out.files = [...(out.files ?? []), local[rowId]];
  return Object.keys(out).length > 0 ? out : undefined;
}

/** How long typing must pause before a draft is saved on its own. */
const AUTOSAVE_AFTER_MS = 2500;

/**
 * A whole sheet as one form (docs/decisions/0018): "Lưu" saves every row at once, and a pause in
 * typing saves a draft on its own. Saves run one at a time; each carries the sheet version the
 * last save returned (or the page's, once the page has moved on), so autosaves never collide with
 * each other. With `checkFiles`, chosen files are checked as soon as they are chosen and sent only
 * with "Lưu", so nothing is uploaded unasked.
 */
export function OneFormSheet({
  action,
  label,
  fields,
  version,
  total,
  doneAtFirst,
  countDone,
  progressLabel,
  saveLabel,
  onInput,
  checkFiles,
  children,
  after,
}: {
  action: SheetSaveAction;
  /** The form's accessible name. */
  label: string;
  /** Hidden fields naming what the sheet is (table, agency, sheet…). */
  fields: Record<string, string>;
  /** The version of the sheet as the page read it. */
  version: number | string;
  total: number;
  /** Rows done as the page was read (the counter follows typing from there). */
  doneAtFirst: number;
  countDone: (data: FormData) => number;
  progressLabel: string;
  saveLabel: string;
  /** Called on every change before the count, e.g. to tick a row's "done" box when its value changes. */
  onInput?: (target: HTMLInputElement, form: HTMLFormElement) => void;
  /** The browser's check of chosen files (input[data-row]); null when they may be sent. */
  checkFiles?: (files: FileList | null) => Promise<string | null>;
  children: React.ReactNode;
  /** What follows the form and must know whether everything is saved (the submission). */
  after?: React.ReactNode;
}) {
  const form = useRef<HTMLFormElement>(null);
  const [fileProblems, setFileProblems] = useState<Record<string, string>>({});
  const [done, setDone] = useState(doneAtFirst);
  // Changes are counted as they happen; a save carries the count it was sent with, so a change
  // typed while a save is under way keeps the sheet "unsaved".
  const changes = useRef(0);
  const [changeCount, setChangeCount] = useState(0);
  const [savedChanges, setSavedChanges] = useState(0);
  const [uploading, setUploading] = useState(false);
  // The version the last save returned, with the page's version it was sent from: once the page
  // shows a newer sheet (after a refusal, a colleague's change), the page's version counts.
  const [answered, setAnswered] = useState<{ version: string; page: string } | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);

  const [state, formAction, pending] = useActionState(async (previous: ActionState<SheetSaved>, data: FormData) => {
    const carried = Number(data.get("changes"));
    const withFiles = data.get("withFiles") === "1";
    const page = String(data.get("pageVersion"));
    const answer = await action(previous, data);
    if (answer?.ok) {
      setSavedChanges((saved) => Math.max(saved, carried));
      if (answer.version !== undefined) setAnswered({ version: String(answer.version), page });
      // What was uploaded is now listed under its row: the inputs must not send it again.
      if (withFiles) for (const input of form.current?.querySelectorAll<HTMLInputElement>("input[type=file]") ?? []) input.value = "";
    }
    setUploading(false);
    return answer;
  }, null);
  const currentVersion = answered && answered.page === String(version) ? answered.version : String(version);

  const send = useCallback(
    (withFiles: boolean) => {
      const el = form.current;
      if (!el) return;
      const data = new FormData(el);
      const files = [...data.entries()].filter(([k, v]) => k.endsWith(".files") && typeof v !== "string" && v.size > 0);
      if (!withFiles) for (const key of [...data.keys()]) if (key.endsWith(".files")) data.delete(key);
      data.set("changes", String(changes.current));
      data.set("withFiles", withFiles && files.length > 0 ? "1" : "0");
      data.set("pageVersion", String(version));
      setUploading(withFiles && files.length > 0);
      startTransition(() => formAction(data));
    },
    [formAction, version],
  );

  // Autosave once typing pauses (and again after a save that was under way when it paused).
  const dirty = changeCount > savedChanges;
  useEffect(() => {
    if (!dirty || pending) return;
    timer.current = setTimeout(() => send(false), AUTOSAVE_AFTER_MS);
    return () => clearTimeout(timer.current);
  }, [dirty, pending, changeCount, send]);

  function onChange(event: React.FormEvent<HTMLFormElement>) {
    const target = event.target as HTMLInputElement;
    if (target.type === "file" && checkFiles) void check(target, checkFiles);
    onInput?.(target, event.currentTarget);
    changes.current += 1;
    setChangeCount(changes.current);
    setDone(countDone(new FormData(event.currentTarget)));
  }

  async function check(input: HTMLInputElement, checkChosen: (files: FileList | null) => Promise<string | null>) {
    const rowId = input.dataset.row ?? "";
    const problem = await checkChosen(input.files);
    setFileProblems((p) => ({ ...p, [rowId]: problem ?? "" }));
    if (problem) input.value = "";
  }

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    clearTimeout(timer.current);
    if (!pending) send(true);
  }

  const serverErrors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <SheetErrors value={{ server: serverErrors, local: fileProblems, unsaved: dirty || pending }}>
      <form ref={form} onSubmit={onSubmit} onChange={onChange} aria-label={label} noValidate className="space-y-3">
        {Object.entries(fields).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <input type="hidden" name="version" value={currentVersion} />
        {children}
        <SaveBar
          state={state}
          pending={pending}
          uploading={uploading}
          dirty={dirty}
          done={done}
          total={total}
          progressLabel={progressLabel}
          saveLabel={saveLabel}
        />
      </form>
      {after}
    </SheetErrors>
  );
}
