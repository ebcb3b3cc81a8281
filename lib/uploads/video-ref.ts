// How a video is addressed by the client: its authorised routes, never its storage key.
export type VideoRef = { id: string; url: string; posterUrl: string | null };

export function toVideoRef(video: { id: string; posterKey: string | null }): VideoRef {
  return { id: video.id, url: `/api/uploads/videos/${video.id}`, posterUrl: video.posterKey ? `/api/uploads/videos/${video.id}/poster` : null };
}
