// JavaScript chunk levels from Chromium's initiator chain (CDP Network.requestWillBeSent): a chunk's
// level is one more than the deepest level among the document or scripts that asked for it — every
// script on the initiator's call stack had to be loaded before the request could start (a dynamic
// import goes through Vite's preload helper in the entry chunk, so the helper's frame alone would
// understate it). The deepest level is how many script downloads the page waited for one after another.

/** The part of CDP's Network.Initiator we read. */
export interface Initiator {
  type: string;
  url?: string;
  stack?: CallStack;
}

interface CallStack {
  callFrames: { url: string }[];
  parent?: CallStack;
}

export interface InitiatedRequest {
  url: string;
  initiator: Initiator;
}

/** Every document or script on the initiator's call stack, the initiator's own URL first. */
export function findInitiatorUrls(initiator: Initiator): string[] {
  const urls = initiator.url ? [initiator.url] : [];
  for (let stack = initiator.stack; stack; stack = stack.parent) {
    for (const frame of stack.callFrames) if (frame.url !== "") urls.push(frame.url);
  }
  return [...new Set(urls)];
}

/**
 * Levels of the scripts in `scripts` (URLs), counted from the document (level 0). A script whose
 * initiator is unknown is taken to hang off the document.
 */
export function findScriptLevels(
  documentUrl: string,
  requests: readonly InitiatedRequest[],
  scripts: readonly string[],
): Map<string, number> {
  const initiatorsOf = new Map<string, string[]>();
  for (const request of requests) {
    if (!initiatorsOf.has(request.url)) initiatorsOf.set(request.url, findInitiatorUrls(request.initiator));
  }
  const levels = new Map<string, number>([[documentUrl, 0]]);
  const levelOf = (url: string, seen: ReadonlySet<string>): number => {
    const known = levels.get(url);
    if (known !== undefined) return known;
    const parents = (initiatorsOf.get(url) ?? []).filter((parent) => !seen.has(parent) && parent !== url);
    const next = new Set([...seen, url]);
    const level = parents.length === 0 ? 1 : Math.max(...parents.map((parent) => levelOf(parent, next))) + 1;
    levels.set(url, level);
    return level;
  };
  return new Map(scripts.map((url) => [url, levelOf(url, new Set())]));
}
