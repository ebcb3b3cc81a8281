"use client";

import { ActionItemChips } from "@/components/action-items/action-item-chips";
import { AssignActionItemButton } from "@/components/action-items/assign-action-item-button";
import { useSourceActionItems } from "@/components/action-items/use-source-action-items";

/**
 * Under an answer: the action items assigned from it, live, and for leaders and admins an "Assign an
 * action item" button that opens the form with this answer as the source. Renders in server or client trees.
 */
export function AnswerActionItems({
  answerId,
  canAssign,
  suggestedTitle,
}: {
  answerId: string;
  canAssign: boolean;
  suggestedTitle?: string;
}) {
  const { items, reload } = useSourceActionItems({ answerId });
  if (items.length === 0 && !canAssign) return null;
  return (
    <div className="mt-3 space-y-2" data-testid="answer-action-items">
      <ActionItemChips items={items} />
      {canAssign && (
        <AssignActionItemButton
          source={{ answerId }}
          sourceLabel="this answer"
          suggestedTitle={suggestedTitle}
          onAssigned={() => void reload()}
        />
      )}
    </div>
  );
}
