import { describe, expect, it } from "vitest";
import { rolePageAt } from "@/lib/role-pages";

describe("rolePageAt", () => {
  it("[AUTH] finds a role page by its path, whatever the query or a trailing slash", () => {
    expect(rolePageAt("/admin")?.title).toBe("Admin");
    expect(rolePageAt("/admin/audit?cursor=x")?.title).toBe("The audit log");
    expect(rolePageAt("/ask/ama/new/")?.who).toBe("Leaders and admins");
  });

  it("[AUTH] is nothing for content pages, which stay 404s", () => {
    expect(rolePageAt("/communities/secret-club")).toBeUndefined();
    expect(rolePageAt("/admin/unknown")).toBeUndefined();
    expect(rolePageAt("/")).toBeUndefined();
  });
});
