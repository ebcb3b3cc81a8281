import { currentActor } from "@/lib/auth/current-user";
import { AppError } from "@/lib/errors";
import { jsonRoute } from "@/lib/http";
import { parseMultipart, readBodyWithin } from "@/lib/uploads/read-body";
import { uploadPostVideo } from "@/lib/uploads/upload-post-video";
import { VIDEO_MAX_BYTES } from "@/lib/uploads/video-type";

// The form wrapper and the poster frame travel beside the video.
const BODY_ALLOWANCE = 4 * 1024 * 1024;
const TOO_LARGE = "Videos can be at most 50 MB.";

async function fileBuffer(value: FormDataEntryValue | null | undefined): Promise<Buffer | undefined> {
  return value instanceof File ? Buffer.from(await value.arrayBuffer()) : undefined;
}

// POST multipart/form-data { file, poster?, width?, height?, durationSec? } → { id, url, posterUrl }
export const POST = jsonRoute(async (request: Request) => {
  const actor = await currentActor();
  if (!actor) throw new AppError("UNAUTHENTICATED", "Please sign in first.");
  const body = await readBodyWithin(request, VIDEO_MAX_BYTES + BODY_ALLOWANCE, TOO_LARGE);
  const form = await parseMultipart(body, request.headers.get("content-type"));
  const file = form?.get("file");
  if (!(file instanceof File)) throw new AppError("BAD_INPUT", "Choose a video file.", { file: "Choose a video file" });
  if (file.size > VIDEO_MAX_BYTES) throw new AppError("TOO_LARGE", TOO_LARGE, { file: TOO_LARGE });
  const number = (name: string) => (form?.get(name) ? String(form.get(name)) : undefined);
  return uploadPostVideo(actor, {
    file: await fileBuffer(file),
    poster: await fileBuffer(form?.get("poster")),
    width: number("width"),
    height: number("height"),
    durationSec: number("durationSec"),
  });
});
