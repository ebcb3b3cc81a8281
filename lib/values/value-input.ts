import { z } from "zod";

export const ZValueFields = z.object({
  name: z
    .string({ error: "Name the value" })
    .trim()
    .min(2, "Name needs at least 2 characters")
    .max(40, "Name can be at most 40 characters"),
  emoji: z.string().trim().max(16, "Emoji: one emoji, please").default(""),
  description: z.string().trim().max(200, "Description can be at most 200 characters").default(""),
});

export type CompanyValueView = {
  id: string;
  slug: string;
  name: string;
  emoji: string;
  description: string;
  position: number;
  archivedAt: string | null;
};
