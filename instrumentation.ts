// Runs once when the server starts: refuse to start on a bad environment.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") await import("./instrumentation-node");
}
