import { z } from "zod";
import { ZId } from "@/lib/id";
import {
  SHOW_TITLE_MAX,
  SHOW_DESCRIPTION_MAX,
  SHOW_DURATION_MIN,
  SHOW_DURATION_MAX,
  LIVE_COMMENT_MAX,
  STREAM_URL_MAX,
} from "./show-limits";
export {
  SHOW_TITLE_MAX,
  SHOW_DESCRIPTION_MAX,
  SHOW_DURATION_MIN,
  SHOW_DURATION_MAX,
  LIVE_COMMENT_MAX,
  STREAM_URL_MAX,
  SHOW_MAX_DAYS_AHEAD,
  LIVE_REACTION_KINDS,
  type LiveReactionKind,
} from "./show-limits";

export const ZShowId = ZId;

const ZStreamUrl = z
  .string()
  .trim()
  .max(STREAM_URL_MAX, `Stream URLs can be at most ${STREAM_URL_MAX} characters`)
  .refine((value) => value === "" || isHttpsUrl(value), "Use a full https:// address for the stream")
  .transform((value) => (value === "" ? null : value));

export function isHttpsUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === "https:" && url.hostname.length > 0 && !url.username && !url.password;
  } catch {
    return false;
  }
}

/** What the schedule and edit forms send. Times arrive as exact moments (ISO), typed in the browser's zone. */
export const ZShowFields = z.object({
  title: z
    .string({ error: "Give the show a title" })
    .trim()
    .min(3, "Give the show a title (at least 3 characters)")
    .max(SHOW_TITLE_MAX, `Titles can be at most ${SHOW_TITLE_MAX} characters`),
  hostId: z.string({ error: "Choose a host" }).trim().min(1, "Choose a host").max(40),
  startsAt: z.iso
    .datetime({ error: "Choose when the show starts", offset: true })
    .transform((value) => new Date(value)),
  durationMin: z.coerce
    .number({ error: "Give the length in minutes" })
    .int("Give the length in whole minutes")
    .min(SHOW_DURATION_MIN, `Shows last at least ${SHOW_DURATION_MIN} minutes`)
    .max(SHOW_DURATION_MAX, `Shows last at most ${SHOW_DURATION_MAX} minutes`),
  description: z
    .string()
    .trim()
    .max(SHOW_DESCRIPTION_MAX, `Descriptions can be at most ${SHOW_DESCRIPTION_MAX} characters`)
    .default(""),
  streamUrl: ZStreamUrl.default(""),
});

export const ZLiveCommentBody = z
  .string({ error: "Write a comment first" })
  .trim()
  .min(1, "Write a comment first")
  .max(LIVE_COMMENT_MAX, `Live comments can be at most ${LIVE_COMMENT_MAX} characters`);
