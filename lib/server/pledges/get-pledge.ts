import "server-only";
import { requireUser } from "@/lib/server/auth/current-user";
import { authorize } from "@/lib/server/authz/authorize";
import { AppError } from "@/lib/server/errors";
import { loadPledgeView, type PledgeView } from "./pledge-view";

/** One version of the bloc's pledge for the year, read-only, for any user of the bloc. */
export async function getPledge(blocId: string, year: number, version: number): Promise<PledgeView> {
  const user = await requireUser();
  authorize(user, "bloc:read", { blocId });
  if (!Number.isInteger(version) || version < 1) throw new AppError("NOT_FOUND", "Không tìm thấy phiên bản giao ước này.");
  const view = await loadPledgeView(blocId, year, version);
  if (!view) throw new AppError("NOT_FOUND", "Không tìm thấy phiên bản giao ước này.");
  return view;
}
