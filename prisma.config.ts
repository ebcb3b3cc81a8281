import { defineConfig } from "prisma/config";

// Only `prisma generate` uses this file: migrations run through scripts/db-migrate.ts (no native engines offline).
export default defineConfig({
  schema: "prisma/schema.prisma",
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/hearth" },
});
