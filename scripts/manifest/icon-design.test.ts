import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { BRAND_BLUE, drawColorIcon, drawOutlineIcon, drawRibbonIcon, RIBBON_ICON_SIZES } from "./icon-design.ts";
import { encodePng, readPngSize } from "./png-file.ts";
import type { RgbaImage } from "./png-file.ts";

function readPixel(image: RgbaImage, x: number, y: number): number[] {
  const offset = (y * image.width + x) * 4;
  return [...image.pixels.subarray(offset, offset + 4)];
}

describe("app icons", () => {
  it("colour icon: brand-blue rounded square with transparent corners", () => {
    const icon = drawColorIcon();
    expect(readPixel(icon, 0, 0)[3]).toBe(0);
    expect(readPixel(icon, 12, 96)).toEqual([BRAND_BLUE.r, BRAND_BLUE.g, BRAND_BLUE.b, 255]);
  });

  it("outline icon: every visible pixel is white, the rest transparent", () => {
    const icon = drawOutlineIcon();
    const alphas: number[] = [];
    for (let offset = 0; offset < icon.pixels.length; offset += 4) {
      const alpha = icon.pixels[offset + 3] ?? 0;
      alphas.push(alpha);
      if (alpha > 0) expect([...icon.pixels.subarray(offset, offset + 3)]).toEqual([255, 255, 255]);
    }
    expect(alphas.filter((alpha) => alpha === 0).length).toBeGreaterThan(alphas.length / 2);
    expect(alphas.filter((alpha) => alpha === 255).length).toBeGreaterThan(50);
  });

  it("encodes PNGs whose header carries the size, as committed", () => {
    expect(readPngSize(encodePng(drawOutlineIcon()))).toEqual({ width: 32, height: 32 });
    const committed = (name: string): Uint8Array =>
      readFileSync(fileURLToPath(new URL(`../../${name}`, import.meta.url)));
    expect(readPngSize(committed("manifest/color.png"))).toEqual({ width: 192, height: 192 });
    expect(readPngSize(committed("manifest/outline.png"))).toEqual({ width: 32, height: 32 });
    expect(committed("public/icon-color.png")).toEqual(committed("manifest/color.png"));
  });

  it.each(RIBBON_ICON_SIZES)(
    "Outlook ribbon icon, %i px: the brand-blue mark on transparent, committed as drawn",
    (size) => {
      const icon = drawRibbonIcon(size);
      const alphas: number[] = [];
      for (let offset = 0; offset < icon.pixels.length; offset += 4) {
        const alpha = icon.pixels[offset + 3] ?? 0;
        alphas.push(alpha);
        if (alpha > 0)
          expect([...icon.pixels.subarray(offset, offset + 3)]).toEqual([BRAND_BLUE.r, BRAND_BLUE.g, BRAND_BLUE.b]);
      }
      expect(readPixel(icon, 0, 0)[3]).toBe(0);
      expect(alphas.some((alpha) => alpha === 255)).toBe(true);
      const committed = readFileSync(fileURLToPath(new URL(`../../public/outlook/icon-${size}.png`, import.meta.url)));
      expect(readPngSize(committed)).toEqual({ width: size, height: size });
      expect(committed).toEqual(Buffer.from(encodePng(icon)));
    },
  );
});
