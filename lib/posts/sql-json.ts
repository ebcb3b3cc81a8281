import { Prisma } from "@/lib/generated/prisma/client";

/** = toISOString of a UTC timestamp column, inside SQL. */
export const iso = (column: Prisma.Sql) => Prisma.sql`to_char(${column}, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/** A person as JSON, from a "User" row aliased `alias`: what cards and chips show. */
export const person = (alias: string) =>
  Prisma.raw(`json_build_object('id', ${alias}.id, 'handle', ${alias}.handle, 'name', ${alias}.name, 'title', ${alias}.title, 'avatarUrl', ${alias}."avatarUrl")`);
