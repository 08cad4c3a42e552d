import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { appEnv } from "@/lib/env";
import { revokeSession } from "./sessions";
import { signInWithPassword } from "./sign-in";

/**
 * The client address for sign-in limits. Next appends the socket's address to
 * X-Forwarded-For, so the last entry is the one nobody can forge; behind
 * TRUSTED_PROXY_HOPS reverse proxies, the entry that many places earlier.
 */
function clientAddress(headers: Record<string, unknown> | undefined): string {
  const hops = appEnv().TRUSTED_PROXY_HOPS;
  const chain = String(headers?.["x-forwarded-for"] ?? "")
    .split(",")
    .map((a) => a.trim())
    .filter(Boolean);
  return chain[Math.max(0, chain.length - 1 - hops)] ?? "unknown";
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
        authorize: (credentials, req) =>
          signInWithPassword(credentials, clientAddress(req?.headers), { userAgent: String(req?.headers?.["user-agent"] ?? "") }),
      }),
    ],
    callbacks: {
      // The token names the user and their session row (lib/server/auth/sessions.ts).
      jwt({ token, user }) {
        if (user && "sid" in user) token.sid = user.sid;
        return token;
      },
      session({ session, token }) {
        return { ...session, user: { id: token.sub, sid: token.sid, name: token.name, email: token.email } };
      },
    },
    events: {
      async signOut({ token }) {
        if (typeof token?.sid === "string") await revokeSession(token.sid);
      },
    },
  };
}
