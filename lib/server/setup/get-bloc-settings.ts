import "server-only";
import { requireUser } from "@/lib/server/auth/current-user";
import { authorize } from "@/lib/server/authz/authorize";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";

export interface BlocSettings {
  id: string;
  code: string;
  name: string;
  kind: "KHOI" | "CUM";
  level: "CENTRAL" | "PROVINCE" | "DISTRICT";
  provinceId: string | null;
  organiser: string;
  /** The version the edit form sends back (optimistic concurrency). */
  updatedAt: string;
}

/** The bloc's editable details, for its settings page. */
export async function getBlocSettings(blocId: string): Promise<BlocSettings> {
  const user = await requireUser();
  const bloc = await db().bloc.findUnique({
    where: { id: blocId },
    select: { id: true, code: true, name: true, kind: true, level: true, provinceId: true, organiser: true, updatedAt: true },
  });
  if (!bloc) throw new AppError("NOT_FOUND");
  authorize(user, "bloc:read", { blocId: bloc.id });
  return { ...bloc, updatedAt: bloc.updatedAt.toISOString() };
}
