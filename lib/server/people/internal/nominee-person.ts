import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { writeAudit } from "@/lib/server/audit";
import { AppError } from "@/lib/server/errors";

/**
 * The person an individual nomination names (docs/decisions/0036), inside the nomination's
 * transaction: the person chosen from the agency's list, else the one person of the agency with
 * the typed name, else a new person linked to the agency (audited). Two of that name in the
 * agency: the agency is asked to choose. Checks nothing about the caller: saveNomination has.
 */
export async function nomineePerson(
  tx: Prisma.TransactionClient,
  input: { agencyId: string; personId: string | null; personName: string | null; personPosition: string | null },
  audit: { actorId: string; blocId: string },
): Promise<{ id: string; name: string }> {
  if (input.personId) {
    const chosen = await tx.person.findFirst({
      where: { id: input.personId, agencies: { some: { agencyId: input.agencyId } } },
      select: { id: true, name: true },
    });
    if (!chosen)
      throw new AppError("INVALID_INPUT", "Người được chọn không thuộc cơ quan đề nghị.", { personId: ["Vui lòng chọn người trong danh sách của cơ quan."] });
    return chosen;
  }
  const name = input.personName ?? "";
  const namesakes = await tx.person.findMany({
    where: { name: { equals: name, mode: "insensitive" }, agencies: { some: { agencyId: input.agencyId } } },
    select: { id: true, name: true },
    take: 3,
  });
  if (namesakes.length === 1) return namesakes[0]!;
  if (namesakes.length > 1) {
    const message = `Cơ quan có nhiều người tên ${name}: vui lòng chọn đúng người trong danh sách.`;
    throw new AppError("INVALID_INPUT", message, { personId: [message] });
  }
  const created = await tx.person.create({
    data: { name, agencies: { create: { agencyId: input.agencyId, position: input.personPosition } } },
    select: { id: true, name: true, birthYear: true },
  });
  await writeAudit(tx, {
    actorId: audit.actorId,
    action: "person.create",
    entity: "Person",
    entityId: created.id,
    blocId: audit.blocId,
    after: { name: created.name, birthYear: created.birthYear, agencyId: input.agencyId, position: input.personPosition, from: "nomination" },
  });
  return created;
}
