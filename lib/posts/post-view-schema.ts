import { z } from "zod";
import { ZActionItemChip } from "@/lib/action-items/action-item-chip";
import { ZAppreciationFields } from "@/lib/appreciations/appreciation-view";
import { ZPersonRef } from "@/lib/people/person-ref";
import { ZPollView } from "@/lib/polls/poll-view";
import { ZPrideFields } from "@/lib/pride/pride-view";
import { REACTION_KINDS } from "@/lib/reactions/reaction-counts";

// What a post view is: the type every reader uses, and the schema lib/posts/post-view.ts checks the database's JSON
// against outside production. Each sub-shape's schema lives with its SQL builder and mapper.

const ZReactionKind = z.enum(REACTION_KINDS);

export const ZPostView = z.strictObject({
  id: z.string(),
  kind: z.enum(["POST", "ANNOUNCEMENT", "PRIDE"]),
  bodyHtml: z.string(),
  body: z.string().nullable(), // only for someone who may edit it
  pinnedUntil: z.string().nullable(),
  community: z.strictObject({ id: z.string(), slug: z.string(), name: z.string() }).nullable(), // null: company-wide
  communityPinnedAt: z.string().nullable(),
  createdAt: z.string(),
  editedAt: z.string().nullable(),
  author: ZPersonRef.extend({ role: z.string() }),
  images: z.array(
    z.strictObject({ id: z.string(), url: z.string(), width: z.number(), height: z.number(), alt: z.string() }),
  ),
  videos: z.array(
    z.strictObject({
      id: z.string(),
      url: z.string(),
      posterUrl: z.string().nullable(),
      width: z.number().nullable(),
      height: z.number().nullable(),
    }),
  ),
  linkPreview: z
    .strictObject({ url: z.string(), title: z.string(), description: z.string(), siteName: z.string() })
    .nullable(),
  commentCount: z.number().int(),
  reactionCount: z.number().int(),
  reactions: z.array(z.strictObject({ kind: ZReactionKind, count: z.number().int() })),
  myReactions: z.array(ZReactionKind),
  canEdit: z.boolean(),
  canDelete: z.boolean(),
  canModerate: z.boolean(), // may remove it with a reason: its community's moderators and admins, never on their own post
  actionItems: z.array(ZActionItemChip), // assigned from this post, shown on it
  canAssignActionItems: z.boolean(),
  ...ZPrideFields.shape, // tagged colleagues and values
  ...ZAppreciationFields.shape, // leaders' appreciations
  poll: ZPollView.nullable(),
});
export type PostView = z.infer<typeof ZPostView>;

/**
 * Throws unless every view matches ZPostView exactly (no missing, extra or mistyped key). Outside production only:
 * there the views pass unparsed (the feed sends the database's texts on), so development and the tests are where
 * a drift between the SQL and the type shows.
 */
export function checkPostViewJson(rows: { id: string; json: string }[]): void {
  if (process.env.NODE_ENV === "production") return;
  for (const row of rows) {
    const result = ZPostView.safeParse(JSON.parse(row.json));
    if (!result.success)
      throw new Error(`The post view of ${row.id} does not match ZPostView:\n${z.prettifyError(result.error)}`);
  }
}
