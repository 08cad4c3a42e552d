"use client";

import { signOut } from "next-auth/react";

/** "Đăng xuất" on the light pages outside the shell (the shell's button is for the dark header). */
export function SignOutLink() {
  return (
    <button type="button" onClick={() => signOut({ callbackUrl: "/login" })} className="text-sm text-brand-700 underline hover:text-brand-800">
      Đăng xuất
    </button>
  );
}
