import { videoPosterUrl, videoUrl } from "@/lib/uploads/media-urls";

// How a video is addressed by the client: its authorised routes, never its storage key.
export type VideoRef = { id: string; url: string; posterUrl: string | null };

export function toVideoRef(video: { id: string; posterKey: string | null }): VideoRef {
  return { id: video.id, url: videoUrl(video.id), posterUrl: video.posterKey ? videoPosterUrl(video.id) : null };
}
