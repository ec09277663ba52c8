/**
 * Absolute URL for a path relative to the v1.0 root. Absolute inputs (an @odata.nextLink) are
 * accepted only under the same root, so a bearer token is never sent to another host.
 */
export function resolveGraphUrl(baseUrl: string, path: string): string {
  if (!isAbsolute(path)) return `${baseUrl}/${path.replace(/^\/+/, "")}`;
  if (!path.startsWith(`${baseUrl}/`)) throw new Error(`Refusing to send a Graph request outside ${baseUrl}: ${path}`);
  return path;
}

/** The form $batch wants for inner requests: relative to the version root, with a leading slash. */
export function toBatchUrl(baseUrl: string, path: string): string {
  return `/${resolveGraphUrl(baseUrl, path).slice(baseUrl.length + 1)}`;
}

function isAbsolute(path: string): boolean {
  return /^https?:\/\//i.test(path);
}
