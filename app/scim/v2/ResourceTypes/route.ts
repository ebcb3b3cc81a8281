import { resourceTypes } from "@/lib/scim/discovery";
import { scimRoute } from "@/lib/scim/scim-route";

export const GET = scimRoute(async (_request, { baseUrl }) => resourceTypes(baseUrl));
