/** A static JSON file for a route: pretty-printed, ending in a newline, served as UTF-8. */
export function jsonFile(body: unknown): Response {
  return new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { "Content-Type": "application/json; charset=utf-8" } });
}
