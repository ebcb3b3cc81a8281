import { FEWER_THAN_5 } from "@/components/insights/format";

export type GroupColumn<R> = { label: string; value: (row: R) => string; share?: (row: R) => number | null };

/** A breakdown (by department, location, role…) as a real table; a share column gets a small bar beside it. */
export function GroupTable<R extends { name: string; people: number }>({
  caption,
  rows,
  columns,
}: {
  caption: string;
  rows: R[];
  columns: GroupColumn<R>[];
}) {
  if (rows.length === 0) return null;
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <caption className="mb-1 text-left text-sm font-medium text-stone-800">{caption}</caption>
        <thead className="text-xs uppercase tracking-wide text-stone-600">
          <tr>
            <th scope="col" className="py-1 pr-2 sm:pr-3 font-semibold">
              Group
            </th>
            <th scope="col" className="px-2 py-1 text-right font-semibold">
              People
            </th>
            {columns.map((column) => (
              <th
                key={column.label}
                scope="col"
                className="px-2 py-1 text-right font-semibold sm:whitespace-nowrap sm:px-3"
              >
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-stone-100 tabular-nums">
          {rows.map((row) => (
            <tr key={row.name}>
              <th scope="row" className="py-1.5 pr-2 sm:pr-3 font-medium text-stone-800">
                {row.name}
              </th>
              <td className="px-2 py-1.5 sm:px-3 text-right">{row.people}</td>
              {columns.map((column) => {
                const share = column.share?.(row);
                return (
                  <td key={column.label} className="px-2 py-1.5 sm:px-3 text-right">
                    <span className="inline-flex items-center justify-end gap-2">
                      {share !== undefined && share !== null && (
                        <span
                          className="hidden h-1.5 w-16 overflow-hidden rounded-full bg-stone-200 sm:inline-block"
                          aria-hidden="true"
                        >
                          <span
                            className="block h-full bg-ember-600"
                            style={{ width: `${Math.min(100, share * 100)}%` }}
                          />
                        </span>
                      )}
                      <span className={column.value(row) === FEWER_THAN_5 ? "text-xs text-stone-500" : ""}>
                        {column.value(row)}
                      </span>
                    </span>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
