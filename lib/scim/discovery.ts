import { CORE_GROUP } from "@/lib/scim/scim-groups";
import { CORE_USER, ENTERPRISE_USER, LIST_RESPONSE } from "@/lib/scim/scim-users";

// The discovery endpoints (RFC 7644 §4): what this service provider supports, so clients adapt to it.

export function serviceProviderConfig(baseUrl: string) {
  return {
    schemas: ["urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig"],
    documentationUri: "https://github.com/hearth/hearth#single-sign-on-and-provisioning",
    patch: { supported: true },
    bulk: { supported: false, maxOperations: 0, maxPayloadSize: 0 },
    filter: { supported: true, maxResults: 200 },
    changePassword: { supported: false },
    sort: { supported: false },
    etag: { supported: false },
    authenticationSchemes: [
      {
        type: "oauthbearertoken",
        name: "Bearer token",
        description: "A token an admin creates at /admin/people (shown once).",
        primary: true,
      },
    ],
    meta: { resourceType: "ServiceProviderConfig", location: `${baseUrl}/scim/v2/ServiceProviderConfig` },
  };
}

const attribute = (name: string, extra: Record<string, unknown> = {}) => ({
  name,
  type: "string",
  multiValued: false,
  required: false,
  caseExact: false,
  mutability: "readWrite",
  returned: "default",
  uniqueness: "none",
  ...extra,
});

const SCHEMAS = [
  {
    id: CORE_USER,
    name: "User",
    description: "A person with a Hearth account",
    attributes: [
      attribute("userName", { required: true, uniqueness: "server", description: "The work email" }),
      attribute("name", {
        type: "complex",
        subAttributes: [attribute("formatted"), attribute("givenName"), attribute("familyName")],
      }),
      attribute("displayName"),
      attribute("title"),
      attribute("locale"),
      attribute("preferredLanguage"),
      attribute("active", { type: "boolean" }),
      attribute("emails", {
        type: "complex",
        multiValued: true,
        subAttributes: [attribute("value"), attribute("type"), attribute("primary", { type: "boolean" })],
      }),
      attribute("addresses", {
        type: "complex",
        multiValued: true,
        subAttributes: [attribute("locality"), attribute("type"), attribute("primary", { type: "boolean" })],
      }),
    ],
  },
  {
    id: ENTERPRISE_USER,
    name: "EnterpriseUser",
    description: "Enterprise User",
    attributes: [
      attribute("department"),
      attribute("manager", {
        type: "complex",
        subAttributes: [attribute("value"), attribute("displayName", { mutability: "readOnly" })],
      }),
    ],
  },
  {
    id: CORE_GROUP,
    name: "Group",
    description: "A directory group; its name may map to a Hearth role or communities",
    attributes: [
      attribute("displayName", { required: true, uniqueness: "server" }),
      attribute("members", {
        type: "complex",
        multiValued: true,
        subAttributes: [
          attribute("value", { mutability: "immutable" }),
          attribute("display", { mutability: "readOnly" }),
        ],
      }),
    ],
  },
];

export function schemas(baseUrl: string) {
  const Resources = SCHEMAS.map((schema) => ({
    schemas: ["urn:ietf:params:scim:schemas:core:2.0:Schema"],
    ...schema,
    meta: { resourceType: "Schema", location: `${baseUrl}/scim/v2/Schemas/${schema.id}` },
  }));
  return {
    schemas: [LIST_RESPONSE],
    totalResults: Resources.length,
    itemsPerPage: Resources.length,
    startIndex: 1,
    Resources,
  };
}

export function resourceTypes(baseUrl: string) {
  const Resources = [
    {
      schemas: ["urn:ietf:params:scim:schemas:core:2.0:ResourceType"],
      id: "User",
      name: "User",
      endpoint: "/Users",
      schema: CORE_USER,
      schemaExtensions: [{ schema: ENTERPRISE_USER, required: false }],
      meta: { resourceType: "ResourceType", location: `${baseUrl}/scim/v2/ResourceTypes/User` },
    },
    {
      schemas: ["urn:ietf:params:scim:schemas:core:2.0:ResourceType"],
      id: "Group",
      name: "Group",
      endpoint: "/Groups",
      schema: CORE_GROUP,
      meta: { resourceType: "ResourceType", location: `${baseUrl}/scim/v2/ResourceTypes/Group` },
    },
  ];
  return {
    schemas: [LIST_RESPONSE],
    totalResults: Resources.length,
    itemsPerPage: Resources.length,
    startIndex: 1,
    Resources,
  };
}
