import { currentActor } from "@/lib/auth/current-user";
import { jsonRoute } from "@/lib/http";
import { findLeadershipResponsiveness } from "@/lib/questions/find-leadership-responsiveness";

// GET /api/questions/responsiveness — the public leadership table and the questions waiting longest.
export const GET = jsonRoute(async () => findLeadershipResponsiveness(await currentActor(), {}));
