import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { safeCallback } from "@/lib/domain/safe-callback";
import { getCurrentUser } from "@/lib/server/auth/current-user";
import { LoginForm } from "./login-form";

export const metadata: Metadata = { title: "Đăng nhập" };

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string | string[]; error?: string }> }) {
  // Only a path of this site: never send anyone to another origin after sign-in.
  const callbackUrl = safeCallback((await searchParams).callbackUrl);
  if (await getCurrentUser()) redirect(callbackUrl);
  return (
    <main id="noi-dung" className="flex min-h-screen items-center justify-center px-4">
      <div className="w-full max-w-sm rounded-lg border border-stone-200 bg-white p-8 shadow-sm">
        <p className="text-center text-xs font-semibold uppercase tracking-wide text-brand-700">Phần mềm thi đua khối</p>
        <h1 className="mt-1 text-center text-2xl font-bold">Đăng nhập</h1>
        <LoginForm callbackUrl={callbackUrl} />
      </div>
    </main>
  );
}
