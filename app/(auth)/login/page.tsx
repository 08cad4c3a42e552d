import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/server/auth/current-user";
import { LoginForm } from "./login-form";

export const metadata: Metadata = { title: "Đăng nhập" };

function safeCallback(url: string | undefined): string {
  // Only same-site paths: never redirect to another origin after sign-in.
  return url && url.startsWith("/") && !url.startsWith("//") ? url : "/";
}

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string; error?: string }> }) {
  const { callbackUrl } = await searchParams;
  if (await getCurrentUser()) redirect(safeCallback(callbackUrl));
  return (
    <main className="flex min-h-screen items-center justify-center px-4">
      <div className="w-full max-w-sm rounded-lg border border-stone-200 bg-white p-8 shadow-sm">
        <p className="text-center text-xs font-semibold uppercase tracking-wide text-brand-700">Phần mềm thi đua khối</p>
        <h1 className="mt-1 text-center text-2xl font-bold">Đăng nhập</h1>
        <LoginForm callbackUrl={safeCallback(callbackUrl)} />
      </div>
    </main>
  );
}
