import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

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
  const secretaries = await tx.user.findMany({
    where: { isActive: true, roles: { some: { role: "SECRETARY", blocId: place.blocId } } },
    select: { id: true },
  });
  await tx.notification.createMany({
    data: secretaries.map((u) => ({
      userId: u.id,
      message: `${place.agencyName} đã gửi bản đăng ký thi đua năm ${place.year}.`,
      link: registrationPath(place),
    })),
  });
}

/** Tells the agency's leader and officers that their registration came back, and why. */
export async function notifyReturned(tx: Prisma.TransactionClient, place: RegistrationPlace, reason: string): Promise<void> {
  const users = await tx.user.findMany({
    where: { isActive: true, roles: { some: { role: { in: ["AGENCY_LEADER", "AGENCY_OFFICER"] }, agencyId: place.agencyId } } },
    select: { id: true },
  });
  await tx.notification.createMany({
    data: users.map((u) => ({
      userId: u.id,
      message: `Bản đăng ký thi đua năm ${place.year} của ${place.agencyName} đã bị trả lại. Lý do: ${reason}`,
      link: registrationPath(place),
    })),
  });
}
