import { AppError } from "@/lib/errors";

// Expected upload failures, each with a sentence the person uploading can act on. Kept apart from AppError because
// "not an image" and "too many files" have no AppError code yet; `toAppError()` maps them onto the HTTP layer's codes.
export type UploadErrorCode = "TOO_LARGE" | "UNSUPPORTED" | "TOO_MANY";

export class UploadError extends Error {
  constructor(
    readonly code: UploadErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "UploadError";
  }

  toAppError(): AppError {
    return new AppError(this.code === "TOO_LARGE" ? "TOO_LARGE" : "BAD_INPUT", this.message);
  }
}

export function isUploadError(error: unknown): error is UploadError {
  return error instanceof UploadError;
}
