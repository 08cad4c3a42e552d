#!/usr/bin/env node
// The HTTP server behind `npm start`, `npm run dev`, `npm run start:demo` and
// the e2e run: Next's documented custom server, for one reason. Only the
// process that owns the socket knows the client's address, and Next does not
// pass it on (it sets X-Forwarded-For only when the client sent none, so any
// entry may be forged). This server writes the socket's address into
// CLIENT_ADDRESS_HEADER on every request, replacing whatever the client sent;
// the sign-in limits read it (lib/domain/client-address.ts, docs/decisions/0013).
//
//   node scripts/serve.mjs [--dev] [-p|--port PORT] [-H|--hostname HOST]
//
// Like `next start` / `next dev`: PORT from the environment when -p is not
// given (else 3000), every interface unless -H is given, NODE_ENV production
// (development with --dev) unless already set. The environment is the
// caller's: run it through scripts/with-env.mjs for the local defaults.
import http from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";

// Must match CLIENT_ADDRESS_HEADER in lib/domain/client-address.ts.
const CLIENT_ADDRESS_HEADER = "x-client-address";
// After this long, connections still open at shutdown are cut.
const DRAIN_MS = 10_000;

// The app is tested and measured on the Node.js that package.json installs (docs/decisions/0049);
// npm scripts run it. Started by another Node, it still runs, but slower and untested.
const NODE_MAJOR = 24;
if (Number(process.versions.node.split(".")[0]) < NODE_MAJOR) {
  console.warn(
    `⚠ Node ${process.versions.node}: ứng dụng được kiểm thử trên Node ${NODE_MAJOR}, hãy chạy bằng npm start (tested on Node ${NODE_MAJOR}: start it through npm)`,
  );
}

const options = parseArgs(process.argv.slice(2));
const dev = options.dev;
// Set before Next (and React) load: they pick their build from it, as the CLI does.
process.env.NODE_ENV ||= dev ? "development" : "production";
process.env.NEXT_RUNTIME = "nodejs";
const { default: next } = await import("next");

const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
let handle;
const server = http.createServer((req, res) => {
  // Only the socket is believed: a client-sent header of this name is replaced.
  delete req.headers[CLIENT_ADDRESS_HEADER];
  if (req.socket.remoteAddress) req.headers[CLIENT_ADDRESS_HEADER] = req.socket.remoteAddress;
  handle(req, res);
});
// httpServer: Next attaches its dev (hot reload) WebSocket to this server.
const app = next({ dev, dir, hostname: options.hostname ?? "localhost", port: options.port, httpServer: server });

// Registered before the first request opens a database: lib/db/pglite-instance.ts
// closes PGlite first and then hands the signal on to this handler.
let closing = false;
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => void shutdown(signal));

try {
  await app.prepare();
} catch (error) {
  console.error(`✖ Không khởi động được máy chủ (server failed to start):\n${error?.stack ?? error}`);
  process.exit(1);
}
handle = app.getRequestHandler();
server.on("error", (error) => {
  console.error(`✖ ${error.code === "EADDRINUSE" ? `Cổng ${options.port} đang bận (port in use)` : error.message}`);
  process.exit(1);
});
server.listen(options.port, options.hostname, () => {
  console.log(`▶ ${dev ? "Dev" : "Production"} server: http://${options.hostname ?? "localhost"}:${options.port}`);
});

async function shutdown(signal) {
  if (closing) return;
  closing = true;
  // First stop accepting and let requests in progress finish, then close Next.
  const drained = new Promise((resolve) => server.close(() => resolve()));
  if (dev) server.closeAllConnections();
  else server.closeIdleConnections();
  const cut = setTimeout(() => server.closeAllConnections(), DRAIN_MS);
  await drained;
  clearTimeout(cut);
  await app.close().catch((error) => console.error(error));
  process.exit(signal === "SIGINT" ? 130 : 143);
}

function parseArgs(args) {
  const parsed = { dev: false, port: Number(process.env.PORT) || 3000, hostname: undefined };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const [flag, inline] = arg.includes("=") ? arg.split(/=(.*)/s) : [arg, undefined];
    const value = () => inline ?? args[++i];
    if (flag === "--dev") parsed.dev = true;
    else if (flag === "-p" || flag === "--port") parsed.port = Number(value());
    else if (flag === "-H" || flag === "--hostname") parsed.hostname = value();
    else {
      console.error(`Tham số không hợp lệ (unknown option): ${arg}\nCách dùng: node scripts/serve.mjs [--dev] [-p PORT] [-H HOST]`);
      process.exit(2);
    }
  }
  if (!Number.isInteger(parsed.port) || parsed.port < 0 || parsed.port > 65535) {
    console.error(`Cổng không hợp lệ (invalid port): ${parsed.port}`);
    process.exit(2);
  }
  return parsed;
}
