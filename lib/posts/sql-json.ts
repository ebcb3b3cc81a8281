import { Prisma } from "@/lib/generated/prisma/client";
import { IMAGE_ROUTE, POSTER_SUFFIX, VIDEO_ROUTE } from "@/lib/uploads/media-urls";

/**
 * = toISOString of a timestamp column, inside SQL: the JSON views' one time format. to_json would write
 * "…+00:00", and to_char alone the session's zone.
 */
export const iso = (column: Prisma.Sql) =>
  Prisma.sql`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/** A boolean decided in TypeScript (a role's permission, from `can`), bound into a statement. */
export const flag = (value: boolean) => Prisma.sql`${value}::boolean`;

/** lib/uploads/media-urls.ts in SQL, from an image or video id column. */
export const imageUrlSql = (id: Prisma.Sql) => Prisma.sql`(${IMAGE_ROUTE}::text || ${id})`;
export const videoUrlSql = (id: Prisma.Sql) => Prisma.sql`(${VIDEO_ROUTE}::text || ${id})`;
export const videoPosterUrlSql = (id: Prisma.Sql) =>
  Prisma.sql`(${VIDEO_ROUTE}::text || ${id} || ${POSTER_SUFFIX}::text)`;
