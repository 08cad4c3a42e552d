"use client";

import { useState } from "react";

/**
 * Copies a text (a temporary password, a reset link, a list of them) to the
 * clipboard and says so to screen readers. Where the clipboard is refused
 * (an old browser, no HTTPS) it says how to copy by hand instead.
 */
export function CopyButton({ text, label = "Sao chép", copiedLabel = "Đã sao chép" }: { text: string; label?: string; copiedLabel?: string }) {
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");
  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setState("copied");
    } catch {
      setState("failed");
    }
  }
  return (
    <span className="inline-flex items-center gap-2">
      <button type="button" onClick={copy} className="rounded border border-stone-300 bg-white px-3 py-1 text-sm font-medium hover:bg-stone-100">
        {state === "copied" ? copiedLabel : label}
      </button>
      <span aria-live="polite" className="text-xs text-stone-500">
        {state === "failed" ? "Trình duyệt không cho sao chép tự động: hãy chọn và sao chép bằng tay." : ""}
      </span>
    </span>
  );
}
