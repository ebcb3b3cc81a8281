import { currentActor } from "@/lib/auth/current-user";
import { findActiveBanner } from "@/lib/banners/find-active-banner";
import { jsonRoute } from "@/lib/http";

export const GET = jsonRoute(async () => ({ banner: await findActiveBanner(await currentActor(), {}) }));
