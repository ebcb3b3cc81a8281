import "server-only";
import { extractMentionHandles } from "@/lib/content/extract";
import type { Tx } from "@/lib/db";

export type MentionedPerson = { id: string; handle: string; name: string };

/** The active people a text mentions by handle, keyed by lowercase handle (what renderMarkdown expects). */
export async function resolveMentions(tx: Tx, source: string): Promise<Map<string, MentionedPerson>> {
  const handles = extractMentionHandles(source).slice(0, 50);
  if (handles.length === 0) return new Map();
  const people = await tx.user.findMany({
    where: { handle: { in: handles }, deactivatedAt: null },
    select: { id: true, handle: true, name: true },
  });
  return new Map(people.map((person) => [person.handle.toLowerCase(), person]));
}
