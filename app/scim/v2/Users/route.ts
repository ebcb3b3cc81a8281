import { scimBody, scimRoute } from "@/lib/scim/scim-route";
import { createScimUser, listScimUsers } from "@/lib/scim/scim-users";

export const GET = scimRoute((_request, { baseUrl, query }) => listScimUsers(query, baseUrl));
export const POST = scimRoute(async (request, { baseUrl }) => createScimUser(await scimBody(request), baseUrl), {
  created: true,
});
