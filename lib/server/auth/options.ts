import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { isHttpsUrl } from "@/lib/auth/secure-transport";
import { decodeSessionToken } from "@/lib/auth/session-token";
import { CLIENT_ADDRESS_HEADER, clientAddress } from "@/lib/domain/client-address";
import { safeCallback } from "@/lib/domain/safe-callback";
import { appEnv } from "@/lib/env";
import { revokeSession } from "./sessions";
import { signInWithPassword } from "./sign-in";

let warnedUnstamped = false;

/**
 * The client address for sign-in limits: the socket's, as stamped by
 * scripts/serve.mjs, or the X-Forwarded-For entry TRUSTED_PROXY_HOPS places
 * from it (lib/domain/client-address.ts, docs/decisions/0013).
 */
function requestAddress(headers: Record<string, unknown> | undefined): string {
  if (!headers?.[CLIENT_ADDRESS_HEADER] && !warnedUnstamped && appEnv().NODE_ENV === "production") {
    warnedUnstamped = true;
    console.warn(
      "⚠ Không rõ địa chỉ máy khách (client address unknown): chạy máy chủ bằng `npm start` (scripts/serve.mjs); giới hạn đăng nhập theo địa chỉ đang tắt.",
    );
  }
  return clientAddress(headers, appEnv().TRUSTED_PROXY_HOPS);
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
    // next-auth's own encoding; decoding with the derived key kept (lib/auth/session-token.ts),
    // as the proxy and every page read the cookie.
    jwt: { decode: decodeSessionToken },
    // "__Secure-" cookies with the Secure flag when the public URL is https;
    // proxy.ts and getCurrentUser derive the same choice from NEXTAUTH_URL (sessionCookieName).
    useSecureCookies: isHttpsUrl(appEnv().NEXTAUTH_URL),
    pages: { signIn: "/login", error: "/login" },
    providers: [
      CredentialsProvider({
        name: "Email",
        credentials: { email: { label: "Email", type: "email" }, password: { label: "Mật khẩu", type: "password" } },
        // Errors thrown here reach the sign-in form as their message.
        authorize: (credentials, req) =>
          signInWithPassword(credentials, requestAddress(req?.headers), { userAgent: String(req?.headers?.["user-agent"] ?? "") }),
      }),
    ],
    callbacks: {
      // Every redirect next-auth makes (after sign-in or sign-out) stays on this site.
      redirect({ url, baseUrl }) {
        return `${baseUrl}${safeCallback(url, baseUrl)}`;
      },
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
