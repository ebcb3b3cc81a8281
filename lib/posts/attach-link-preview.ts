import "server-only";
import type { Db } from "@/lib/db/client";
import { defineJob, enqueue } from "@/lib/jobs/jobs";
import { fetchLinkPreview } from "@/lib/link-preview/fetch-link-preview";
import { postAudienceRooms, postAudienceSelect } from "@/lib/posts/visibility";
import { publish } from "@/lib/realtime/publish";

const CACHE_DAYS = 7;

/** Finds a preview for the URL (cached for a week, fetched under the SSRF rules otherwise). */
export async function previewForUrl(client: Db, url: string) {
  const cached = await client.linkPreview.findUnique({ where: { url } });
  if (cached && cached.fetchedAt.getTime() > Date.now() - CACHE_DAYS * 86_400_000) return cached;
  const fetched = await fetchLinkPreview(url);
  if (!fetched) return null;
  const data = {
    title: fetched.title,
    description: fetched.description,
    siteName: fetched.siteName,
    fetchedAt: new Date(),
  };
  return client.linkPreview.upsert({ where: { url }, create: { url, ...data }, update: data });
}

/**
 * Fetches the post's link preview and tells viewers to refetch the post. Idempotent: a rerun after a crash finds the
 * cached preview and sets the same id; a post whose link changed or that was deleted meanwhile is left alone.
 */
export async function attachLinkPreview(client: Db, { postId, url }: { postId: string; url: string }) {
  const preview = await previewForUrl(client, url);
  if (!preview) return { attached: false };
  const { count } = await client.post.updateMany({
    where: { id: postId, linkUrl: url, deletedAt: null },
    data: { linkPreviewId: preview.id },
  });
  if (count === 0) return { attached: false };
  const post = await client.post.findUnique({ where: { id: postId }, select: postAudienceSelect });
  if (post) publish(postAudienceRooms(post), { type: "post.updated", postId });
  return { attached: true };
}

// A site that is down gets three more tries (30 s, 60 s, 120 s later); a fetch hanging past 2 minutes is retried.
export const linkPreviewJob = defineJob<{ postId: string; url: string }>(
  "posts.attach-link-preview",
  (payload, { db }) => attachLinkPreview(db, payload),
  { retryLimit: 3, retryDelaySeconds: 30, expireInSeconds: 120 },
);

/**
 * Posting never waits for someone else's website: the preview is fetched by a job runner after the post is saved
 * (call after commit), once per post and link across the cluster.
 */
export function attachLinkPreviewLater(postId: string, url: string): void {
  enqueue(linkPreviewJob.name, { postId, url }, { singletonKey: `${postId}:${url}` }).catch((error: unknown) =>
    console.warn(`[hearth] could not queue the link preview of post ${postId}:`, (error as Error).message),
  );
}
