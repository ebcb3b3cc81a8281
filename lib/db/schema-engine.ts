import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { PrismaPg } from "@prisma/adapter-pg";
import {
  bindMigrationAwareSqlAdapterFactory,
  DriverAdapterError,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import type { SchemaEngine, SchemaFilter } from "@prisma/schema-engine-wasm/schema_engine_bg";
import pg from "pg";

// Prisma's schema engine compiled to WASM, driven through @prisma/adapter-pg: the native engine cannot be
// downloaded offline (see /work/shared/notes/platform.md). This file owns loading it and wiring its connections.

type EngineModule = typeof import("@prisma/schema-engine-wasm/schema_engine_bg");

export const noFilters: SchemaFilter = { externalTables: [], externalEnums: [] };

let loading: Promise<EngineModule> | undefined;
const engineTimers = new Set<ReturnType<typeof setTimeout>>();
let openSessions = 0;

/** Once no engine is open, its leftover timers can only be stale timeouts: clear them so the process can exit. */
function clearIdleTimers() {
  if (openSessions > 0) return;
  for (const timer of engineTimers) clearTimeout(timer);
  engineTimers.clear();
}

/** The wasm-bindgen module, instantiated once per process (compiling the 5 MB .wasm again would waste time and memory). */
export function loadSchemaEngineModule(): Promise<EngineModule> {
  loading ??= (async () => {
    const bg = await import("@prisma/schema-engine-wasm/schema_engine_bg");
    // The package is a bundler-style build: resolve the .wasm beside its JS glue, whatever the cwd.
    const wasmPath = createRequire(import.meta.url).resolve("@prisma/schema-engine-wasm/schema_engine_bg").replace(/\.js$/, ".wasm");
    const imports: Record<string, unknown> = { ...bg };
    // The engine bounds its advisory-lock wait with a 10 s setTimeout it never clears (there is no clearTimeout
    // import), which would keep every process alive 10 s after migrating. Track its timers; see clearIdleTimers.
    const setTimeoutName = Object.keys(bg).find((key) => key.startsWith("__wbg_setTimeout_"));
    if (setTimeoutName) {
      imports[setTimeoutName] = (callback: () => void, ms: number) => {
        const timer = setTimeout(() => {
          engineTimers.delete(timer);
          callback();
        }, ms >>> 0);
        engineTimers.add(timer);
        return timer;
      };
    }
    const { instance } = await WebAssembly.instantiate(await readFile(wasmPath), {
      "./schema_engine_bg.js": imports as WebAssembly.ModuleImports,
    });
    // __wbg_set_wasm is exported by the JS glue but missing from its .d.ts.
    (bg as unknown as { __wbg_set_wasm(exports: WebAssembly.Exports): void }).__wbg_set_wasm(instance.exports);
    (instance.exports as { __wbindgen_start(): void }).__wbindgen_start();
    return bg;
  })();
  loading.catch(() => (loading = undefined)); // let a later call retry
  return loading;
}

const CHAR_OID = 18;
const TEXT_OID = 25;

function charColumnsAsText<T>(result: T): T {
  for (const one of Array.isArray(result) ? result : [result]) {
    for (const field of (one as { fields?: { dataTypeID: number }[] } | undefined)?.fields ?? []) {
      if (field.dataTypeID === CHAR_OID) field.dataTypeID = TEXT_OID;
    }
  }
  return result;
}

/**
 * adapter-pg 7.10 refuses PostgreSQL's one-byte "char" type (pg_class.relkind, pg_constraint.contype…), which the
 * engine's introspection queries return; reporting those columns as text makes database diffs work.
 */
class CharAsTextClient extends pg.Client {
  constructor(config?: string | pg.ClientConfig) {
    super(config);
    // Wrapped per instance rather than overridden, so pg's many query() overloads need no retyping.
    const query = this.query.bind(this) as (...args: unknown[]) => unknown;
    this.query = ((...args: unknown[]) => {
      const last = args.length - 1;
      if (typeof args[last] === "function") {
        const callback = args[last] as (error: unknown, result: unknown) => void; // pg.Pool passes a callback
        args[last] = (error: unknown, result: unknown) => callback(error, error ? result : charColumnsAsText(result));
        return query(...args);
      }
      const out = query(...args);
      return out instanceof Promise ? out.then(charColumnsAsText) : out;
    }) as pg.Client["query"];
  }
}

async function connectAdapter(pool: pg.Pool): Promise<SqlDriverAdapter> {
  const adapter = await new PrismaPg(pool).connect();
  // adapter-pg splits scripts on every ";" (breaking string literals and function bodies) and runs the pieces one by
  // one; send the whole script as one simple query instead, which PostgreSQL runs atomically, like the native engine.
  adapter.executeScript = async (script) => {
    try {
      await pool.query(script);
    } catch (error) {
      const e = error as pg.DatabaseError;
      throw new DriverAdapterError({
        kind: "postgres",
        code: e.code ?? "",
        severity: e.severity ?? "ERROR",
        message: e.message,
        detail: e.detail,
        column: e.column,
        hint: e.hint,
      });
    }
  };
  return adapter;
}

export type EngineSession = { engine: SchemaEngine; close: () => Promise<void> };

/**
 * Opens an engine on `url`. `shadowUrl` names an empty database the engine may replay migrations into (the
 * `migrations` diff source); the engine never creates one itself here, and adapter-pg's own connectToShadowDb
 * would reuse the main database (its connectionString overrides the shadow database name).
 */
export async function openSchemaEngine(options: {
  url: string;
  shadowUrl?: string;
  schema: { path: string; content: string };
  /** The engine's own tracing, as JSON lines: for debugging. */
  log?: (line: string) => void;
}): Promise<EngineSession> {
  const bg = await loadSchemaEngineModule();
  // Pools we own (not the adapter's) so close() can end them: engine.free() does not dispose its adapters, and an
  // idle pool keeps the process alive for 10 s.
  const pools: pg.Pool[] = [];
  const pool = (connectionString: string) => {
    const created = new pg.Pool({ connectionString, Client: CharAsTextClient as unknown as new () => pg.Client });
    created.on("error", () => {}); // an idle client dropped by the server must not crash the process
    pools.push(created);
    return created;
  };
  const main = pool(options.url);
  const factory: SqlMigrationAwareDriverAdapterFactory = {
    provider: "postgres",
    adapterName: "@prisma/adapter-pg",
    connect: () => connectAdapter(main),
    connectToShadowDb: () => {
      if (!options.shadowUrl) throw new Error("This operation needs a scratch database (shadowUrl).");
      return connectAdapter(pool(options.shadowUrl));
    },
  };
  const log = options.log ?? (() => {});
  openSessions++;
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await Promise.all(pools.map((p) => p.end().catch(() => {})));
    openSessions--;
    clearIdleTimers();
  };
  try {
    const engine = await bg.SchemaEngine.new(
      { datamodels: [[options.schema.path, options.schema.content]] },
      (line: string) => log(line),
      bindMigrationAwareSqlAdapterFactory(factory),
    );
    return {
      engine,
      close: async () => {
        if (!closed) engine.free();
        await close();
      },
    };
  } catch (error) {
    await close();
    throw error;
  }
}
