import "server-only";
import type { RegistrationDocData } from "@/lib/documents/registration-docx";
import { blocLetterhead } from "@/lib/server/blocs/internal/letterhead";
import { todayInVietnam } from "@/lib/server/clock";
import { AppError } from "@/lib/server/errors";
import { getRegistration } from "./get-registration";

/**
 * One agency's registration as a document to sign (the .docx), for exactly those who see its page:
 * the access check is getRegistration's (its own agency, or those who read every agency's; anyone
 * else NOT_FOUND). NOT_FOUND too while the agency has saved nothing.
 */
export async function getRegistrationDocument(blocId: string, year: number, agencyCode: string): Promise<RegistrationDocData> {
  const { agency, registration: reg } = await getRegistration(blocId, year, agencyCode);
  if (!reg) throw new AppError("NOT_FOUND", "Cơ quan chưa lưu bản đăng ký thi đua.");
  const letterhead = await blocLetterhead(blocId, year);
  if (!letterhead) throw new AppError("NOT_FOUND");
  return {
    year,
    agencyName: agency.name,
    letterhead,
    status: reg.status,
    submittedOn: reg.submittedAt ? todayInVietnam(reg.submittedAt) : null,
    titles: reg.titles.map((t) => t.name),
    targets: reg.targets,
    note: reg.note,
  };
}
