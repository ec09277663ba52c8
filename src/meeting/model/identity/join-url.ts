// The meeting chat and the calendar event share only the online meeting's join link (event ids
// differ per mailbox), and Teams and Outlook may encode that link differently: compare decoded.

/** The join link decoded (up to three times, as links are sometimes encoded twice) and lower-cased. */
export function normalizeJoinUrl(url: string): string {
  return decodeJoinUrl(url).toLowerCase();
}

/** The join link decoded (up to three times), its case kept. */
export function decodeJoinUrl(url: string): string {
  let decoded = url.trim();
  for (let i = 0; i < 3 && decoded.includes("%"); i += 1) {
    const next = decodeOnce(decoded);
    if (next === decoded) break;
    decoded = next;
  }
  return decoded;
}

export function isSameJoinUrl(a: string | undefined, b: string | undefined): boolean {
  return a !== undefined && b !== undefined && normalizeJoinUrl(a) === normalizeJoinUrl(b);
}

function decodeOnce(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch (error) {
    // A stray "%" that is not an escape: compare the text as it is.
    if (error instanceof URIError) return text;
    throw error;
  }
}
