import { z } from "zod";
import { ZId } from "@/lib/id";

export const POST_MAX_LENGTH = 5000;
export const POST_MAX_IMAGES = 10;

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
