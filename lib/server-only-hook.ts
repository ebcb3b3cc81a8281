import { register } from "node:module";

// This process IS the server, so modules marked "server-only" belong in it. Next's bundles resolve that marker
// under the react-server condition to an empty module; what server.ts loads through Node (lib/hot-routes.ts and
// what it imports) gets the same resolution from this hook. Client bundles are Next's and keep the guard.
const hook = `export async function resolve(specifier, context, next) {
  return next(specifier, specifier === "server-only" ? { ...context, conditions: [...context.conditions, "react-server"] } : context);
}`;

let registered = false;
export function allowServerOnlyModules() {
  if (registered) return;
  register(`data:text/javascript,${encodeURIComponent(hook)}`);
  registered = true;
}
