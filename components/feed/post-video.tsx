import type { PostView } from "@/lib/posts/post-view";

/** The HTML5 player: metadata only until played, the poster frame captured at upload, seeking through Range requests. */
export function PostVideo({ video, label }: { video: PostView["videos"][number]; label: string }) {
  return (
    <video
      controls
      preload="metadata"
      playsInline
      poster={video.posterUrl ?? undefined}
      src={video.url}
      width={video.width ?? undefined}
      height={video.height ?? undefined}
      aria-label={label}
      data-testid="post-video"
      className="mx-auto block max-h-[28rem] w-full rounded-xl bg-stone-900 object-contain"
    >
      Your browser cannot play this video. <a href={video.url}>Download it</a> instead.
    </video>
  );
}
