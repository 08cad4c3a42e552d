import {
  baseLine,
  documentTitle,
  introLine,
  issuerLine,
  nationalLines,
  placeDateLine,
  subtitle,
  targetLine,
  vnDay,
  type PledgeDocData,
} from "@/lib/documents/pledge-layout";

/**
 * The pledge on an A4 sheet in Vietnamese administrative layout, the same
 * text as the .docx (lib/documents/pledge-layout). Page margins come from the
 * print page's @page rule; on screen the sheet carries them as padding.
 */
export function PledgePrintSheet({ doc }: { doc: PledgeDocData }) {
  const [national, ...motto] = nationalLines(doc.isParty);
  const sub = subtitle(doc.title, doc.year);
  return (
    <article
      className="pledge-sheet mx-auto w-[210mm] min-h-[297mm] bg-white py-[20mm] pl-[30mm] pr-[15mm] text-[14pt] leading-snug text-black shadow"
      style={{ fontFamily: '"Times New Roman", Times, serif' }}
    >
      <header className="grid grid-cols-[45%_55%] text-center text-[13pt]">
        <div>
          <p className="font-bold">{issuerLine(doc.blocName, doc.blocKind)}</p>
          <p>*</p>
        </div>
        <div>
          <p className={`font-bold ${doc.isParty ? "underline underline-offset-4" : ""}`}>{national}</p>
          {motto.map((m) => (
            <p key={m} className="font-bold underline underline-offset-4">
              {m}
            </p>
          ))}
          <p className="mt-2 italic">{placeDateLine(doc.place, doc.signedOn, doc.year)}</p>
        </div>
      </header>
      {doc.statusMark && <p className="mt-4 font-bold">{doc.statusMark}</p>}
      <h1 className="mt-6 text-center text-[15pt] font-bold">{documentTitle(doc.year)}</h1>
      {sub && <p className="text-center font-bold">{sub}</p>}
      {doc.theme && <p className="text-center italic">Chủ đề: “{doc.theme}”</p>}
      <p className="text-center">-----</p>
      <div className="mt-3 space-y-1 text-justify">
        {doc.bases.map((b, i) => (
          <p key={i} className="indent-[10mm] italic">
            {baseLine(b, i === doc.bases.length - 1)}
          </p>
        ))}
        <p className="indent-[10mm]">{introLine(doc.blocName, doc.year)}</p>
        {doc.commitments.map((c) => {
          const target = targetLine(c.target);
          return (
            <div key={c.number}>
              <p className="indent-[10mm] whitespace-pre-line">
                {c.number}. {c.text}
              </p>
              {target && <p className="indent-[10mm] italic">{target}</p>}
            </div>
          );
        })}
      </div>
      <h2 className="mt-6 mb-2 text-center font-bold">CÁC CƠ QUAN, ĐƠN VỊ THÀNH VIÊN KÝ KẾT</h2>
      <table className="w-full border-collapse text-[13pt]">
        <thead>
          <tr>
            {["TT", "Cơ quan, đơn vị", "Người ký (chức vụ, họ và tên)", "Ngày ký", "Ký tên"].map((h) => (
              <th key={h} scope="col" className="border border-black px-1 py-1 font-bold">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {doc.signers.map((s, i) => (
            <tr key={`${s.agencyName}-${i}`} className="break-inside-avoid">
              <td className="border border-black px-1 py-2 text-center">{i + 1}</td>
              <td className="border border-black px-1 py-2">{s.agencyName}</td>
              <td className="border border-black px-1 py-2">
                {s.signerTitle && <span className="block">{s.signerTitle}</span>}
                {s.signerName && <span className="block font-bold">{s.signerName}</span>}
              </td>
              <td className="border border-black px-1 py-2 text-center">{vnDay(s.signedOn)}</td>
              <td className="w-[22mm] border border-black px-1 py-2" />
            </tr>
          ))}
        </tbody>
      </table>
    </article>
  );
}
