import { currentActor } from "@/lib/auth/current-user";
import { jsonRoute } from "@/lib/http";
import { findPost } from "@/lib/posts/find-post";

export const GET = jsonRoute(async (_request: Request, { params }: { params: Promise<{ id: string }> }) =>
  findPost(await currentActor(), { postId: (await params).id }),
);
