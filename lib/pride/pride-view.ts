import "server-only";
import { z } from "zod";
import { Prisma, type PostKind } from "@/lib/generated/prisma/client";
import { personRefJson, personRefSelect, ZPersonRef } from "@/lib/people/person-ref";

// A moment of pride's tagged colleagues and company values, as a post view shows them. One shape, built by SQL
// (prideFieldsJson, inside post views) or by Prisma (prideFieldsSelect + toPrideFields); pride-view.test.ts
// holds the two equal for the same rows. Only moments of pride carry tags and values (lib/pride/attach-pride.ts,
// a challenge's winners announcement), so only they look.

export const ZValueRef = z.strictObject({ id: z.string(), slug: z.string(), name: z.string(), emoji: z.string() });

export const ZPrideFields = z.object({ prideTags: z.array(ZPersonRef), values: z.array(ZValueRef) });
export type PrideFields = z.infer<typeof ZPrideFields>;

export const prideFieldsSelect = {
  kind: true,
  prideTags: { select: { user: { select: personRefSelect } } },
  values: {
    orderBy: [{ value: { position: "asc" } }, { value: { name: "asc" } }],
    select: { value: { select: { id: true, slug: true, name: true, emoji: true } } },
  },
} as const satisfies Prisma.PostSelect;

type PrideRow = Prisma.PostGetPayload<{ select: typeof prideFieldsSelect }>;

const byName = (a: { name: string }, b: { name: string }) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
const isPride = (kind: PostKind) => kind === "PRIDE";

export function toPrideFields(row: PrideRow): PrideFields {
  if (!isPride(row.kind)) return { prideTags: [], values: [] };
  return {
    prideTags: row.prideTags.map((tag) => tag.user).sort(byName),
    values: row.values.map((link) => link.value),
  };
}

/** toPrideFields in SQL, as `'key', value` pairs for a post view's json_build_object over "Post" aliased `p`. */
export const prideFieldsJson = Prisma.sql`
    'prideTags', case when p.kind = 'PRIDE' then coalesce((select json_agg(${personRefJson("tu")} order by tu.name)
                   from "PrideTag" t join "User" tu on tu.id = t."userId" where t."postId" = p.id), '[]') else '[]' end,
    'values', case when p.kind = 'PRIDE' then coalesce((select json_agg(json_build_object('id', cv.id, 'slug', cv.slug, 'name', cv.name, 'emoji', cv.emoji) order by cv.position, cv.name)
                from "PostValue" pv join "CompanyValue" cv on cv.id = pv."valueId" where pv."postId" = p.id), '[]') else '[]' end`;
