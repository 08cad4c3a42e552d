"use client";

/** Opens the browser's print dialog (the page's print CSS lays the sheet out on A4). */
export function PrintButton() {
  return (
    <button type="button" onClick={() => window.print()} className="rounded bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-800">
      In
    </button>
  );
}
