"use client";

import { useId, useState, useSyncExternalStore } from "react";

/**
 * A phone's menu: a button that shows or hides a panel of links below it (hidden from sm up,
 * where the links stand in the page's own row). Following a link or pressing Escape closes it;
 * the button says whether it is open (aria-expanded) for screen readers. Until the page's script
 * has started the button is disabled: a tap on a phone that is still loading would otherwise be
 * lost without a sign (the button looked ready but had no handler yet).
 */
export function MenuDisclosure({
  label,
  summary,
  tone = "light",
  children,
}: {
  label: string;
  summary?: React.ReactNode;
  tone?: "light" | "dark";
  children: React.ReactNode;
}) {
  const [open, setOpen] = useState(false);
  // False on the server and while hydrating, true once React runs in the browser.
  const interactive = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  const panelId = useId();
  const button = tone === "dark" ? "border-white/40 text-white hover:bg-white/10" : "border-stone-300 bg-white text-stone-800 hover:border-stone-500";
  return (
    <div className="sm:hidden" onKeyDown={(e) => e.key === "Escape" && setOpen(false)}>
      <button
        type="button"
        aria-expanded={open}
        disabled={!interactive}
        aria-controls={panelId}
        onClick={() => setOpen(!open)}
        className={`flex items-center gap-2 rounded border px-3 py-1 text-sm disabled:opacity-60 ${button}`}
      >
        <span aria-hidden="true">{open ? "✕" : "☰"}</span>
        <span>{label}</span>
        {summary}
      </button>
      <div id={panelId} hidden={!open} onClick={(e) => (e.target as HTMLElement).closest("a") && setOpen(false)}>
        {children}
      </div>
    </div>
  );
}

const noSubscription = () => () => {};
