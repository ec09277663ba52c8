/** Finds a header regardless of the case the caller wrote it in. */
export function findHeader(headers: Record<string, string>, name: string): string | undefined {
  const wanted = name.toLowerCase();
  return Object.entries(headers).find(([key]) => key.toLowerCase() === wanted)?.[1];
}

/** Sets a header, replacing any spelling of the same name. */
export function withHeader(headers: Record<string, string>, name: string, value: string): Record<string, string> {
  const wanted = name.toLowerCase();
  return {
    ...Object.fromEntries(Object.entries(headers).filter(([key]) => key.toLowerCase() !== wanted)),
    [name]: value,
  };
}

export function toHeaderRecord(headers: Headers): Record<string, string> {
  return Object.fromEntries(headers.entries());
}

/** Keys of Graph's inner batch headers come in any case; normalize like fetch's Headers do. */
export function lowerCaseKeys(headers: Record<string, string> | undefined): Record<string, string> {
  return Object.fromEntries(Object.entries(headers ?? {}).map(([key, value]) => [key.toLowerCase(), value]));
}
