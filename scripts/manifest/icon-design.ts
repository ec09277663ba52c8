// Meetloop's mark: a clockwise loop (the recurring series) ending in an arrowhead,
// around a check mark (each occurrence closed). Drawn in a 192-unit design space.
import {
  combineShapes,
  createArc,
  createCapsule,
  createRoundedSquare,
  createTriangle,
  measureCoverage,
  transformShape,
} from "./raster-shapes.ts";
import type { Point, Shape } from "./raster-shapes.ts";
import type { RgbaImage } from "./png-file.ts";

const DESIGN_SIZE = 192;
// Centre of the loop, a little below the canvas centre so that the loop plus the
// arrowhead that sticks out above it sit optically centred.
const CENTER: Point = { x: 96, y: 101 };
/** Fluent 2 brand blue (brand 80), also the manifest's accentColor. */
export const BRAND_BLUE = { r: 0x0f, g: 0x6c, b: 0xbd };

// Stroke width in design units: 15 px at 192, 2.5 px at 32 — thick enough to stay
// crisp in the 32 px outline without looking heavy in the colour icon.
const STROKE = 15;
const LOOP_RADIUS = 54;
const LOOP_FROM_DEG = -30;
const LOOP_TO_DEG = 252;

function offset(dx: number, dy: number): Point {
  return { x: CENTER.x + dx, y: CENTER.y + dy };
}

function createArrowhead(): Shape {
  const angle = (LOOP_TO_DEG * Math.PI) / 180;
  const radial = { x: Math.cos(angle), y: Math.sin(angle) };
  // Clockwise travel direction on screen (y down).
  const tangent = { x: -Math.sin(angle), y: Math.cos(angle) };
  const end = { x: CENTER.x + LOOP_RADIUS * radial.x, y: CENTER.y + LOOP_RADIUS * radial.y };
  const halfBase = STROKE * 1.45;
  const length = STROKE * 1.7;
  return createTriangle(
    { x: end.x + tangent.x * length, y: end.y + tangent.y * length },
    { x: end.x + radial.x * halfBase - tangent.x * 2, y: end.y + radial.y * halfBase - tangent.y * 2 },
    { x: end.x - radial.x * halfBase - tangent.x * 2, y: end.y - radial.y * halfBase - tangent.y * 2 },
  );
}

function createMark(): Shape {
  const check = combineShapes(
    createCapsule(offset(-24, 2), offset(-8, 18), STROKE),
    createCapsule(offset(-8, 18), offset(25, -16), STROKE),
  );
  return combineShapes(createArc(CENTER, LOOP_RADIUS, STROKE, LOOP_FROM_DEG, LOOP_TO_DEG), createArrowhead(), check);
}

function rasterize(
  size: number,
  paint: (coverage: (shape: Shape) => number) => [number, number, number, number],
): RgbaImage {
  const pixels = new Uint8Array(size * size * 4);
  const unitsPerPixel = DESIGN_SIZE / size;
  for (let py = 0; py < size; py += 1) {
    for (let px = 0; px < size; px += 1) {
      const rgba = paint((shape) => measureCoverage(shape, px, py, unitsPerPixel));
      pixels.set(
        rgba.map((channel) => Math.round(channel)),
        (py * size + px) * 4,
      );
    }
  }
  return { width: size, height: size, pixels };
}

/** 192×192: white mark on a brand-blue rounded square, transparent outside the corners. */
export function drawColorIcon(size = 192): RgbaImage {
  const background = createRoundedSquare(DESIGN_SIZE, 36);
  const mark = createMark();
  return rasterize(size, (coverage) => {
    const white = coverage(mark);
    const mix = (channel: number): number => channel + (255 - channel) * white;
    return [mix(BRAND_BLUE.r), mix(BRAND_BLUE.g), mix(BRAND_BLUE.b), 255 * coverage(background)];
  });
}

/** 32×32: the mark alone, pure white on transparent, as Teams requires for outline icons. */
export function drawOutlineIcon(size = 32): RgbaImage {
  // Enlarged so the mark fills the small canvas, keeping ~2 px of padding.
  const mark = transformShape(createMark(), 1.2, { x: 96, y: 96 });
  return rasterize(size, (coverage) => [255, 255, 255, 255 * coverage(mark)]);
}

/**
 * Sizes of the Outlook ribbon button's icons. The unified manifest requires 16, 32 and 80 px
 * (https://learn.microsoft.com/microsoft-365/extensibility/schema/extension-common-icon).
 */
export const RIBBON_ICON_SIZES = [16, 32, 80] as const;

/** The Outlook ribbon button: the mark in brand blue on transparent, like Office's own command icons. */
export function drawRibbonIcon(size: number): RgbaImage {
  const mark = transformShape(createMark(), 1.2, { x: 96, y: 96 });
  return rasterize(size, (coverage) => [BRAND_BLUE.r, BRAND_BLUE.g, BRAND_BLUE.b, 255 * coverage(mark)]);
}
