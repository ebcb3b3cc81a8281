import { currentActor } from "@/lib/auth/current-user";
import { jsonRoute } from "@/lib/http";
import { findQuestion } from "@/lib/questions/find-question";

export const GET = jsonRoute(async (_request: Request, { params }: { params: Promise<{ id: string }> }) =>
  findQuestion(await currentActor(), { questionId: (await params).id }),
);
