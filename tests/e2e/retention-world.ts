// The retention spec's own province (tests/e2e/retention.spec.ts, docs/e2e.md): one bloc whose
// 2014 year has a member's progress evidence (past its 10 years, docs/decisions/0045) and whose
// recent year has another (inside its period), and council staff of the province.
import { randomUUID } from "node:crypto";
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { makeAgency, makeBloc, makeMembership, makeProvince } from "../factories";

const PDF = Buffer.from("%PDF-1.7\n% minh chứng (kiểm thử lưu trữ)\n");

export async function retentionWorld(db: PrismaClient, id: string, council: (provinceId: string) => Promise<string>) {
  const province = await makeProvince(db, { code: `W${id}`, name: `Tỉnh lưu trữ ${id}` });
  const bloc = await makeBloc(db, { code: `W${id}-LT`, name: `Khối thi đua lưu trữ ${id}`, provinceId: province.id });
  const agency = await makeAgency(db, { name: `Cơ quan lưu trữ ${id}`, provinceId: province.id });
  const recentYear = new Date().getUTCFullYear() - 1;
  const file = async (year: number, name: string) => {
    await makeMembership(db, { blocId: bloc.id, agencyId: agency.id, year });
    const cycle = await db.cycle.create({ data: { blocId: bloc.id, year } });
    const pledge = await db.pledge.create({
      data: { cycleId: cycle.id, version: 1, title: `Giao ước năm ${year}`, commitments: { create: [{ number: 1, text: "Cam kết" }] } },
      select: { commitments: { select: { id: true } } },
    });
    const progress = await db.commitmentProgress.create({ data: { commitmentId: pledge.commitments[0]!.id, agencyId: agency.id } });
    const storageKey = randomUUID();
    const row = await db.storedFile.create({
      data: { blocId: bloc.id, originalName: name, mimeType: "application/pdf", sizeBytes: PDF.byteLength, sha256: "e2e", storageKey, progressId: progress.id },
    });
    await db.storedFileContent.create({ data: { storageKey, bytes: new Uint8Array(PDF) } });
    return row.id;
  };
  return {
    province: province.code,
    council: await council(province.id),
    expired: await file(2014, "minh-chung-2014.pdf"),
    recent: await file(recentYear, `minh-chung-${recentYear}.pdf`),
  };
}
