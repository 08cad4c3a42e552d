import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { appEnv } from "@/lib/env";
import { signInWithPassword } from "./sign-in";

function clientAddress(headers: Record<string, unknown> | undefined): string {
  const forwarded = String(headers?.["x-forwarded-for"] ?? "").split(",")[0]?.trim();
  return forwarded || String(headers?.["x-real-ip"] ?? "") || "unknown";
}

/**
 * next-auth 4 with a credentials provider and JWT sessions. The token holds
 * only the user id; roles and scope are read from the database on every
 * request (lib/server/auth/current-user.ts).
 */
export function authOptions(): NextAuthOptions {
  return {
    secret: appEnv().NEXTAUTH_SECRET,
    session: { strategy: "jwt", maxAge: 8 * 60 * 60 },
    pages: { signIn: "/login", error: "/login" },
    providers: [
      CredentialsProvider({
        name: "Email",
        credentials: { email: { label: "Email", type: "email" }, password: { label: "Mật khẩu", type: "password" } },
        // Errors thrown here reach the sign-in form as their message.
        authorize: (credentials, req) => signInWithPassword(credentials, clientAddress(req?.headers)),
      }),
    ],
    callbacks: {
      session({ session, token }) {
        return { ...session, user: { id: token.sub, name: token.name, email: token.email } };
      },
    },
  };
}
