import { currentActor } from "@/lib/auth/current-user";
import { jsonRoute } from "@/lib/http";
import { listReactors } from "@/lib/reactions/list-reactors";

export const GET = jsonRoute(async (_request: Request, { params }: { params: Promise<{ id: string }> }) => ({
  items: await listReactors(await currentActor(), { postId: (await params).id }),
}));
