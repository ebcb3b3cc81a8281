import { ACTION_TITLE_SUGGESTION_MAX } from "@/lib/action-items/action-item-limits";

/**
 * A short starting title for an action item assigned from a question or post: its first sentence, at most
 * ACTION_TITLE_SUGGESTION_MAX characters, cut on a word. The leader titles the item; this only saves typing.
 */
export function suggestActionTitle(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  const sentence = /^.+?[.!?](?=\s|$)/u.exec(flat)?.[0] ?? flat;
  if (sentence.length <= ACTION_TITLE_SUGGESTION_MAX) return sentence;
  const cut = sentence.slice(0, ACTION_TITLE_SUGGESTION_MAX - 1);
  const lastSpace = cut.lastIndexOf(" ");
  return `${(lastSpace > 20 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:]+$/u, "")}…`;
}
