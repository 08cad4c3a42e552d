"use client";

import { useFormStatus } from "react-dom";

/** A submit button that shows progress and cannot be pressed twice. */
export function SubmitButton({
  children,
  pendingText = "Đang lưu…",
  variant = "primary",
}: {
  children: React.ReactNode;
  pendingText?: string;
  variant?: "primary" | "secondary" | "danger";
}) {
  const { pending } = useFormStatus();
  const styles = {
    primary: "bg-brand-700 text-white hover:bg-brand-800",
    secondary: "border border-stone-300 bg-white text-stone-800 hover:bg-stone-100",
    danger: "bg-red-700 text-white hover:bg-red-800",
  }[variant];
  return (
    <button type="submit" disabled={pending} aria-disabled={pending} className={`rounded px-4 py-2 text-sm font-semibold disabled:opacity-60 ${styles}`}>
      {pending ? pendingText : children}
    </button>
  );
}
