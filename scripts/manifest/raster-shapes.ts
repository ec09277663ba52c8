// Tiny vector rasteriser for the app icons: shapes are inside-tests in design units,
// anti-aliased by supersampling each pixel.

export interface Point {
  x: number;
  y: number;
}

export type Shape = (point: Point) => boolean;

export function createRoundedSquare(size: number, radius: number): Shape {
  return ({ x, y }) => {
    if (x < 0 || y < 0 || x > size || y > size) return false;
    const cx = Math.min(Math.max(x, radius), size - radius);
    const cy = Math.min(Math.max(y, radius), size - radius);
    return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
  };
}

export function createDisc(center: Point, radius: number): Shape {
  return ({ x, y }) => (x - center.x) ** 2 + (y - center.y) ** 2 <= radius ** 2;
}

/** A thick line segment with round ends. */
export function createCapsule(from: Point, to: Point, width: number): Shape {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const lengthSquared = dx * dx + dy * dy;
  return ({ x, y }) => {
    const t = Math.min(1, Math.max(0, ((x - from.x) * dx + (y - from.y) * dy) / lengthSquared));
    const px = from.x + t * dx - x;
    const py = from.y + t * dy - y;
    return px * px + py * py <= (width / 2) ** 2;
  };
}

/**
 * A stroked circular arc from `fromDeg` clockwise to `toDeg` (screen angles: y grows
 * downwards, 0° points right), with a round cap at its start.
 */
export function createArc(center: Point, radius: number, width: number, fromDeg: number, toDeg: number): Shape {
  const sweep = (((toDeg - fromDeg) % 360) + 360) % 360;
  const start = (fromDeg * Math.PI) / 180;
  const startCap = createDisc(
    { x: center.x + radius * Math.cos(start), y: center.y + radius * Math.sin(start) },
    width / 2,
  );
  return (point) => {
    const dx = point.x - center.x;
    const dy = point.y - center.y;
    const distance = Math.hypot(dx, dy);
    if (Math.abs(distance - radius) <= width / 2) {
      const angle = (Math.atan2(dy, dx) * 180) / Math.PI;
      if ((((angle - fromDeg) % 360) + 360) % 360 <= sweep) return true;
    }
    return startCap(point);
  };
}

export function createTriangle(a: Point, b: Point, c: Point): Shape {
  const side = (p: Point, q: Point, r: Point): number => (q.x - p.x) * (r.y - p.y) - (q.y - p.y) * (r.x - p.x);
  return (point) => {
    const d1 = side(a, b, point);
    const d2 = side(b, c, point);
    const d3 = side(c, a, point);
    const hasNegative = d1 < 0 || d2 < 0 || d3 < 0;
    const hasPositive = d1 > 0 || d2 > 0 || d3 > 0;
    return !(hasNegative && hasPositive);
  };
}

export function combineShapes(...shapes: Shape[]): Shape {
  return (point) => shapes.some((shape) => shape(point));
}

export function transformShape(shape: Shape, scale: number, origin: Point): Shape {
  return ({ x, y }) => shape({ x: origin.x + (x - origin.x) / scale, y: origin.y + (y - origin.y) / scale });
}

/** Fraction (0–1) of pixel (px, py) covered by `shape`, with `unitsPerPixel` design units per pixel. */
export function measureCoverage(shape: Shape, px: number, py: number, unitsPerPixel: number, samples = 4): number {
  let inside = 0;
  for (let sy = 0; sy < samples; sy += 1) {
    for (let sx = 0; sx < samples; sx += 1) {
      const x = (px + (sx + 0.5) / samples) * unitsPerPixel;
      const y = (py + (sy + 0.5) / samples) * unitsPerPixel;
      if (shape({ x, y })) inside += 1;
    }
  }
  return inside / (samples * samples);
}
