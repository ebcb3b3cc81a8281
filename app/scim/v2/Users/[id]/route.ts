import { scimBody, scimRoute } from "@/lib/scim/scim-route";
import { deleteScimUser, getScimUser, patchScimUser, replaceScimUser } from "@/lib/scim/scim-users";

export const GET = scimRoute((_request, { baseUrl, params }) => getScimUser(params.id!, baseUrl));
export const PUT = scimRoute(async (request, { baseUrl, params }) =>
  replaceScimUser(params.id!, await scimBody(request), baseUrl),
);
export const PATCH = scimRoute(async (request, { baseUrl, params }) =>
  patchScimUser(params.id!, await scimBody(request), baseUrl),
);
export const DELETE = scimRoute(async (_request, { params }) => {
  await deleteScimUser(params.id!);
  return null;
});
