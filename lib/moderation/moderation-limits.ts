// Limits and labels the forms share with the rules in ./moderation-input: plain values, no zod, so client
// components can import them without shipping the validation library.

// What a person may say a report is about. Short categories keep the queue scannable; details are optional.
export const REPORT_REASONS = {
  SPAM: "Spam or advertising",
  HARASSMENT: "Harassment or bullying",
  HATEFUL: "Hateful or discriminatory",
  CONFIDENTIAL: "Shares confidential information",
  INAPPROPRIATE: "Inappropriate for work",
  OTHER: "Something else",
} as const;

export type ReportReason = keyof typeof REPORT_REASONS;

export const REPORT_DETAILS_MAX = 1000;
export const MODERATION_REASON_MAX = 500;

/** Removed content stays restorable by admins this long; after that the server refuses. */
export const RESTORE_WINDOW_DAYS = 30;
