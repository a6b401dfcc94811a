/**
 * A tiny static file server over a directory, mounted at a base path (like a static host serving
 * the site under /ohkz/). Directory -> index.html; anything missing or outside the base -> 404.
 * No external packages.
 */
import { createReadStream } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, resolve, sep } from "node:path";
import { gzipSync } from "node:zlib";

const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".ico": "image/x-icon",
  ".webp": "image/webp",
  ".csv": "text/csv; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".webmanifest": "application/manifest+json",
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".woff2": "font/woff2",
  ".woff": "font/woff",
  ".ttf": "font/ttf",
  ".pdf": "application/pdf",
  ".zip": "application/zip",
  ".wasm": "application/wasm",
};

export function contentType(file: string): string {
  return CONTENT_TYPES[extname(file).toLowerCase()] ?? "application/octet-stream";
}

export interface StaticServer {
  /** Origin plus base path, e.g. "http://127.0.0.1:40123/ohkz/". */
  url: string;
  /** Origin only, e.g. "http://127.0.0.1:40123". */
  origin: string;
  close(): Promise<void>;
}

export interface ServeOptions {
  /** Compress text responses with gzip, as a CDN would (the benchmarks measure what travels). */
  gzip?: boolean;
  /** A fixed port (the benchmarks build the site for a known origin); 0 picks a free one. */
  port?: number;
}

const COMPRESSIBLE = /\.(html|css|js|mjs|svg|json|csv|xml|txt)$/;

/** Serve `dir` at `base` ("/ohkz/" or "/") on 127.0.0.1 with a random port. */
export async function startStaticServer(dir: string, base = "/", options: ServeOptions = {}): Promise<StaticServer> {
  const root = resolve(dir);
  const mount = base.endsWith("/") ? base : base + "/";

  const server = createServer(async (req, res) => {
    const notFound = (): void => {
      res.writeHead(404, { "content-type": "text/plain; charset=utf-8" });
      res.end(`404 Not Found: ${req.url}\n`);
    };
    try {
      if (req.method !== "GET" && req.method !== "HEAD") {
        res.writeHead(405, { allow: "GET, HEAD" });
        res.end();
        return;
      }
      const pathname = new URL(req.url ?? "/", "http://localhost").pathname;
      if (!pathname.startsWith(mount)) return notFound();
      let rel: string;
      try {
        rel = decodeURIComponent(pathname.slice(mount.length));
      } catch {
        return notFound();
      }
      let file = resolve(join(root, rel));
      if (file !== root && !file.startsWith(root + sep)) return notFound(); // path traversal
      let info = await stat(file).catch(() => null);
      if (info?.isDirectory()) {
        if (!pathname.endsWith("/")) {
          // what static hosts do: /ohkz/en -> /ohkz/en/ (relative URLs then resolve as in production)
          res.writeHead(301, { location: pathname + "/" });
          return void res.end();
        }
        file = join(file, "index.html");
        info = await stat(file).catch(() => null);
      }
      if (!info?.isFile()) return notFound();
      if (options.gzip && COMPRESSIBLE.test(file) && /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""))) {
        const body = gzipSync(await readFile(file), { level: 6 });
        res.writeHead(200, { "content-type": contentType(file), "content-encoding": "gzip", "content-length": body.length, "cache-control": "no-store" });
        return void res.end(req.method === "HEAD" ? undefined : body);
      }
      res.writeHead(200, {
        "content-type": contentType(file),
        "content-length": info.size,
        "cache-control": "no-store",
      });
      if (req.method === "HEAD") return void res.end();
      createReadStream(file).on("error", () => res.destroy()).pipe(res);
    } catch {
      if (!res.headersSent) res.writeHead(500);
      res.end();
    }
  });
  server.keepAliveTimeout = 1_000;

  await new Promise<void>((done, fail) => {
    server.once("error", fail);
    server.listen(options.port ?? 0, "127.0.0.1", () => done());
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: origin + mount,
    origin,
    close: () =>
      new Promise<void>((done, fail) => {
        server.closeAllConnections();
        server.close((err) => (err ? fail(err) : done()));
      }),
  };
}
