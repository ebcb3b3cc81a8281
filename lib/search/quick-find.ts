import "server-only";
import { z } from "zod";
import { defineUseCase } from "@/lib/auth/use-case";
import { visibleCommunitySql } from "@/lib/communities/access";
import { db } from "@/lib/db";
import { enforceWriteLimit } from "@/lib/rate-limit-guard";
import { findPeople, type PersonHit } from "@/lib/search/search";

export type CommunityHit = { id: string; slug: string; name: string; memberCount: number; visibility: string };
export type QuickFindResults = { people: PersonHit[]; communities: CommunityHit[] };

/**
 * The quick switcher (Ctrl/⌘-K): people and communities as you type, by the start of a word or a near miss. The
 * same visibility as Discover: a secret community only for its members (and admins); deactivated people never.
 */
export const quickFind = defineUseCase({
  input: z.object({ q: z.string().trim().max(100, { error: "Type at most 100 characters" }).default("") }),
  permission: "search.use",
  run: async ({ actor, input }): Promise<QuickFindResults> => {
    if (input.q.length < 1) return { people: [], communities: [] };
    await enforceWriteLimit("search", actor.id);
    const like = `%${input.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    const visible = visibleCommunitySql(actor, "co");
    const [people, communities] = await Promise.all([
      findPeople(input.q, 6),
      db.$queryRaw<CommunityHit[]>`
        select co.id, co.slug, co.name, co."memberCount", co.visibility::text as visibility
        from "Community" co
        where co."archivedAt" is null and ${visible}
          and (co.name ilike ${like} or ${input.q} <% co.name)
        order by (co.name ilike ${input.q + "%"}) desc, word_similarity(${input.q}, co.name) desc, co."memberCount" desc, co.id
        limit 5`,
    ]);
    return { people, communities };
  },
});

/** The communities the search page's filter offers: the ones the reader may see, by name. */
export const listSearchCommunities = defineUseCase({
  input: z.object({}),
  permission: "search.use",
  run: async ({ actor }): Promise<{ slug: string; name: string }[]> => {
    const visible = visibleCommunitySql(actor, "co");
    return db.$queryRaw<{ slug: string; name: string }[]>`
      select co.slug, co.name from "Community" co where co."archivedAt" is null and ${visible}
      order by lower(co.name), co.id limit 300`;
  },
});
