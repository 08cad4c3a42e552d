/**
 * Sends the evidence chosen in the sheet's form, one file at a time, to the sheet's upload route
 * (docs/decisions/0022-evidence-upload-route.md) with XMLHttpRequest, whose upload events say how
 * many bytes are sent (a server action or fetch does not). Each stored file moves the sheet's
 * version; the next file, and then the save of the values, carry the version it returned.
 */

/** How far the upload is: bytes sent of every chosen file, and the file being sent. */
export interface UploadProgress {
  sent: number;
  total: number;
  /** 1-based number of the file being sent, of `count`. */
  index: number;
  count: number;
  file: string;
  /** Every file was sent or given up on. */
  done: boolean;
  /** Files stored, and files not stored (their messages are next to their rows). */
  stored: number;
  failed: number;
}

export interface UploadOutcome {
  /** The sheet's version after the last stored file. */
  version: number;
  stored: number;
  /** Messages by criterion id, for the rows whose files stay chosen. */
  failed: Record<string, string[]>;
  /** Every row that had a file chosen (its earlier file message is cleared or replaced). */
  rows: string[];
}

type Sent = { ok: true; version: number } | { ok: false; message: string; stop: boolean };

const NETWORK_LOST = "Mất kết nối khi tải tệp lên. Vui lòng kiểm tra mạng rồi bấm “Lưu bảng tự chấm” lại.";
const CANCELLED = "Đã hủy tải lên.";

/**
 * One file, its bytes as the body. A refusal of this file (400: its type, 413: its size) lets the
 * next files go on; any other refusal (signed out, no right, a stale sheet, a closed phase, the
 * network, a cancel) stops the upload, since every later file would meet it too.
 */
function sendFile(url: string, file: File, onSent: (bytes: number) => void, signal: AbortSignal): Promise<Sent> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve({ ok: false, message: CANCELLED, stop: true });
    const xhr = new XMLHttpRequest();
    xhr.open("POST", url);
    xhr.setRequestHeader("Content-Type", "application/octet-stream");
    xhr.upload.onprogress = (e) => onSent(e.loaded);
    xhr.onload = () => {
      let answer: { version?: unknown; message?: unknown } = {};
      try {
        answer = JSON.parse(xhr.responseText) as typeof answer;
      } catch {
        // Not JSON (a proxy's error page): the status alone says what happened.
      }
      if (xhr.status === 200 && typeof answer.version === "number") return resolve({ ok: true, version: answer.version });
      const message = typeof answer.message === "string" ? answer.message : `Máy chủ không nhận tệp (mã ${xhr.status}). Vui lòng thử lại.`;
      resolve({ ok: false, message, stop: xhr.status !== 400 && xhr.status !== 413 });
    };
    xhr.onerror = () => resolve({ ok: false, message: NETWORK_LOST, stop: true });
    xhr.onabort = () => resolve({ ok: false, message: CANCELLED, stop: true });
    signal.addEventListener("abort", () => xhr.abort(), { once: true });
    xhr.send(file);
  });
}

/**
 * Sends every file chosen in the form's evidence inputs (`data-criterion` names the row), in
 * the page's order. Afterwards each input keeps only the files that were not stored, so that the
 * user sees them still chosen next to their message and the next "Lưu" sends them again.
 */
export async function uploadChosenEvidence(
  form: HTMLFormElement,
  url: string,
  version: number,
  onProgress: (p: UploadProgress) => void,
  signal: AbortSignal,
): Promise<UploadOutcome> {
  const inputs = [...form.querySelectorAll<HTMLInputElement>("input[type=file][data-criterion]")].filter((i) => (i.files?.length ?? 0) > 0);
  const queue = inputs.flatMap((input) => [...input.files!].map((file) => ({ input, file, criterionId: input.dataset.criterion ?? "" })));
  const total = queue.reduce((sum, q) => sum + q.file.size, 0);
  const kept = new Map<HTMLInputElement, File[]>();
  const failed: Record<string, string[]> = {};
  const fail = (q: (typeof queue)[number], message: string) => {
    kept.set(q.input, [...(kept.get(q.input) ?? []), q.file]);
    (failed[q.criterionId] ??= []).push(message.startsWith(q.file.name) ? message : `${q.file.name}: ${message}`);
  };
  let sent = 0;
  let stored = 0;
  let current = version;
  let stopped = false;
  const report = (p: Pick<UploadProgress, "sent" | "index" | "file" | "done">) =>
    onProgress({ ...p, total, count: queue.length, stored, failed: Object.values(failed).flat().length });

  for (const [i, q] of queue.entries()) {
    if (stopped) {
      fail(q, "chưa gửi, vì việc tải lên đã dừng.");
      continue;
    }
    report({ sent, index: i + 1, file: q.file.name, done: false });
    const address = `${url}?${new URLSearchParams({ criterionId: q.criterionId, version: String(current), name: q.file.name })}`;
    const answer = await sendFile(
      address,
      q.file,
      (bytes) => report({ sent: sent + Math.min(bytes, q.file.size), index: i + 1, file: q.file.name, done: false }),
      signal,
    );
    if (answer.ok) {
      sent += q.file.size;
      stored += 1;
      current = answer.version;
    } else {
      // A refused file's bytes were sent all the same; a stopped one's were not.
      if (!answer.stop) sent += q.file.size;
      fail(q, answer.message);
      stopped = answer.stop;
    }
  }
  for (const input of inputs) {
    const keep = new DataTransfer();
    for (const file of kept.get(input) ?? []) keep.items.add(file);
    input.files = keep.files;
  }
  report({ sent, index: queue.length, file: queue.at(-1)?.file.name ?? "", done: true });
  return { version: current, stored, failed, rows: [...new Set(queue.map((q) => q.criterionId))] };
}
