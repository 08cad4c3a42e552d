"use client";

import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatNumber } from "@/lib/format";

export interface TotalsDatum {
  name: string;
  total: number;
}

export interface GroupsChartData {
  groups: { id: string; code: string; name: string }[];
  /** One row per agency: name plus one key per group id. */
  rows: ({ name: string } & Record<string, number | string>)[];
}

// Colour-blind-safe palette (Okabe–Ito); the tables beside the charts carry the same numbers.
const COLORS = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000"];
const points = (v: unknown) => formatNumber(typeof v === "number" ? v : Number(v));
const height = (n: number) => Math.max(160, n * 36 + 60);

/** Horizontal bars: long Vietnamese agency names stay readable on the Y axis. */
export function TotalsChart({ data, summary }: { data: TotalsDatum[]; summary: string }) {
  return (
    <figure>
      <div role="img" aria-label={summary} style={{ height: height(data.length) }}>
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={data} layout="vertical" margin={{ left: 8, right: 24 }}>
            <CartesianGrid strokeDasharray="3 3" horizontal={false} />
            <XAxis type="number" tickFormatter={points} />
            <YAxis type="category" dataKey="name" width={180} tick={{ fontSize: 12 }} />
            <Tooltip formatter={(v) => [points(v), "Tổng điểm"]} />
            <Bar dataKey="total" name="Tổng điểm" fill={COLORS[0]} />
          </BarChart>
        </ResponsiveContainer>
      </div>
      <figcaption className="mt-1 text-xs text-stone-500">Tổng điểm theo cơ quan; số liệu chi tiết ở bảng xếp hạng.</figcaption>
    </figure>
  );
}

export function GroupsChart({ data, summary }: { data: GroupsChartData; summary: string }) {
  return (
    <figure>
      <div role="img" aria-label={summary} style={{ height: height(data.rows.length) }}>
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={data.rows} layout="vertical" margin={{ left: 8, right: 24 }}>
            <CartesianGrid strokeDasharray="3 3" horizontal={false} />
            <XAxis type="number" tickFormatter={points} />
            <YAxis type="category" dataKey="name" width={180} tick={{ fontSize: 12 }} />
            <Tooltip formatter={(v, name) => [points(v), name]} />
            {data.groups.map((g, i) => (
              <Bar key={g.id} dataKey={g.id} name={`${g.code}. ${g.name}`} stackId="groups" fill={COLORS[i % COLORS.length]} />
            ))}
          </BarChart>
        </ResponsiveContainer>
      </div>
      {/* The legend in HTML below the chart, not recharts' inside it: the chart's box has a fixed
          height, and on a phone the groups' long names wrapped over the chart and its title. */}
      <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-xs text-stone-700">
        {data.groups.map((g, i) => (
          <li key={g.id} className="flex items-baseline gap-1.5">
            <span aria-hidden="true" className="inline-block size-2.5 shrink-0" style={{ backgroundColor: COLORS[i % COLORS.length] }} />
            {g.code}. {g.name}
          </li>
        ))}
      </ul>
      <figcaption className="mt-1 text-xs text-stone-500">Điểm từng nhóm tiêu chí cơ bản theo cơ quan; số liệu chi tiết ở ma trận điểm.</figcaption>
    </figure>
  );
}
