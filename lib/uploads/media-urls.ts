// Where the client fetches an uploaded image or video: its authorised routes (app/api/uploads), never its storage
// key. Post views build the same addresses in SQL from these prefixes (lib/posts/sql-json.ts).
export const IMAGE_ROUTE = "/api/uploads/images/";
export const VIDEO_ROUTE = "/api/uploads/videos/";
export const POSTER_SUFFIX = "/poster";

export const imageUrl = (id: string) => `${IMAGE_ROUTE}${id}`;
export const videoUrl = (id: string) => `${VIDEO_ROUTE}${id}`;
export const videoPosterUrl = (id: string) => `${VIDEO_ROUTE}${id}${POSTER_SUFFIX}`;
