"use client";

import { signIn } from "next-auth/react";
import { useState, useTransition } from "react";
import { safeCallback } from "@/lib/domain/safe-callback";

export function LoginForm({ callbackUrl }: { callbackUrl: string }) {
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  // Set once signed in: the whole page is loading the next one, which takes a few seconds on a
  // first visit, so the form says so instead of going blank.
  const [leaving, setLeaving] = useState(false);

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setError(null);
    startTransition(async () => {
      const result = await signIn("credentials", {
        email: String(form.get("email") ?? ""),
        password: String(form.get("password") ?? ""),
        redirect: false,
      });
      if (!result || result.error) {
        // The server's message (wrong password, too many attempts) is shown as is.
        setError(result?.error && result.error !== "CredentialsSignin" ? result.error : "Email hoặc mật khẩu không đúng.");
        return;
      }
      // A full page load, not a client-side replace: the landing ("/") redirects on the server to
      // the user's bloc, and a client-side replace left the address at "/" and the page without a
      // <title> (found by the e2e accessibility check). Checked again here: the form must stay
      // safe whatever page renders it.
      setLeaving(true);
      window.location.assign(safeCallback(callbackUrl));
    });
  }

  return (
    <form onSubmit={onSubmit} className="mt-6 space-y-4" noValidate>
      <div>
        <label htmlFor="email" className="block text-sm font-medium">
          Email
        </label>
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="username"
          required
          className="mt-1 w-full rounded border border-stone-300 px-3 py-2"
          aria-describedby={error ? "login-error" : undefined}
        />
      </div>
      <div>
        <label htmlFor="password" className="block text-sm font-medium">
          Mật khẩu
        </label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          className="mt-1 w-full rounded border border-stone-300 px-3 py-2"
          aria-describedby={error ? "login-error" : undefined}
        />
      </div>
      <p id="login-error" role="alert" aria-live="polite" className="min-h-5 text-sm text-red-700">
        {error}
      </p>
      {leaving && (
        <p role="status" className="text-sm text-stone-700">
          Đã đăng nhập. Đang mở trang làm việc của bạn…
        </p>
      )}
      <button
        type="submit"
        disabled={pending || leaving}
        className="w-full rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60"
      >
        {pending || leaving ? "Đang đăng nhập…" : "Đăng nhập"}
      </button>
    </form>
  );
}
