import "server-only";
import { db } from "@/lib/db";
import { fetchLinkPreview } from "@/lib/link-preview/fetch-link-preview";
import { postAudienceRooms, postAudienceSelect } from "@/lib/posts/visibility";
import { publish } from "@/lib/realtime/publish";

const CACHE_DAYS = 7;

/** Finds a preview for the URL (cached for a week, fetched under the SSRF rules otherwise). */
export async function previewForUrl(url: string) {
  const cached = await db.linkPreview.findUnique({ where: { url } });
  if (cached && cached.fetchedAt.getTime() > Date.now() - CACHE_DAYS * 86_400_000) return cached;
  const fetched = await fetchLinkPreview(url);
  if (!fetched) return null;
  const data = {
    title: fetched.title,
    description: fetched.description,
    siteName: fetched.siteName,
    fetchedAt: new Date(),
  };
  return db.linkPreview.upsert({ where: { url }, create: { url, ...data }, update: data });
}

/**
 * Posting never waits for someone else's website: the preview is fetched after the post is saved,
 * then viewers are told to refetch the post.
 */
export function attachLinkPreviewLater(postId: string, url: string): void {
  void (async () => {
    try {
      const preview = await previewForUrl(url);
      if (!preview) return;
      const { count } = await db.post.updateMany({
        where: { id: postId, linkUrl: url, deletedAt: null },
        data: { linkPreviewId: preview.id },
      });
      if (count === 0) return;
      const post = await db.post.findUnique({ where: { id: postId }, select: postAudienceSelect });
      if (post) publish(postAudienceRooms(post), { type: "post.updated", postId });
    } catch (error) {
      console.warn(`[hearth] link preview for post ${postId} failed:`, error instanceof Error ? error.message : error);
    }
  })();
}
