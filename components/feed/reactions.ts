import type { ReactionKind } from "@/lib/generated/prisma/enums";

export const REACTIONS: { kind: ReactionKind; emoji: string; label: string }[] = [
  { kind: "LIKE", emoji: "👍", label: "Like" },
  { kind: "CELEBRATE", emoji: "🎉", label: "Celebrate" },
  { kind: "LOVE", emoji: "❤️", label: "Love" },
  { kind: "INSIGHTFUL", emoji: "💡", label: "Insightful" },
  { kind: "FUNNY", emoji: "😄", label: "Funny" },
];
