import { currentActor } from "@/lib/auth/current-user";
import { jsonRoute } from "@/lib/http";
import { countUnreadNotifications } from "@/lib/notifications/count-unread";

export const GET = jsonRoute(async () => countUnreadNotifications(await currentActor(), {}));
