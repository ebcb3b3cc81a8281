import { findActionItem } from "@/lib/action-items/find-action-item";
import { currentActor } from "@/lib/auth/current-user";
import { jsonRoute } from "@/lib/http";

export const GET = jsonRoute(async (_request: Request, { params }: { params: Promise<{ id: string }> }) =>
  findActionItem(await currentActor(), { itemId: (await params).id }),
);
