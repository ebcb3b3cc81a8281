import { deleteScimGroup, getScimGroup, patchScimGroup, replaceScimGroup } from "@/lib/scim/scim-groups";
import { scimBody, scimRoute } from "@/lib/scim/scim-route";

export const GET = scimRoute((_request, { baseUrl, params, query }) => getScimGroup(params.id!, baseUrl, query));
export const PUT = scimRoute(async (request, { baseUrl, params }) =>
  replaceScimGroup(params.id!, await scimBody(request), baseUrl),
);
export const PATCH = scimRoute(async (request, { baseUrl, params, query }) =>
  patchScimGroup(params.id!, await scimBody(request), baseUrl, query),
);
export const DELETE = scimRoute(async (_request, { params }) => {
  await deleteScimGroup(params.id!);
  return null;
});
