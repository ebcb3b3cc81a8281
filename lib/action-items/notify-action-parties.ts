// The group keys of action item notifications; they are written by lib/notifications/notify.ts (one row per
// recipient and item: DEDUP_RULES), with the item (so the list links to /actions/<id>) and may have no actor
// (overdue reminders come from Hearth itself).

export const actionGroupKey = {
  assigned: (itemId: string) => `action-assigned:${itemId}`,
  updated: (itemId: string) => `action-updated:${itemId}`,
  overdue: (itemId: string) => `action-overdue:${itemId}`,
};
