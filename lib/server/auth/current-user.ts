import "server-only";
import { getServerSession } from "next-auth";
import { cache } from "react";
import { AppError } from "@/lib/server/errors";
import { loadPrincipal, type CurrentUser } from "./load-principal";
import { authOptions } from "./options";

/** The signed-in user with fresh roles, once per request. */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await getServerSession(authOptions());
  const id = (session?.user as { id?: string } | undefined)?.id;
  return id ? loadPrincipal(id) : null;
});

export async function requireUser(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) throw new AppError("UNAUTHENTICATED");
  return user;
}
