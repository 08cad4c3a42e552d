// Module resolve hook for the benchmark: lib/server/** starts with `import "server-only"`,
// which throws outside Next's react-server build. Like vitest.config.ts, resolve it to the
// empty module the package ships, so the benchmark imports the real readers unchanged.
const empty = new URL("../../node_modules/server-only/empty.js", import.meta.url).href;

export async function resolve(specifier, context, next) {
  if (specifier === "server-only") return { url: empty, shortCircuit: true };
  return next(specifier, context);
}
