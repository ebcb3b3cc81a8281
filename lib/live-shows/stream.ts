// How a show's stream is shown: a direct video file plays in a <video>; anything else is an embed.
export type StreamKind = "video" | "embed";

export function streamKindOf(url: string): StreamKind {
  const path = new URL(url).pathname.toLowerCase();
  return path.endsWith(".mp4") || path.endsWith(".webm") ? "video" : "embed";
}

/**
 * The embed runs third-party code, so it gets a sandbox (scripts and its own origin for players that
 * need them, no top navigation, no forms), only the player features in `allow`, no referrer, and
 * `credentialless` so it loads without any cookies (Chromium). Our own origin is refused as a stream
 * URL on the server, so "its own origin" is never ours.
 */
export const EMBED_SANDBOX = "allow-scripts allow-same-origin allow-presentation";
export const EMBED_ALLOW = "autoplay; fullscreen; picture-in-picture; encrypted-media";
