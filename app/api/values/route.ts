import { currentActor } from "@/lib/auth/current-user";
import { jsonRoute } from "@/lib/http";
import { listCompanyValues } from "@/lib/values/list-company-values";

// GET /api/values — the active company values, for the pride composer.
export const GET = jsonRoute(async () => ({ items: await listCompanyValues(await currentActor(), {}) }));
