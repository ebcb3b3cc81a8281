import next from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";
import prettier from "eslint-config-prettier/flat";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

// Layer boundaries (docs/architecture.md). Only lib/ talks to the database: app/, components/ and e2e/ never import
// the Prisma client, pg or lib/db (types are fine; server.ts, scripts/ and prisma/ are the process's own plumbing).
const DATABASE_MODULES = {
  patterns: [
    {
      group: ["@/lib/db", "@/lib/db/*", "**/lib/db", "**/lib/db/*", "@/lib/generated/prisma/client", "@prisma/*", "pg"],
      allowTypeImports: true,
      message: "Only lib/ talks to the database: call a lib/<domain>/ function instead.",
    },
  ],
};

// components/ never imports a server module (one that starts with `import "server-only"`), not even in a server
// component: data reaches components as props, and `import type` of a server module's types stays allowed.
const serverOnly = new Map();
function isServerModule(source) {
  if (!source.startsWith("@/lib/")) return false;
  const base = path.join(import.meta.dirname, source.slice(2));
  const file = [`${base}.ts`, `${base}.tsx`, path.join(base, "index.ts")].find((candidate) => existsSync(candidate));
  if (!file) return false;
  if (!serverOnly.has(file)) serverOnly.set(file, /^import "server-only";/m.test(readFileSync(file, "utf8")));
  return serverOnly.get(file);
}
const boundaries = {
  rules: {
    "no-server-imports": {
      meta: { type: "problem", schema: [] },
      create(context) {
        return {
          ImportDeclaration(node) {
            const typeOnly =
              node.importKind === "type" ||
              (node.specifiers.length > 0 && node.specifiers.every((specifier) => specifier.importKind === "type"));
            if (typeOnly || !isServerModule(node.source.value)) return;
            context.report({
              node: node.source,
              message: `components/ never import server modules: ${node.source.value} is server-only. Pass its data as props (or use \`import type\`).`,
            });
          },
        };
      },
    },
  },
};

// Rate limits may live in Redis (lib/rate-limit.ts): a check that is not awaited would never refuse anything.
const RATE_LIMIT_CALLS = new Set(["enforceWriteLimit", "rateLimit", "isRateLimited"]);
const rateLimits = {
  rules: {
    "await-rate-limits": {
      meta: { type: "problem", schema: [] },
      create(context) {
        return {
          CallExpression(node) {
            if (node.callee.type !== "Identifier" || !RATE_LIMIT_CALLS.has(node.callee.name)) return;
            let child = node;
            let parent = node.parent;
            // `a && rateLimit(…)` counts as its container; `[rateLimit(…), …]` is fine inside Promise.all.
            while (parent && (parent.type === "LogicalExpression" || parent.type === "ConditionalExpression")) {
              child = parent;
              parent = parent.parent;
            }
            const awaited =
              parent?.type === "AwaitExpression" ||
              parent?.type === "ReturnStatement" ||
              (parent?.type === "ArrowFunctionExpression" && parent.body === child) ||
              (parent?.type === "ArrayExpression" && parent.parent?.type === "CallExpression") ||
              // handed to something that takes the promise: expect(…).rejects, Promise.race(…)
              (parent?.type === "CallExpression" && parent.arguments.includes(child));
            if (!awaited) {
              context.report({
                node,
                message: `${node.callee.name}() is async (limits may live in Redis): await it, or it never refuses anything.`,
              });
            }
          },
        };
      },
    },
  },
};

const config = [
  ...next,
  ...nextTypescript,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrorsIgnorePattern: "^_" },
      ],
    },
  },
  {
    files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}", "e2e/**/*.ts"],
    rules: { "@typescript-eslint/no-restricted-imports": ["error", DATABASE_MODULES] },
  },
  {
    files: ["lib/**/*.ts", "app/**/*.{ts,tsx}"],
    ignores: ["lib/rate-limit.ts"],
    plugins: { "hearth-rate-limits": rateLimits },
    rules: { "hearth-rate-limits/await-rate-limits": "error" },
  },
  {
    files: ["components/**/*.{ts,tsx}"],
    plugins: { hearth: boundaries },
    rules: { "hearth/no-server-imports": "error" },
  },
  // Formatting belongs to Prettier (`npm run format`; `npm run lint` checks it): no ESLint rule argues with it.
  prettier,
  {
    ignores: [
      ".next/**",
      ".data/**",
      "lib/generated/**",
      "node_modules/**",
      "test-results/**",
      "playwright-report/**",
      "next-env.d.ts",
    ],
  },
];

export default config;
