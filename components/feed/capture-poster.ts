// The poster frame is captured in the browser (video → canvas → blob), so the server needs no ffmpeg: the
// frame is uploaded beside the video and re-encoded by the image pipeline like any photo.

export type CapturedFrame = { poster: Blob | null; width: number; height: number; durationSec: number | null };

const FRAME_AT_SEC = 0.5;
const GIVE_UP_AFTER_MS = 8000;

export async function capturePosterFrame(file: File): Promise<CapturedFrame> {
  const url = URL.createObjectURL(file);
  const video = document.createElement("video");
  video.muted = true;
  video.playsInline = true;
  video.preload = "auto";
  video.src = url;
  try {
    await waitFor(video, "loadeddata");
    const duration = Number.isFinite(video.duration) ? video.duration : null;
    const target = duration ? Math.min(FRAME_AT_SEC, duration / 2) : FRAME_AT_SEC;
    video.currentTime = target;
    await waitFor(video, "seeked").catch(() => undefined); // a frame at 0 is still a frame
    const canvas = document.createElement("canvas");
    canvas.width = video.videoWidth;
    canvas.height = video.videoHeight;
    canvas.getContext("2d")?.drawImage(video, 0, 0);
    const poster = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, "image/jpeg", 0.85));
    return { poster, width: video.videoWidth, height: video.videoHeight, durationSec: duration };
  } catch {
    // A video this browser cannot decode is still uploaded (the server decides); it just has no poster.
    return { poster: null, width: 0, height: 0, durationSec: null };
  } finally {
    URL.revokeObjectURL(url);
  }
}

function waitFor(video: HTMLVideoElement, event: "loadeddata" | "seeked"): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("timeout")), GIVE_UP_AFTER_MS);
    video.addEventListener(event, () => (clearTimeout(timer), resolve()), { once: true });
    video.addEventListener("error", () => (clearTimeout(timer), reject(new Error("error"))), { once: true });
  });
}
