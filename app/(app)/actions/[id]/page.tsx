import type { Metadata } from "next";
import { cache } from "react";
import { ActionItemDetail } from "@/components/action-items/action-item-detail";
import { findActionItem } from "@/lib/action-items/find-action-item";
import { currentActor } from "@/lib/auth/current-user";
import { pageRefusal } from "@/lib/http";

type Props = { params: Promise<{ id: string }> };

const load = cache(async (itemId: string) => {
  try {
    return await findActionItem(await currentActor(), { itemId });
  } catch (error) {
    pageRefusal(error, `/actions/${itemId}`);
  }
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  // Metadata must not throw: the page (and the layout) decide between sign-in and 404.
  try {
    const item = await load((await params).id);
    return { title: `${item.title} · Action items` };
  } catch {
    return {};
  }
}

export default async function ActionItemPage({ params }: Props) {
  const item = await load((await params).id);
  return <ActionItemDetail initial={item} />;
}
