"use client";

import { useRouter } from "next/navigation";
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

/** What an upload of the chosen files before a save hands back (self-scoring's evidence, docs/decisions/0022). */
export interface UploadOutcome {
  /** The sheet's version after the files stored. */
  version: number | string;
  /** A message per row whose files were chosen ("" when they were stored). */
  problems: Record<string, string>;
  stored: number;
}

/**
 * A whole sheet as one form (docs/decisions/0018, 0023): "Lưu" saves every row at once, and a
 * pause in typing saves a draft on its own. Saves run one at a time; each carries the sheet
 * version the last save returned (or the page's, once the page has moved on), so autosaves never
 * collide with each other. With `checkFiles`, chosen files (input[data-criterion]) are checked as
 * soon as they are chosen; with `uploadFiles` they are sent by "Lưu" alone, before the values,
 * so nothing is uploaded unasked. The values never carry files.
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
  uploadFiles,
  uploading = false,
  onSend,
  barExtra,
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
  /** The browser's check of chosen files; null when they may be sent. */
  checkFiles?: (files: FileList | null) => Promise<string | null>;
  /** Sends the chosen files before the values of a "Lưu" (given the version the save carries). */
  uploadFiles?: (form: HTMLFormElement, version: string) => Promise<UploadOutcome>;
  /** Files are being sent (the bar says so). */
  uploading?: boolean;
  /** Called as each save starts. */
  onSend?: () => void;
  /** Shown in the bar below its button (an upload's progress). */
  barExtra?: React.ReactNode;
  children: React.ReactNode;
  /** What follows the form and must know whether everything is saved (the submission). */
  after?: React.ReactNode;
}) {
  const form = useRef<HTMLFormElement>(null);
  const router = useRouter();
  const [fileProblems, setFileProblems] = useState<Record<string, string>>({});
  const [done, setDone] = useState(doneAtFirst);
  // Changes are counted as they happen; a save carries the count it was sent with, so a change
  // typed while a save is under way keeps the sheet "unsaved".
  const changes = useRef(0);
  const [changeCount, setChangeCount] = useState(0);
  const [savedChanges, setSavedChanges] = useState(0);
  // The version the last save returned, with the page's version it was sent from: once the page
  // shows a newer sheet (after a refusal, a colleague's change), the page's version counts.
  const [answered, setAnswered] = useState<{ version: string; page: string } | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);

  const [state, formAction, pending] = useActionState(async (previous: ActionState<SheetSaved>, data: FormData) => {
    const carried = Number(data.get("changes"));
    const page = String(data.get("pageVersion"));
    let uploaded = 0;
    if (data.get("withFiles") === "1" && form.current && uploadFiles) {
      const outcome = await uploadFiles(form.current, String(data.get("version")));
      data.set("version", String(outcome.version));
      setAnswered({ version: String(outcome.version), page });
      setFileProblems((p) => ({ ...p, ...outcome.problems }));
      uploaded = outcome.stored;
    }
    // The values alone: files go through uploadFiles.
    for (const key of [...data.keys()]) if (key.endsWith(".files")) data.delete(key);
    const answer = await action(previous, data);
    if (answer?.ok) {
      setSavedChanges((saved) => Math.max(saved, carried));
      if (answer.version !== undefined) setAnswered({ version: String(answer.version), page });
    }
    // A save refused by its schema does not read the page again: the stored files must be listed.
    else if (uploaded > 0) router.refresh();
    return answer;
  }, null);
  const currentVersion = answered && answered.page === String(version) ? answered.version : String(version);

  const send = useCallback(
    (withFiles: boolean) => {
      const el = form.current;
      if (!el) return;
      const data = new FormData(el);
      const files = [...data.entries()].filter(([k, v]) => k.endsWith(".files") && typeof v !== "string" && v.size > 0);
      data.set("changes", String(changes.current));
      data.set("withFiles", withFiles && files.length > 0 ? "1" : "0");
      data.set("pageVersion", String(version));
      onSend?.();
      startTransition(() => formAction(data));
    },
    [formAction, version, onSend],
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
    const rowId = input.dataset.criterion ?? "";
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
          uploading={pending && uploading}
          dirty={dirty}
          done={done}
          total={total}
          progressLabel={progressLabel}
          saveLabel={saveLabel}
          extra={barExtra}
        />
      </form>
      {after}
    </SheetErrors>
  );
}
