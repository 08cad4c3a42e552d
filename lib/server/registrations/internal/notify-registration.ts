import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { agencyStaff, blocStaff, notify } from "@/lib/notifications/notify";

export interface RegistrationPlace {
  blocId: string;
  blocCode: string;
  year: number;
  agencyId: string;
  agencyCode: string;
  agencyName: string;
}

export function registrationPath(p: Omit<RegistrationPlace, "blocId" | "agencyId" | "agencyName">): string {
  return `/khoi/${encodeURIComponent(p.blocCode)}/${p.year}/dang-ky/dang-ky-thi-dua/${encodeURIComponent(p.agencyCode)}`;
}

/** Tells the bloc's secretaries that an agency sent its registration (same transaction as the change). */
export async function notifySubmitted(tx: Prisma.TransactionClient, place: RegistrationPlace): Promise<void> {
  const secretaries = await blocStaff(tx, [place.blocId], ["SECRETARY"]);
  await notify(tx, {
    kind: "REGISTRATION_SUBMITTED",
    recipients: secretaries.map((s) => s.userId),
    message: `${place.agencyName} đã gửi bản đăng ký thi đua năm ${place.year}.`,
    link: registrationPath(place),
  });
}

/** Tells the agency's leader and officers that their registration was accepted, or came back and why. */
export async function notifyReviewed(tx: Prisma.TransactionClient, place: RegistrationPlace, reason: string | null): Promise<void> {
  const staff = await agencyStaff(tx, [place.agencyId]);
  await notify(tx, {
    kind: "REGISTRATION_REVIEWED",
    recipients: staff.map((s) => s.userId),
    message:
      reason === null
        ? `Bản đăng ký thi đua năm ${place.year} của ${place.agencyName} đã được chấp nhận.`
        : `Bản đăng ký thi đua năm ${place.year} của ${place.agencyName} đã bị trả lại. Lý do: ${reason}`,
    link: registrationPath(place),
  });
}
