import { STATUS_LABELS, type ActionStatus } from "@/lib/action-items/action-item-limits";
import { formatDueShort } from "@/lib/action-items/format-due";

// Plain-text descriptions of an item, shared by chips, cards and screen-reader labels. No server imports.

/** "Chief Executive Officer" → "CEO"; other titles as they are. */
export function shortTitle(title: string): string {
  const words = title.trim().split(/\s+/);
  if (words.length >= 3 && words[0] === "Chief" && words.at(-1) === "Officer")
    return words.map((word) => word[0]?.toUpperCase() ?? "").join("");
  return title;
}

/** "Kees van Dijk", "Kees van Dijk and Lotte Mulder", "Kees van Dijk, Lotte Mulder and 2 others". */
export function nameList(names: string[], max = 3): string {
  if (names.length <= 1) return names[0] ?? "nobody";
  if (names.length <= max) return `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
  const rest = names.length - (max - 1);
  return `${names.slice(0, max - 1).join(", ")} and ${rest} others`;
}

export function statusText(status: ActionStatus): string {
  return STATUS_LABELS[status].toLowerCase();
}

/** "assigned to Kees van Dijk by Maria van den Berg (CEO), in progress, due 12 Dec" */
export function chipSummary(item: {
  status: ActionStatus;
  dueDate: string | null;
  isOverdue: boolean;
  assigner: { name: string; title: string };
  assignees: { name: string }[];
}): string {
  const by = item.assigner.title ? `${item.assigner.name} (${shortTitle(item.assigner.title)})` : item.assigner.name;
  const due =
    item.dueDate && item.status !== "DONE" && item.status !== "DECLINED"
      ? `, ${item.isOverdue ? "was due" : "due"} ${formatDueShort(item.dueDate)}`
      : "";
  return `assigned to ${nameList(item.assignees.map((person) => person.name))} by ${by}, ${statusText(item.status)}${due}`;
}
