"use client";

import { ActionItemChips } from "@/components/action-items/action-item-chips";
import { useSourceActionItems } from "@/components/action-items/use-source-action-items";
import type { ActionItemChip } from "@/lib/action-items/action-item-chip";

/** The action items assigned from a post, shown on it and kept live. The first list comes with the post. */
export function PostActionItems({ postId, initial }: { postId: string; initial: ActionItemChip[] }) {
  const { items } = useSourceActionItems({ postId }, { initial });
  return <ActionItemChips items={items} className="mt-3" />;
}
