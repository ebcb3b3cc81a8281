import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { ActionItemDetail } from "@/components/action-items/action-item-detail";
import { findActionItem } from "@/lib/action-items/find-action-item";
import { currentActor } from "@/lib/auth/current-user";
import { isAppError } from "@/lib/errors";

type Props = { params: Promise<{ id: string }> };

const load = cache(async (itemId: string) => {
  try {
    return await findActionItem(await currentActor(), { itemId });
  } catch (error) {
    if (isAppError(error) && (error.code === "NOT_FOUND" || error.code === "BAD_INPUT")) notFound();
    throw error;
  }
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const item = await load((await params).id);
  return { title: `${item.title} · Action items` };
}

export default async function ActionItemPage({ params }: Props) {
  const item = await load((await params).id);
  return <ActionItemDetail initial={item} />;
}
