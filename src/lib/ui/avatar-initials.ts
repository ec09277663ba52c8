const cjk = /[\u3400-\u9fff\uf900-\ufaff]/;

/**
 * Fluent's Avatar finds no initials in a Chinese name and falls back to an icon; Chinese apps show
 * the given name instead (the last two characters: 王建国 → 建国).
 */
export function getAvatarInitials(name: string): string | undefined {
  const trimmed = name.trim();
  if (!cjk.test(trimmed)) return undefined;
  const segments = new Intl.Segmenter("zh", { granularity: "grapheme" }).segment(trimmed.replace(/\s+/g, ""));
  const chars = Array.from(segments, (s) => s.segment);
  return chars.length <= 2 ? chars.join("") : chars.slice(-2).join("");
}
