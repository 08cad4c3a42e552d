"use client";

import { useRouter } from "next/navigation";
import { createContext, startTransition, use, useActionState, useCallback, useEffect, useRef, useState } from "react";
import type { ActionState } from "@/lib/forms/action-state";
import { countScored, type ScorableRow } from "@/lib/domain/self-scoring";
import { sheetFieldName } from "@/lib/schemas/self-scoring";
import { saveScoreSheetAction, type SheetSaved } from "../actions";
import { checkChosenFiles } from "./chosen-files";
import { SaveBar } from "./save-bar";
import { uploadChosenEvidence, type UploadProgress } from "./upload-evidence";

/** A row's field errors from the server, file problems found before sending, and whether all is saved. */
const SheetErrors = createContext<{ server?: Record<string, string[]>; files: Record<string, string>; unsaved: boolean }>({ files: {}, unsaved: false });

/** Is something typed in the sheet not saved yet (or being saved)? Submission waits for it. */
export function useSheetUnsaved(): boolean {
  return use(SheetErrors).unsaved;
}

/** The messages of one row's fields (the server names them entries.<criterionId>.<field>). */
export function useRowErrors(criterionId: string): Record<string, string[]> | undefined {
  const { server, files } = use(SheetErrors);
  const prefix = sheetFieldName(criterionId, "");
  const out: Record<string, string[]> = {};
  for (const [key, messages] of Object.entries(server ?? {})) if (key.startsWith(prefix)) out[key.slice(prefix.length)] = messages;
  if (files[criterionId]) out.files = [...(out.files ?? []), files[criterionId]];
  return Object.keys(out).length > 0 ? out : undefined;
}

/** How long typing must pause before a draft is saved on its own. */
const AUTOSAVE_AFTER_MS = 2500;

/**
 * The whole self-scoring sheet as one form: "Lưu" first sends each chosen evidence file through
 * the sheet's upload route with a progress bar (upload-evidence.ts), then saves every row's
 * values at once; a pause in typing saves the values as a draft on its own (evidence waits for
 * "Lưu", so nothing is uploaded unasked). A file that is refused stays chosen with its message
 * next to its row, and the values are saved all the same (docs/decisions/0022-evidence-upload-route.md). Saves run one at a
 * time; the sheet version each save needs is the one the last save or upload returned, so
 * autosaves never collide with each other.
 */
export function SheetForm({
  tableId,
  agencyId,
  uploadUrl,
  version,
  scorable,
  scoredAtFirst,
  children,
  after,
}: {
  tableId: string;
  agencyId: string;
  /** The sheet's evidence upload route (app/api/khoi/[bloc]/[year]/tu-cham/[agencyCode]/minh-chung). */
  uploadUrl: string;
  version: number;
  scorable: ScorableRow[];
  /** Rows scored as the page was read (the counter follows typing from there). */
  scoredAtFirst: number;
  children: React.ReactNode;
  /** What follows the form and must know whether everything is saved (the submission). */
  after?: React.ReactNode;
}) {
  const form = useRef<HTMLFormElement>(null);
  const router = useRouter();
  const [fileProblems, setFileProblems] = useState<Record<string, string>>({});
  const [scored, setScored] = useState(scoredAtFirst);
  // Changes are counted as they happen; a save carries the count it was sent with, so a change
  // typed while a save is under way keeps the sheet "unsaved".
  const changes = useRef(0);
  const [changeCount, setChangeCount] = useState(0);
  const [savedChanges, setSavedChanges] = useState(0);
  const [progress, setProgress] = useState<UploadProgress | null>(null);
  const [uploadedVersion, setUploadedVersion] = useState(0);
  const cancelUpload = useRef<AbortController | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);

  const [state, formAction, pending] = useActionState(async (previous: ActionState<SheetSaved>, data: FormData) => {
    const carried = Number(data.get("changes"));
    let uploaded = 0;
    if (data.get("withFiles") === "1" && form.current) {
      cancelUpload.current = new AbortController();
      const outcome = await uploadChosenEvidence(form.current, uploadUrl, Number(data.get("version")), setProgress, cancelUpload.current.signal);
      cancelUpload.current = null;
      data.set("version", String(outcome.version));
      setUploadedVersion((v) => Math.max(v, outcome.version));
      setFileProblems((p) => ({ ...p, ...Object.fromEntries(outcome.rows.map((id) => [id, outcome.failed[id]?.join(" ") ?? ""])) }));
      uploaded = outcome.stored;
    }
    // The values alone: the files went through the upload route.
    for (const key of [...data.keys()]) if (key.endsWith(".files")) data.delete(key);
    const answer = await saveScoreSheetAction(previous, data);
    if (answer?.ok) setSavedChanges((saved) => Math.max(saved, carried));
    // A save refused by its schema does not read the page again: the stored files must be listed.
    else if (uploaded > 0) router.refresh();
    // The upload's own outcome stays on its bar (upload-progress.tsx); the answer is the values'.
    return answer;
  }, null);
  const currentVersion = Math.max(version, uploadedVersion, state?.ok ? (state.version ?? 0) : 0);

  const send = useCallback(
    (withFiles: boolean) => {
      const el = form.current;
      if (!el) return;
      const data = new FormData(el);
      const files = [...data.entries()].filter(([k, v]) => k.endsWith(".files") && typeof v !== "string" && v.size > 0);
      data.set("changes", String(changes.current));
      data.set("withFiles", withFiles && files.length > 0 ? "1" : "0");
      setProgress(null);
      startTransition(() => formAction(data));
    },
    [formAction],
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
    if (target.type === "file") void checkFiles(target);
    changes.current += 1;
    setChangeCount(changes.current);
    const data = new FormData(event.currentTarget);
    setScored(countScored(scorable, (id, name) => data.get(sheetFieldName(id, name)) as string | null));
  }

  async function checkFiles(input: HTMLInputElement) {
    const criterionId = input.dataset.criterion ?? "";
    const problem = await checkChosenFiles(input.files);
    setFileProblems((p) => ({ ...p, [criterionId]: problem ?? "" }));
    if (problem) input.value = "";
  }

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    clearTimeout(timer.current);
    if (!pending) send(true);
  }

  const serverErrors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <SheetErrors value={{ server: serverErrors, files: fileProblems, unsaved: dirty || pending }}>
      <form ref={form} onSubmit={onSubmit} onChange={onChange} aria-label="Bảng tự chấm" noValidate className="space-y-3">
        <input type="hidden" name="tableId" value={tableId} />
        <input type="hidden" name="agencyId" value={agencyId} />
        <input type="hidden" name="version" value={currentVersion} />
        {children}
        <SaveBar
          state={state}
          pending={pending}
          progress={progress}
          onCancelUpload={() => cancelUpload.current?.abort()}
          dirty={dirty}
          scored={scored}
          total={scorable.length}
        />
      </form>
      {after}
    </SheetErrors>
  );
}
