import { randomUUID } from "node:crypto";

// Expected failures carry a code the UI and HTTP layer understand; everything else is a bug,
// logged with an id the user can quote.
export const ERROR_STATUS = {
  BAD_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  TOO_LARGE: 413,
  RATE_LIMITED: 429,
} as const;

export type AppErrorCode = keyof typeof ERROR_STATUS;

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string,
    readonly fieldErrors?: Record<string, string>,
  ) {
    super(message);
    this.name = "AppError";
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

/** Logs an unexpected error and returns the id shown to the user. */
export function reportUnexpected(error: unknown): string {
  const id = randomUUID().slice(0, 8);
  console.error(`[hearth] unexpected error ${id}:`, error);
  return id;
}

export type ErrorReply = {
  status: number;
  body: { error: { code: string; message: string; fields?: Record<string, string> } };
};

/** How an HTTP route answers a failure: expected errors with their status and sentence, the rest a 500 with an id. */
export function errorReply(error: unknown): ErrorReply {
  if (isAppError(error))
    return {
      status: error.status,
      body: { error: { code: error.code, message: error.message, fields: error.fieldErrors } },
    };
  const id = reportUnexpected(error);
  return { status: 500, body: { error: { code: "INTERNAL", message: `Something went wrong (error ${id}).` } } };
}
