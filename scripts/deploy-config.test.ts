import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { ZEnv } from "@/lib/env";

// Docker does not run on the development machines, so `docker compose config` cannot check docker-compose.yml here.
// This parses it as YAML (anchors and merge keys resolved, as Compose does) and checks what operators rely on: the
// services, their health checks, the order they start in, and that Hearth's environment passes Hearth's own
// settings schema once Compose has filled in ${VAR:-default}.
type Service = {
  image?: string;
  build?: unknown;
  environment?: Record<string, string | number>;
  healthcheck?: { test: string[] | string };
  depends_on?: Record<string, { condition: string }>;
  volumes?: string[];
  restart?: string;
  command?: unknown;
};
type Compose = { services: Record<string, Service>; volumes: Record<string, unknown> };

const root = path.join(import.meta.dirname, "..");
const compose = parse(await readFile(path.join(root, "docker-compose.yml"), "utf8"), { merge: true }) as Compose;

/** What Compose does with "${NAME:-default}" and "${NAME:?message}" when NAME is not set (with `given` set). */
function interpolate(value: string | number, given: Record<string, string>): string {
  return String(value).replace(
    /\$\{(\w+)(?::([-?])([^}]*))?\}/g,
    (_all, name: string, kind?: string, rest?: string) => {
      if (given[name] !== undefined) return given[name]!;
      if (kind === "-") return rest ?? "";
      throw new Error(`${name} must be set: ${rest}`);
    },
  );
}

describe("docker-compose.yml", () => {
  const { services } = compose;

  it("[DEPLOY] runs PostgreSQL 17, Redis 7, MinIO with its bucket set-up, two Hearth replicas and Caddy", () => {
    expect(Object.keys(services).sort()).toEqual([
      "db",
      "hearth-1",
      "hearth-2",
      "minio",
      "minio-init",
      "proxy",
      "redis",
    ]);
    expect(services.db!.image).toBe("postgres:17");
    expect(services.redis!.image).toMatch(/^redis:7/);
    expect(services.minio!.image).toMatch(/^minio\/minio/);
    expect(services["minio-init"]!.image).toMatch(/^minio\/mc/);
    expect(String(services["minio-init"]!.command)).toContain('mc mb --ignore-existing "local/$$S3_BUCKET"');
    expect(services.proxy!.image).toMatch(/^caddy:2/);
    for (const name of ["hearth-1", "hearth-2"]) expect(services[name]!.build).toBe(".");
  });

  it("[DEPLOY] every long-running service has a health check; the replicas' is /api/health/ready", () => {
    for (const [name, service] of Object.entries(services)) {
      if (name === "minio-init") {
        expect(service.restart).toBe("no");
        continue;
      }
      expect(service.healthcheck?.test, name).toBeDefined();
    }
    for (const name of ["hearth-1", "hearth-2"])
      expect(String(services[name]!.healthcheck!.test)).toContain("/api/health/ready");
  });

  it("[DEPLOY] start order: data services healthy, bucket created, then one replica (it migrates), then the second", () => {
    expect(services["hearth-1"]!.depends_on).toEqual({
      db: { condition: "service_healthy" },
      redis: { condition: "service_healthy" },
      "minio-init": { condition: "service_completed_successfully" },
    });
    expect(services["hearth-2"]!.depends_on).toEqual({ "hearth-1": { condition: "service_healthy" } });
    for (const service of Object.values(services))
      for (const dependency of Object.keys(service.depends_on ?? {})) expect(services[dependency]).toBeDefined();
    const named = Object.values(services).flatMap((service) =>
      (service.volumes ?? []).map((volume) => volume.split(":")[0]!).filter((source) => !source.startsWith(".")),
    );
    expect(Object.keys(compose.volumes).sort()).toEqual([...new Set(named)].sort());
  });

  it("[DEPLOY] both replicas get Redis and S3 settings that Hearth's own settings schema accepts", () => {
    for (const name of ["hearth-1", "hearth-2"]) {
      const raw = services[name]!.environment!;
      const environment = Object.fromEntries(
        Object.entries(raw).map(([key, value]) => [key, interpolate(value, { AUTH_SECRET: "s".repeat(44) })]),
      );
      const parsed = ZEnv.parse(environment);
      expect(parsed).toMatchObject({
        REDIS_URL: "redis://redis:6379",
        S3_BUCKET: "hearth",
        S3_ENDPOINT: "http://minio:9000",
        S3_FORCE_PATH_STYLE: true,
        TRUST_PROXY: true,
      });
      expect(parsed.DATABASE_URL).toMatch(/^postgresql:\/\/hearth:.*@db:5432\/hearth$/);
      expect(() => interpolate(raw.AUTH_SECRET!, {})).toThrow(/AUTH_SECRET must be set/);
    }
    // Hearth's key is the one minio-init creates, with the same secret.
    const init = services["minio-init"]!;
    expect(init.environment!.S3_SECRET_ACCESS_KEY).toBe(services["hearth-1"]!.environment!.S3_SECRET_ACCESS_KEY);
    expect(String(init.command)).toContain('mc admin user add local hearth-app "$$S3_SECRET_ACCESS_KEY"');
    expect(services["hearth-1"]!.environment!.S3_ACCESS_KEY_ID).toBe("hearth-app");
  });

  it("[DEPLOY] Caddy balances both replicas with sticky cookies and checks /api/health/ready; the image checks it too", async () => {
    expect(services.proxy!.volumes).toContain("./deploy/Caddyfile:/etc/caddy/Caddyfile:ro");
    const caddyfile = await readFile(path.join(root, "deploy/Caddyfile"), "utf8");
    expect(caddyfile).toMatch(/reverse_proxy hearth-1:3000 hearth-2:3000 \{/);
    expect(caddyfile).toMatch(/^\s*lb_policy cookie \w+$/m);
    expect(caddyfile).toMatch(/^\s*health_uri \/api\/health\/ready$/m);
    expect(caddyfile.split("{").length).toBe(caddyfile.split("}").length); // balanced blocks
    const dockerfile = await readFile(path.join(root, "Dockerfile"), "utf8");
    expect(dockerfile).toMatch(/HEALTHCHECK [\s\S]*\/api\/health\/ready/);
  });
});
