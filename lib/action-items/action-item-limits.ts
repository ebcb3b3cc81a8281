// Limits and labels the forms share with the rules in ./action-item-input: plain values, no zod, so client
// components can import them without shipping the validation library.

// Limits and field rules shared by every action item write (and by the forms, for maxLength and hints).
export const ACTION_TITLE_MAX = 160;
/** A suggested title (from a question or post) stays short: a card line, not the whole question. */
export const ACTION_TITLE_SUGGESTION_MAX = 80;
export const ACTION_TEXT_MAX = 2000;
export const ACTION_MAX_ASSIGNEES = 20;
export const ACTION_MAX_DUE_DAYS = 2 * 366;

export const ACTION_STATUSES = ["OPEN", "IN_PROGRESS", "DONE", "DECLINED"] as const;

export type ActionStatus = (typeof ACTION_STATUSES)[number];

export const STATUS_LABELS: Record<ActionStatus, string> = {
  OPEN: "Open",
  IN_PROGRESS: "In progress",
  DONE: "Done",
  DECLINED: "Declined",
};

/**
 * Where an item may go from where it stands: start, finish, reopen a finished or declined item, or
 * decline (always with a reason).
 */
export const STATUS_MOVES: Record<ActionStatus, ActionStatus[]> = {
  OPEN: ["IN_PROGRESS", "DONE", "DECLINED"],
  IN_PROGRESS: ["DONE", "DECLINED"],
  DONE: ["IN_PROGRESS"],
  DECLINED: ["IN_PROGRESS"],
};
