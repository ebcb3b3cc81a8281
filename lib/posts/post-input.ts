import { z } from "zod";
import { ZId } from "@/lib/id";
import { POST_MAX_LENGTH, POST_MAX_IMAGES } from "./post-limits";
export { POST_MAX_LENGTH, POST_MAX_IMAGES } from "./post-limits";

export const ZPostBody = z
  .string({ error: "Write something first" })
  .trim()
  .min(1, "Write something first")
  .max(POST_MAX_LENGTH, `Posts can be at most ${POST_MAX_LENGTH} characters`);

export const ZPostImageIds = z.array(ZId).max(POST_MAX_IMAGES, `Attach at most ${POST_MAX_IMAGES} images`).default([]);

// One video per post: the player is the post's main content.
export const ZPostVideoId = z.preprocess(
  (value) => (value === "" || value === null ? undefined : value),
  ZId.optional(),
);
