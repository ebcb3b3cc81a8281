// The fields of a person anyone signed in may see. Never email verification data, hashes or tokens.
export const personCardSelect = {
  id: true,
  handle: true,
  name: true,
  title: true,
  location: true,
  avatarUrl: true,
  role: true,
  department: { select: { id: true, name: true, slug: true } },
} as const;
