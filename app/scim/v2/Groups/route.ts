import { createScimGroup, listScimGroups } from "@/lib/scim/scim-groups";
import { scimBody, scimRoute } from "@/lib/scim/scim-route";

export const GET = scimRoute((_request, { baseUrl, query }) => listScimGroups(query, baseUrl));
export const POST = scimRoute(async (request, { baseUrl }) => createScimGroup(await scimBody(request), baseUrl), {
  created: true,
});
