import { randomBytes } from "node:crypto";
import { hashPassword } from "@/lib/auth/password";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

// Rows a test needs, in the real test database, with random unique keys so tests never collide.

/** The password of every user createUser makes. */
export const TEST_PASSWORD = "correct-horse-battery-staple";

// Argon2id costs ~19 MiB and tens of milliseconds: hash once per process and reuse it.
let passwordHash: Promise<string> | undefined;
function testPasswordHash(): Promise<string> {
  passwordHash ??= hashPassword(TEST_PASSWORD);
  return passwordHash;
}

/** A short random lowercase key, e.g. for unique names and slugs. */
export function randomKey(bytes = 6): string {
  return randomBytes(bytes).toString("hex");
}

export function actorOf(user: Actor): Actor {
  return { id: user.id, role: user.role, name: user.name, handle: user.handle, title: user.title };
}

export async function createUser(overrides: Partial<Prisma.UserUncheckedCreateInput> = {}) {
  const key = randomKey();
  const user = await db.user.create({
    data: {
      email: `u-${key}@test.example`,
      handle: `u-${key}`,
      name: `Test User ${key}`,
      role: "EMPLOYEE",
      passwordHash: await testPasswordHash(),
      ...overrides,
    },
  });
  return { user, actor: actorOf(user) };
}

export async function createDepartment(overrides: Partial<Prisma.DepartmentUncheckedCreateInput> = {}) {
  const key = randomKey();
  return db.department.create({ data: { slug: `dept-${key}`, name: `Department ${key}`, ...overrides } });
}

/**
 * A post written straight to the database: no use case, rate limit, mentions or notifications. For tests that read
 * posts (feeds, views) and need control over fields a person cannot set, such as createdAt or the stored counts.
 */
export async function createPost(authorId: string, overrides: Partial<Prisma.PostUncheckedCreateInput> = {}) {
  const body = overrides.body ?? `Post ${randomKey()}`;
  return db.post.create({ data: { authorId, body, bodyHtml: `<p>${body}</p>\n`, ...overrides } });
}

/** A pending (not yet attached) image row of the uploader, without a stored file behind it. */
export async function createPendingImage(
  uploaderId: string,
  overrides: Partial<Prisma.PostImageUncheckedCreateInput> = {},
) {
  return db.postImage.create({
    data: {
      uploaderId,
      storageKey: `images/test/${randomKey(16)}.webp`,
      contentType: "image/webp",
      width: 10,
      height: 10,
      bytes: 100,
      ...overrides,
    },
  });
}
