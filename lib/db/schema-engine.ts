import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { PrismaPg } from "@prisma/adapter-pg";
import {
  bindMigrationAwareSqlAdapterFactory,
  ColumnTypeEnum,
  DriverAdapterError,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
  type SqlQueryable,
} from "@prisma/driver-adapter-utils";
import type { SchemaEngine, SchemaFilter } from "@prisma/schema-engine-wasm/schema_engine_bg";
import pg from "pg";

// Prisma's schema engine compiled to WASM, driven through @prisma/adapter-pg: the native engine cannot be
// downloaded offline (see /work/shared/notes/platform.md). This file owns loading it and wiring its connections.

type EngineModule = typeof import("@prisma/schema-engine-wasm/schema_engine_bg");

export const noFilters: SchemaFilter = { externalTables: [], externalEnums: [] };

let loading: Promise<EngineModule> | undefined;

// A Rust panic in the engine calls the glue's `set_message` import (which expects the registry Prisma's CLI puts on
// globalThis.PRISMA_WASM_PANIC_REGISTRY) and then traps. Inside an async call that trap is thrown from a microtask,
// so the call's promise would never settle. We take the panic message through the import ourselves (Prisma Client
// overwrites that global with its own registry), reject every pending engine call, and swallow the trap. The
// instance is then left mid-call (the engine object stays borrowed: even free() throws), so later calls fail at once.
let panicked: Error | undefined;
const panicListeners = new Set<(error: Error) => void>();

function onPanic(message: string) {
  panicked ??= new Error(`The Prisma schema engine panicked: ${message}`);
  for (const listener of panicListeners) listener(panicked);
  panicListeners.clear();
}

/** Wraps a callback the engine hands to JS so the trap that follows a panic does not escape as an uncaught error. */
function swallowTrapAfterPanic(callback: unknown): unknown {
  if (typeof callback !== "function") return callback;
  return function (this: unknown, ...args: unknown[]) {
    try {
      return (callback as (...a: unknown[]) => unknown).apply(this, args);
    } catch (error) {
      if (!panicked) throw error;
    }
  };
}

/** Runs one engine call; a panic during it (or earlier in this process) rejects instead of hanging. */
function guarded<T>(call: () => T): T {
  if (panicked) {
    throw new Error(`The Prisma schema engine cannot be used again in this process: ${panicked.message}`, {
      cause: panicked,
    });
  }
  let result: T;
  try {
    result = call();
  } catch (error) {
    throw panicked ?? error; // a synchronous panic traps right here
  }
  if (!(result instanceof Promise)) return result;
  return new Promise((resolve, reject) => {
    panicListeners.add(reject);
    result.then(resolve, reject).finally(() => panicListeners.delete(reject));
  }) as T;
}

/** The engine with every method call guarded (see guarded). */
function guardEngine(engine: SchemaEngine): SchemaEngine {
  return new Proxy(engine, {
    get(target, key) {
      const value: unknown = Reflect.get(target, key, target);
      if (typeof value !== "function") return value;
      return (...args: unknown[]) => guarded(() => (value as (...a: unknown[]) => unknown).apply(target, args));
    },
  });
}

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
    const wasmPath = createRequire(import.meta.url)
      .resolve("@prisma/schema-engine-wasm/schema_engine_bg")
      .replace(/\.js$/, ".wasm");
    const imports: Record<string, unknown> = { ...bg };
    // The engine bounds its advisory-lock wait with a 10 s setTimeout it never clears (there is no clearTimeout
    // import), which would keep every process alive 10 s after migrating. Track its timers; see clearIdleTimers.
    const setTimeoutName = Object.keys(bg).find((key) => key.startsWith("__wbg_setTimeout_"));
    if (setTimeoutName) {
      imports[setTimeoutName] = (callback: () => void, ms: number) => {
        const timer = setTimeout(() => {
          engineTimers.delete(timer);
          (swallowTrapAfterPanic(callback) as () => void)();
        }, ms >>> 0);
        engineTimers.add(timer);
        return timer;
      };
    }
    // Panics: see onPanic. The engine's async work runs in callbacks it passes to queueMicrotask and promise.then.
    const exported: { memory?: WebAssembly.Memory } = {}; // filled in once instantiated
    for (const [key, original] of Object.entries(bg)) {
      if (typeof original !== "function") continue;
      if (key.startsWith("__wbg_set_message_")) {
        imports[key] = (ptr: number, len: number) =>
          onPanic(
            exported.memory
              ? new TextDecoder().decode(new Uint8Array(exported.memory.buffer, ptr >>> 0, len))
              : "(no message)",
          );
      } else if (key.startsWith("__wbg_queueMicrotask_") || key.startsWith("__wbg_then_")) {
        imports[key] = (...args: unknown[]) =>
          (original as (...a: unknown[]) => unknown)(...args.map(swallowTrapAfterPanic));
      }
    }
    const { instance } = await WebAssembly.instantiate(await readFile(wasmPath), {
      "./schema_engine_bg.js": imports as WebAssembly.ModuleImports,
    });
    exported.memory = instance.exports.memory as WebAssembly.Memory;
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
/** Indexes of the "char" columns of a result, kept on its rows array, which adapter-pg passes through as is. */
const charColumns = Symbol("charColumns");
type RowsWithCharColumns = unknown[] & { [charColumns]?: number[] };

function charColumnsAsText<T>(result: T): T {
  for (const one of Array.isArray(result) ? result : [result]) {
    const { fields, rows } = (one ?? {}) as { fields?: { dataTypeID: number }[]; rows?: RowsWithCharColumns };
    const indexes: number[] = [];
    fields?.forEach((field, index) => {
      if (field.dataTypeID !== CHAR_OID) return;
      field.dataTypeID = TEXT_OID;
      indexes.push(index);
    });
    if (indexes.length > 0 && rows) rows[charColumns] = indexes;
  }
  return result;
}

/**
 * PostgreSQL's one-byte "char" type (pg_constraint.contype, pg_class.relkind, pg_attribute.attidentity…) comes back
 * from the engine's introspection queries, and adapter-pg 7.10 rejects OID 18 ("Unsupported column type char") before
 * returning anything. So this client reports those columns as text, which adapter-pg accepts; withCharColumns then
 * puts back the type the engine expects: it reads them as single characters (quaint's Value::Character, as its
 * native driver does) and panics on text. adapter-pg has no scalar mapping to ColumnType.Character at all.
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

/** Reports the "char" columns CharAsTextClient marked as ColumnType.Character ("" = '\0' then reads as null). */
function withCharColumns<Q extends SqlQueryable>(queryable: Q): Q {
  const queryRaw = queryable.queryRaw.bind(queryable);
  queryable.queryRaw = async (query) => {
    const result = await queryRaw(query);
    for (const index of (result.rows as RowsWithCharColumns)[charColumns] ?? []) {
      result.columnTypes[index] = ColumnTypeEnum.Character;
    }
    return result;
  };
  return queryable;
}

async function connectAdapter(pool: pg.Pool): Promise<SqlDriverAdapter> {
  const adapter = withCharColumns(await new PrismaPg(pool).connect());
  const startTransaction = adapter.startTransaction.bind(adapter);
  adapter.startTransaction = async (isolationLevel) => withCharColumns(await startTransaction(isolationLevel));
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
    const engine = await guarded(() =>
      bg.SchemaEngine.new(
        { datamodels: [[options.schema.path, options.schema.content]] },
        (line: string) => log(line),
        bindMigrationAwareSqlAdapterFactory(factory),
      ),
    );
    return {
      engine: guardEngine(engine),
      close: async () => {
        if (!closed && !panicked) engine.free(); // after a panic, leave the broken instance alone
        await close();
      },
    };
  } catch (error) {
    await close();
    throw error;
  }
}
