import { currentActor } from "@/lib/auth/current-user";
import { listComments } from "@/lib/comments/list-comments";
import { jsonRoute } from "@/lib/http";

export const GET = jsonRoute(async (_request: Request, { params }: { params: Promise<{ id: string }> }) => ({
  items: await listComments(await currentActor(), { postId: (await params).id }),
}));
