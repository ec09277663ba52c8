const digits = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"] as const;
const units = ["", "十", "百", "千"] as const;

/**
 * Writes a counting number the way Chinese prose does (1 → 一, 12 → 十二, 105 → 一百零五), so an
 * item reads as "问题二" or "第三条" rather than a spreadsheet's "第 2 行". Anything that is not a
 * whole number from 1 to 9999 is returned as written.
 */
export function formatChineseNumeral(value: unknown): string {
  if (typeof value !== "number" || !Number.isInteger(value) || value < 1 || value > 9999) return String(value);
  const places = String(value).split("").map(Number).reverse();
  let text = "";
  let pendingZero = false;
  for (let place = places.length - 1; place >= 0; place -= 1) {
    const digit = places[place] ?? 0;
    if (digit === 0) {
      pendingZero = text !== "";
      continue;
    }
    if (pendingZero) text += digits[0];
    pendingZero = false;
    text += `${digits[digit]}${units[place]}`;
  }
  // 10–19 are said 十, 十一 … not 一十, 一十一.
  return text.startsWith("一十") ? text.slice(1) : text;
}
