/**
 * A worker thread that renders pages from Astro's prerender bundle, the same module Astro's own prerenderer
 * imports, so the build's second CPU renders pages too (src/integrations/parallel-prerender.ts).
 * It runs under Node's type stripping, outside Vite: node: imports and erasable TypeScript only.
 */
import { parentPort, workerData } from "node:worker_threads";
import type { RouteData } from "astro";
import type { PageStyle, RenderRequest, WorkerMessage, WorkerSetup } from "./prerender-protocol.ts";

/** The parts of Astro's BuildApp (astro/dist/core/build/app.js) this worker uses. */
interface BuildApp {
  manifest: { routes: { routeData: RouteData }[]; entryModules: Record<string, string> };
  logger: { options: { destination: unknown } };
  setInternals(internals: { pagesByKeys: Map<string, { styles: PageStyle[] }>; entrySpecifierToBundleMap: Map<string, string> }): void;
  setOptions(options: { settings: { scripts: WorkerSetup["scripts"] }; logger: { options: { destination: unknown } } }): void;
  render(request: Request, options: { routeData: RouteData }): Promise<Response>;
}

function isBuildApp(value: unknown): value is BuildApp {
  return typeof value === "object" && value !== null && "render" in value && "setInternals" in value && "setOptions" in value && "manifest" in value;
}

function send(message: WorkerMessage, transfer: ArrayBuffer[] = []): void {
  parentPort?.postMessage(message, transfer);
}

async function start(setup: WorkerSetup): Promise<BuildApp> {
  const entry: unknown = await import(setup.entryUrl);
  const app = typeof entry === "object" && entry !== null && "app" in entry ? entry.app : undefined;
  if (!isBuildApp(app)) throw new Error(`${setup.entryUrl} exports no Astro build app`);
  // What Astro's build environment reads while rendering: each page's styles and the injected scripts.
  app.setInternals({
    pagesByKeys: new Map(setup.pageStyles.map(([key, styles]) => [key, { styles }])),
    entrySpecifierToBundleMap: new Map(Object.entries(app.manifest.entryModules)),
  });
  app.setOptions({ settings: { scripts: setup.scripts }, logger: { options: { destination: app.logger.options.destination } } });
  return app;
}

async function render(app: BuildApp, routes: Map<string, RouteData>, request: RenderRequest): Promise<void> {
  try {
    const routeData = routes.get(`${request.route}\n${request.component}`);
    if (!routeData) throw new Error(`the prerender bundle has no route ${request.route} (${request.component})`);
    const response = await app.render(new Request(request.url), { routeData });
    const body = response.body === null ? null : await response.arrayBuffer();
    send(
      { kind: "rendered", id: request.id, status: response.status, statusText: response.statusText, headers: [...response.headers], body },
      body ? [body] : [],
    );
  } catch (error) {
    send({ kind: "error", id: request.id, message: error instanceof Error ? error.message : String(error), stack: error instanceof Error ? error.stack : undefined });
  }
}

const setup = workerData as WorkerSetup;
start(setup).then(
  (app) => {
    const routes = new Map(app.manifest.routes.map(({ routeData }) => [`${routeData.route}\n${routeData.component}`, routeData]));
    parentPort?.on("message", (request: RenderRequest) => void render(app, routes, request));
    send({ kind: "ready" });
  },
  (error: unknown) => send({ kind: "failed", message: error instanceof Error ? error.message : String(error), stack: error instanceof Error ? error.stack : undefined }),
);
