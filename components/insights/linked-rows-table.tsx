import Link from "next/link";
import type { ReactNode } from "react";

export type LinkedRow = { key: string; href: string; name: string; cells: { value: ReactNode; alert?: boolean }[] };

/** A table of figures whose rows are people or things with a page: the name links there, the figures align right. */
export function LinkedRowsTable({
  caption,
  headers,
  rows,
  tableClassName,
}: {
  caption: string;
  headers: string[];
  rows: LinkedRow[];
  /** Its minimum width (a Tailwind class), below which it scrolls sideways. */
  tableClassName: string;
}) {
  return (
    <div className="overflow-x-auto">
      <table className={`w-full text-left text-sm ${tableClassName}`}>
        <caption className="mb-1 text-left text-sm font-medium text-stone-800">{caption}</caption>
        <thead className="text-xs uppercase tracking-wide text-stone-600">
          <tr>
            {headers.map((label, index) => (
              <th key={label} scope="col" className={index === 0 ? "py-1 pr-3" : "px-3 py-1 text-right"}>
                {label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-stone-100 tabular-nums">
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row" className="py-1.5 pr-3 font-medium">
                <Link href={row.href} className="text-stone-900 hover:underline">
                  {row.name}
                </Link>
              </th>
              {row.cells.map((cell, index) => (
                <td key={index} className={`px-3 py-1.5 text-right ${cell.alert ? "font-semibold text-red-700" : ""}`}>
                  {cell.value}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
