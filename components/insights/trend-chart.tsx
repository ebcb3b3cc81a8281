import { scaleLinear, scalePoint } from "d3-scale";
import { line } from "d3-shape";
import { weekLabel } from "@/components/insights/format";

export type TrendSeries = { label: string; values: (number | null)[]; tone: "ember" | "stone" | "sky" };
type Reference = { label: string; value: number };

const STROKE = { ember: "#c2410c", stone: "#57534e", sky: "#0369a1" } as const;
// A narrow drawing scales well both into a phone's width and into half of a desktop card.
const WIDTH = 480;
const HEIGHT = 200;
const PAD = { top: 14, right: 14, bottom: 30, left: 44 };
const FONT = 13;

/**
 * A 12-week line chart drawn on the server: d3 computes the SVG paths, nothing runs in the browser. The chart is
 * decoration for sighted readers; the table in the details below carries the same numbers for everyone.
 */
export function TrendChart({
  title,
  weeks,
  series,
  format,
  references = [],
  max,
  isCount = false,
}: {
  title: string;
  weeks: string[];
  series: TrendSeries[];
  format: (value: number | null) => string;
  references?: Reference[];
  max?: number;
  isCount?: boolean; // whole numbers: no 0.5 ticks, and a little headroom for small counts
}) {
  const values = series.flatMap((one) => one.values).filter((value): value is number => value !== null);
  const top = max ?? Math.max(isCount ? 4 : 1, ...values, ...references.map((reference) => reference.value));
  const x = scalePoint<number>()
    .domain(weeks.map((_, index) => index))
    .range([PAD.left, WIDTH - PAD.right]);
  const y = scaleLinear()
    .domain([0, top])
    .nice(4)
    .range([HEIGHT - PAD.bottom, PAD.top]);
  const path = line<number | null>()
    .defined((value) => value !== null)
    .x((_, index) => x(index)!)
    .y((value) => y(value ?? 0));
  const ticks = y.ticks(4).filter((tick) => !isCount || Number.isInteger(tick));
  const hasData = values.length > 0;
  return (
    <figure className="min-w-0 max-w-2xl">
      <figcaption className="mb-2 text-sm font-medium text-stone-800">{title}</figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className="h-auto w-full" aria-hidden="true" role="presentation">
        {ticks.map((tick) => (
          <g key={tick}>
            <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(tick)} y2={y(tick)} stroke="#e7e5e4" />
            <text x={PAD.left - 6} y={y(tick)} dy="0.32em" textAnchor="end" fontSize={FONT} fill="#57534e">
              {format(tick)}
            </text>
          </g>
        ))}
        {references.map((reference, index) => (
          <g key={reference.label}>
            <line
              x1={PAD.left}
              x2={WIDTH - PAD.right}
              y1={y(reference.value)}
              y2={y(reference.value)}
              stroke="#a8a29e"
              strokeDasharray="4 4"
            />
            <text
              x={index % 2 === 0 ? WIDTH - PAD.right : PAD.left + 4}
              y={y(reference.value) - 4}
              textAnchor={index % 2 === 0 ? "end" : "start"}
              fontSize={FONT}
              fill="#57534e"
            >
              {reference.label}
            </text>
          </g>
        ))}
        {weeks.map((week, index) =>
          index % 3 !== 0 ? null : (
            <text key={week} x={x(index)} y={HEIGHT - 8} textAnchor="middle" fontSize={FONT} fill="#57534e">
              {weekLabel(week)}
            </text>
          ),
        )}
        {series.map((one) => (
          <g key={one.label}>
            <path d={path(one.values) ?? ""} fill="none" stroke={STROKE[one.tone]} strokeWidth="2.5" />
            {one.values.map((value, index) =>
              value === null ? null : <circle key={index} cx={x(index)} cy={y(value)} r="3" fill={STROKE[one.tone]} />,
            )}
          </g>
        ))}
        {!hasData && (
          <text x={WIDTH / 2} y={HEIGHT / 2} textAnchor="middle" fontSize={FONT} fill="#57534e">
            No figures: fewer than 5 people, or nothing yet
          </text>
        )}
      </svg>
      {series.length > 1 && (
        <ul className="mt-1 flex flex-wrap gap-4 text-xs text-stone-600" aria-hidden="true">
          {series.map((one) => (
            <li key={one.label} className="inline-flex items-center gap-1.5">
              <span className="h-0.5 w-4" style={{ backgroundColor: STROKE[one.tone] }} /> {one.label}
            </li>
          ))}
        </ul>
      )}
      <details className="mt-2 text-sm">
        <summary className="cursor-pointer text-xs font-medium text-stone-600 hover:text-stone-900">
          {title}: the numbers
        </summary>
        <div className="overflow-x-auto">
          <table className="mt-2 w-full text-left text-sm">
            <caption className="sr-only">{title}, week by week, oldest first</caption>
            <thead className="text-xs uppercase tracking-wide text-stone-600">
              <tr>
                <th scope="col" className="py-1 pr-3 font-semibold">
                  Week from
                </th>
                {series.map((one) => (
                  <th key={one.label} scope="col" className="px-3 py-1 text-right font-semibold">
                    {one.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="divide-y divide-stone-100 tabular-nums">
              {weeks.map((week, index) => (
                <tr key={week}>
                  <th scope="row" className="py-1 pr-3 font-medium text-stone-800">
                    {weekLabel(week)}
                  </th>
                  {series.map((one) => (
                    <td key={one.label} className="px-3 py-1 text-right">
                      {format(one.values[index] ?? null)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
