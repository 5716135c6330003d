#!/usr/bin/env node
// Serves the built studio (dist/) on 127.0.0.1 only: `pnpm studio`. A small static server with no dependencies;
// it answers GET and HEAD for files under dist/ and nothing else, so it cannot read outside that folder.
import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer } from "node:http";
import { extname, join, normalize, sep } from "node:path";
import { fileURLToPath } from "node:url";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".woff2": "font/woff2",
};

/** Starts serving `root` on 127.0.0.1:`port` (0 picks a free port); resolves to the server and its URL. */
export function serveStudio(root, port = 0) {
  const server = createServer((request, response) => {
    if (request.method !== "GET" && request.method !== "HEAD") {
      response.writeHead(405, { allow: "GET, HEAD" }).end();
      return;
    }
    let path;
    try {
      path = decodeURIComponent(new URL(request.url ?? "/", "http://127.0.0.1").pathname);
    } catch {
      response.writeHead(400).end();
      return;
    }
    const file = normalize(join(root, path.endsWith("/") ? `${path}index.html` : path));
    if (!file.startsWith(root + sep) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("Not found");
      return;
    }
    response.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream", "x-content-type-options": "nosniff" });
    if (request.method === "HEAD") response.end();
    else createReadStream(file).pipe(response);
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => {
      const address = server.address();
      resolve({ server, url: `http://127.0.0.1:${address.port}/` });
    });
  });
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  const root = fileURLToPath(new URL("../dist", import.meta.url));
  if (!existsSync(join(root, "index.html"))) {
    console.error("The studio is not built: run `pnpm build` (or `pnpm --filter @actionplan/studio build`) first.");
    process.exit(2);
  }
  const port = Number(process.env.PORT ?? 4173);
  serveStudio(normalize(root).replace(/[\\/]$/, ""), port).then(
    ({ url }) => console.log(`The plan studio is at ${url} (this computer only; Ctrl+C stops it).`),
    (error) => {
      console.error(`Could not serve the studio on 127.0.0.1:${port}: ${error.message}`);
      process.exit(2);
    },
  );
}
