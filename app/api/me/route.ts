import { currentActor } from "@/lib/auth/current-user";
import { AppError } from "@/lib/errors";
import { jsonRoute } from "@/lib/http";

export const GET = jsonRoute(async () => {
  const actor = await currentActor();
  if (!actor) throw new AppError("UNAUTHENTICATED", "Please sign in first.");
  return { user: actor };
});
