import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { agencyStaff, notify } from "@/lib/notifications/notify";

interface SheetPlace {
  agencyId: string;
  agency: { name: string; code: string };
  cycle: { year: number; bloc: { code: string } };
}

/**
 * Tells the agency's leader and officers, inside the verifier's transaction, that their sheet
 * came back with a reason (they may edit and resubmit it) or that its verification is complete.
 */
export async function notifySheetAgency(
  tx: Prisma.TransactionClient,
  sheet: SheetPlace,
  outcome: { kind: "SHEET_RETURNED"; reason: string } | { kind: "SHEET_VERIFIED" },
): Promise<void> {
  const staff = await agencyStaff(tx, [sheet.agencyId]);
  const year = sheet.cycle.year;
  await notify(tx, {
    kind: outcome.kind,
    recipients: staff.map((s) => s.userId),
    message:
      outcome.kind === "SHEET_RETURNED"
        ? `Bảng tự chấm điểm năm ${year} của ${sheet.agency.name} đã bị trả lại để sửa và nộp lại. Lý do: ${outcome.reason}`
        : `Bảng tự chấm điểm năm ${year} của ${sheet.agency.name} đã được thẩm định xong.`,
    link: `/khoi/${encodeURIComponent(sheet.cycle.bloc.code)}/${year}/cham-diem/tu-cham/${encodeURIComponent(sheet.agency.code)}`,
  });
}
