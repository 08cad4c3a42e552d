import "server-only";
import { isPartyBloc } from "@/lib/documents/pledge-layout";
import { documentPlace, type BlocLetterhead } from "@/lib/domain/official-document";
import { db } from "@/lib/server/db";

/**
 * What a bloc-year's documents are headed with (lib/domain/official-document.ts): the bloc, its
 * Party or State format, the place named before the date (the province; Hà Nội for a central
 * bloc) and the Trưởng khối's agency of the year. Checks nothing: the caller has authorized the
 * bloc. Two queries; null for an unknown bloc.
 */
export async function blocLetterhead(blocId: string, year: number): Promise<BlocLetterhead | null> {
  const [bloc, head] = await Promise.all([
    db().bloc.findUnique({
      where: { id: blocId },
      select: {
        name: true,
        kind: true,
        level: true,
        province: { select: { name: true } },
        memberships: { where: { year }, select: { agency: { select: { type: true } } } },
      },
    }),
    db().officerTerm.findFirst({
      where: { blocId, role: "HEAD", startsOn: { lte: new Date(Date.UTC(year, 11, 31)) }, endsOn: { gte: new Date(Date.UTC(year, 0, 1)) } },
      orderBy: { startsOn: "desc" },
      select: { agency: { select: { name: true } } },
    }),
  ]);
  if (!bloc) return null;
  return {
    blocName: bloc.name,
    blocKind: bloc.kind,
    isParty: isPartyBloc(
      bloc.name,
      bloc.memberships.map((m) => m.agency.type),
    ),
    place: documentPlace(bloc.province?.name ?? null, bloc.level),
    headAgencyName: head?.agency.name ?? null,
  };
}
