import type { Server } from "node:http";

/** Starts serving `root` on 127.0.0.1:`port` (0 picks a free port); resolves to the server and its URL. */
export function serveStudio(root: string, port?: number): Promise<{ server: Server; url: string }>;
