import { z } from "zod";

export const POST_MAX_LENGTH = 5000;
export const POST_MAX_IMAGES = 10;

export const ZPostBody = z
  .string({ error: "Write something first" })
  .trim()
  .min(1, "Write something first")
  .max(POST_MAX_LENGTH, `Posts can be at most ${POST_MAX_LENGTH} characters`);
