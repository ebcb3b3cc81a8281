import { db } from "@/lib/db";

// Test-only: where in the whole database a value still appears. Every table and column of the public schema comes
// from information_schema, so a table added later is scanned without touching the tests that use this.

export type Sighting = { table: string; column: string; value: string; rows: number };

type Column = { table_name: string; column_name: string; data_type: string };

/**
 * Every (table, column, value) where a text column equals `value`, a text array holds it, or a JSON value holds it as
 * a string. With `contains`, a text or JSON column that merely contains it counts too (for ids inside composite keys).
 */
export async function findValues(
  values: string[],
  { contains = false }: { contains?: boolean } = {},
): Promise<Sighting[]> {
  const columns = await db.$queryRaw<Column[]>`
    select c.table_name::text, c.column_name::text, c.data_type::text
    from information_schema.columns c
    join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
    where c.table_schema = 'public' and t.table_type = 'BASE TABLE' and c.table_name <> '_prisma_migrations'
      and c.data_type in ('text', 'character varying', 'ARRAY', 'jsonb', 'json')`;
  const byTable = new Map<string, Column[]>();
  for (const column of columns) byTable.set(column.table_name, [...(byTable.get(column.table_name) ?? []), column]);
  const sightings: Sighting[] = [];
  // One query per table: a count per (column, value), each value passed as a parameter.
  for (const [table, tableColumns] of byTable) {
    const counts = tableColumns.flatMap(({ column_name: column, data_type: type }) =>
      values.map((_, index) => {
        const ref = `"${column}"`;
        const param = `$${index + 1}::text`;
        const test =
          type === "ARRAY"
            ? `${param} = any(${ref}::text[])`
            : contains
              ? `strpos(${ref}::text, ${param}) > 0`
              : type === "jsonb" || type === "json"
                ? `strpos(${ref}::text, to_json(${param})::text) > 0`
                : `${ref} = ${param}`;
        return { column, value: values[index]!, sql: `count(*) filter (where ${test})::int` };
      }),
    );
    const [row] = await db.$queryRawUnsafe<Record<string, number>[]>(
      `select ${counts.map((count, index) => `${count.sql} as c${index}`).join(", ")} from "${table}"`,
      ...values,
    );
    counts.forEach((count, index) => {
      const rows = row?.[`c${index}`] ?? 0;
      if (rows > 0) sightings.push({ table, column: count.column, value: count.value, rows });
    });
  }
  return sightings;
}
