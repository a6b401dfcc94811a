/**
 * Astro writes each page and download it builds with fs.promises.mkdir and fs.promises.writeFile, in the
 * build's main thread. Each such call hands its work to Node's thread pool and back, step by step: in a
 * profile of a 10,309-page build those calls took 8.7 s of the main thread for 17,000 files (open, write,
 * close, mkdir and the file handles between them), and 3.6 s when made with the synchronous calls. While
 * pages are generated (src/integrations/parallel-prerender.ts), the two functions write at once and
 * return a promise as before. Other calls than Astro's (a file handle, options such as an abort signal,
 * streamed data) go to Node's own.
 */
import fs from "node:fs";

type Mkdir = typeof fs.promises.mkdir;
type WriteFile = typeof fs.promises.writeFile;

/** Makes fs.promises.mkdir and fs.promises.writeFile synchronous underneath; returns the function that puts Node's back. */
export function writeFilesSynchronously(): () => void {
  const api = fs.promises;
  const nodeMkdir: Mkdir = api.mkdir;
  const nodeWriteFile: WriteFile = api.writeFile;
  const mkdir = (...args: Parameters<Mkdir>): ReturnType<Mkdir> => {
    const [path, options] = args;
    if (!isPath(path)) return nodeMkdir(...args);
    try {
      return Promise.resolve(fs.mkdirSync(path, options));
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
  };
  const writeFile = (...args: Parameters<WriteFile>): ReturnType<WriteFile> => {
    const [file, data, options] = args;
    if (!isPath(file) || !(typeof data === "string" || ArrayBuffer.isView(data)) || options !== undefined) return nodeWriteFile(...args);
    return new Promise((resolve, reject) => {
      try {
        fs.writeFileSync(file, data);
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
        return;
      }
      // Settled on the event loop's next turn, as Node's own call is: settled at once, Astro's build goes
      // from page to page in one run of promise callbacks and never takes the pages a worker thread has
      // finished (in a trial the worker sat idle for 27 s of a 52 s build).
      setImmediate(resolve);
    });
  };
  Reflect.set(api, "mkdir", mkdir);
  Reflect.set(api, "writeFile", writeFile);
  return () => {
    Reflect.set(api, "mkdir", nodeMkdir);
    Reflect.set(api, "writeFile", nodeWriteFile);
  };
}

function isPath(value: unknown): value is fs.PathLike {
  return typeof value === "string" || value instanceof URL || Buffer.isBuffer(value);
}
