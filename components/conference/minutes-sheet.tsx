import { blocIssuer, MINUTES_CLOSING } from "@/lib/documents/minutes-docx";
import { nationalLines, placeDateLine } from "@/lib/documents/pledge-layout";
import { numberLine } from "@/lib/domain/official-document";
import type { ConferenceMinutes } from "@/lib/server/conference/get-conference-minutes";
import { minutesSections, minutesSubtitle } from "@/lib/documents/minutes-text";

/** The conference minutes as an A4 sheet; the same header and text as the .docx (minutes-docx.ts, minutes-text.ts). */
export function MinutesSheet({ minutes: m }: { minutes: ConferenceMinutes }) {
  const [national, ...motto] = nationalLines(m.isParty);
  return (
    <article className="minutes-sheet mx-auto w-[210mm] max-w-full bg-white px-[15mm] py-[20mm] pl-[30mm] font-serif text-[14pt] leading-normal text-black shadow">
      <header className="grid grid-cols-[45%_55%] text-center text-[13pt] font-bold">
        <div>
          {blocIssuer(m.letterhead).map((line, i, all) => (
            <p key={line} className={i < all.length - 1 ? "font-normal" : undefined}>
              {line.toLocaleUpperCase("vi-VN")}
            </p>
          ))}
          <p>{m.isParty ? "*" : "———"}</p>
          <p className="font-normal">{numberLine(m.isParty, "BB")}</p>
        </div>
        <div>
          <p className={m.isParty ? "underline" : undefined}>{national}</p>
          {motto.map((t) => (
            <p key={t} className="underline">
              {t}
            </p>
          ))}
          <p className="mt-2 font-normal italic">{placeDateLine(m.province, m.heldOn, m.year)}</p>
        </div>
      </header>
      <h1 className="mt-8 text-center text-[15pt] font-bold">{m.title}</h1>
      <p className="mb-6 text-center font-bold">{minutesSubtitle(m)}</p>
      {minutesSections(m).map((s) => (
        <section key={s.heading} className="mt-3">
          <h2 className="font-bold">{s.heading}</h2>
          {s.lines.map((line, i) => (
            <p key={i} className="text-justify">
              {line}
            </p>
          ))}
        </section>
      ))}
      <p className="mt-4 italic">{MINUTES_CLOSING}</p>
      <div className="mt-4 grid grid-cols-2 text-center">
        <div>
          <p className="font-bold">THƯ KÝ</p>
          <p className="text-[12pt] italic">(Ký, ghi rõ họ tên)</p>
          <p className="mt-20 font-bold">{m.secretaryName}</p>
        </div>
        <div>
          <p className="font-bold">CHỦ TRÌ</p>
          <p className="text-[12pt] italic">(Ký, ghi rõ họ tên)</p>
          <p className="mt-20 font-bold">{m.chairName}</p>
        </div>
      </div>
    </article>
  );
}
