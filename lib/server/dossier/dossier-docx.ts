import "server-only";
import JSZip from "jszip";
import { buildOfficialDocx } from "@/lib/documents/official-docx";
import { issuerLine } from "@/lib/documents/pledge-layout";
import type { DocSpec, DossierData } from "@/lib/domain/dossier-types";

/**
 * One dossier document as a .docx, drawn like every document of the app
 * (lib/documents/official-docx.ts): the bloc over the document's own issuer, the Party or State
 * header. The whole dossier as a .zip. Document specs come from lib/domain/dossier.ts.
 */
export async function buildDossierDocx(d: DossierData, spec: DocSpec): Promise<Buffer> {
  return buildOfficialDocx({
    isParty: d.bloc.isParty,
    issuer: [issuerLine(d.bloc.name, d.bloc.kind), ...(spec.issuer ? [spec.issuer] : [])],
    numberLine: spec.numberLine,
    place: d.bloc.province,
    dated: spec.dated,
    title: spec.title,
    subtitle: spec.subtitle,
    blocks: spec.blocks,
    signers: spec.signers,
    recipients: spec.recipients,
  });
}

/** Every document of the dossier in one .zip (UTF-8 names, deflated). */
export async function buildDossierZip(d: DossierData, specs: readonly DocSpec[]): Promise<Buffer> {
  const zip = new JSZip();
  const buffers = await Promise.all(specs.map((s) => buildDossierDocx(d, s)));
  specs.forEach((s, i) => zip.file(s.fileName, buffers[i]!));
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}
