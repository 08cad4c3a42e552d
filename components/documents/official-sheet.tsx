import { nationalLines, placeDateLine } from "@/lib/documents/pledge-layout";
import type { DocBlock, DocSigner, OfficialDoc } from "@/lib/domain/official-document";

/**
 * A document ready to sign (lib/domain/official-document.ts) as an A4 sheet on screen and paper:
 * the same data, in the same order and layout, as its .docx (lib/documents/official-docx.ts), so a
 * printed page and a downloaded file of one document cannot differ. Print pages hide everything
 * but `.official-sheet` (see the minutes page's print CSS).
 */
export function OfficialSheet({ doc: d, label, embedded = false }: { doc: OfficialDoc; label?: string; embedded?: boolean }) {
  const [national, ...motto] = nationalLines(d.isParty);
  // A page of its own (the print view) is headed by the document; inside a card it is a part of the page.
  const Title = embedded ? "h3" : "h1";
  const issuing = d.issuer.at(-1) ?? "";
  return (
    <article
      aria-label={label ?? d.title}
      className={`official-sheet mx-auto w-[210mm] max-w-full bg-white px-4 py-6 font-serif text-[14pt] leading-normal text-black sm:px-[15mm] sm:py-[20mm] sm:pl-[30mm] ${embedded ? "border border-stone-200" : "shadow"}`}
    >
      <header className="grid gap-y-3 text-center text-[13pt] sm:grid-cols-[42%_58%]">
        <div>
          {d.issuer.slice(0, -1).map((line) => (
            <p key={line}>{upper(line)}</p>
          ))}
          <p className="font-bold">{upper(issuing)}</p>
          {d.isParty ? <p>*</p> : <hr className="mx-auto my-1 w-[25mm] border-black" />}
          {d.numberLine && <p className="mt-1">{d.numberLine}</p>}
        </div>
        <div>
          <p className={`font-bold ${d.isParty ? "underline" : "text-[12pt]"}`}>{national}</p>
          {motto.map((t) => (
            <p key={t} className="font-bold underline">
              {t}
            </p>
          ))}
          <p className="mt-3 italic">{placeDateLine(d.place, d.dated.day, d.dated.year)}</p>
        </div>
      </header>
      {d.mark && <p className="mt-4 font-bold">{d.mark}</p>}
      <Title className="mt-8 text-center text-[15pt] font-bold">{d.title}</Title>
      {d.subtitle && <p className="text-center font-bold">{d.subtitle}</p>}
      <p className="mb-4 text-center">-----</p>
      {d.blocks.map((b, i) => (
        <Block key={i} block={b} Heading={embedded ? "h4" : "h2"} />
      ))}
      <Signatures doc={d} />
    </article>
  );
}

const upper = (s: string) => s.toLocaleUpperCase("vi-VN");

function Block({ block: b, Heading }: { block: DocBlock; Heading: "h2" | "h4" }) {
  if (b.kind === "heading") return <Heading className="mt-3 font-bold">{b.text}</Heading>;
  if (b.kind === "para")
    return (
      <p className={`${b.center ? "my-2 text-center" : "indent-[10mm] text-justify"} ${b.italics ? "italic" : ""} ${b.bold ? "font-bold" : ""}`}>{b.text}</p>
    );
  const bold = new Set(b.boldRows ?? []);
  const align = (i: number) => ({ left: "text-left", center: "text-center", right: "text-right" })[b.align?.[i] ?? (i === 0 ? "center" : "left")];
  return (
    <table className="my-2 w-full border-collapse text-[13pt]">
      <colgroup>
        {b.widths.map((w, i) => (
          <col key={i} style={{ width: `${w}%` }} />
        ))}
      </colgroup>
      <thead>
        <tr>
          {b.head.map((h) => (
            <th key={h} scope="col" className="border border-black px-1 text-center">
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {b.rows.map((r, j) => (
          <tr key={j} className={`break-inside-avoid ${bold.has(j) ? "font-bold" : ""}`}>
            {r.map((c, i) => (
              <td key={i} className={`border border-black px-1 align-top ${align(i)}`}>
                {c}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Signer({ signer: s }: { signer: DocSigner }) {
  return (
    <div className="text-center">
      {s.role.map((r) => (
        <p key={r} className="font-bold">
          {r}
        </p>
      ))}
      <p className="text-[12pt] italic">{s.hint ?? "(Ký, ghi rõ họ tên)"}</p>
      <p className="mt-20 font-bold">{s.name ?? ""}</p>
    </div>
  );
}

function Recipients({ lines }: { lines: readonly string[] }) {
  return (
    <div className="text-[11pt]">
      <p className="text-[12pt] font-bold italic">Nơi nhận:</p>
      {lines.map((l) => (
        <p key={l}>{l}</p>
      ))}
    </div>
  );
}

/** As in the .docx: one signer beside "Nơi nhận", several side by side in two columns with "Nơi nhận" below; never split across pages. */
function Signatures({ doc: d }: { doc: OfficialDoc }) {
  const recipients = d.recipients ?? [];
  if (d.signers.length === 0 && recipients.length === 0) return null;
  if (d.signers.length <= 1)
    return (
      <div className="mt-6 grid break-inside-avoid grid-cols-[45%_55%]">
        <div>{recipients.length > 0 && <Recipients lines={recipients} />}</div>
        {d.signers[0] ? <Signer signer={d.signers[0]} /> : <div />}
      </div>
    );
  return (
    <div className="mt-6 break-inside-avoid">
      <div className="grid grid-cols-2 gap-y-6">
        {d.signers.map((s, i) => (
          <Signer key={i} signer={s} />
        ))}
      </div>
      {recipients.length > 0 && (
        <div className="mt-4">
          <Recipients lines={recipients} />
        </div>
      )}
    </div>
  );
}
