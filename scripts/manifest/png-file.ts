// Minimal PNG writer and header reader on node:zlib, so icons can be generated and
// checked without an image library. Only 8-bit RGBA, no interlace: all Teams needs.
import { crc32, deflateSync } from "node:zlib";

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

export interface RgbaImage {
  width: number;
  height: number;
  /** width × height × 4 bytes, row-major, straight (not premultiplied) alpha. */
  pixels: Uint8Array;
}

function createChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, "latin1"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

export function encodePng(image: RgbaImage): Buffer {
  const { width, height, pixels } = image;
  if (pixels.length !== width * height * 4) throw new Error("Pixel buffer does not match the image size.");
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.writeUInt8(8, 8); // bit depth
  header.writeUInt8(6, 9); // colour type: RGBA
  // bytes 10–12 stay 0: deflate compression, adaptive filtering, no interlace
  const rowLength = width * 4;
  const scanlines = Buffer.alloc((rowLength + 1) * height);
  for (let y = 0; y < height; y += 1) {
    // Each row starts with filter type 0 (None): the icons are tiny, size is irrelevant.
    scanlines.set(pixels.subarray(y * rowLength, (y + 1) * rowLength), y * (rowLength + 1) + 1);
  }
  return Buffer.concat([
    SIGNATURE,
    createChunk("IHDR", header),
    createChunk("IDAT", deflateSync(scanlines, { level: 9 })),
    createChunk("IEND", Buffer.alloc(0)),
  ]);
}

/** Width and height from the IHDR chunk, which the PNG format requires to come first. */
export function readPngSize(png: Uint8Array): { width: number; height: number } {
  const bytes = Buffer.from(png.buffer, png.byteOffset, png.byteLength);
  if (bytes.length < 24 || !bytes.subarray(0, 8).equals(SIGNATURE) || bytes.toString("latin1", 12, 16) !== "IHDR") {
    throw new Error("Not a PNG file.");
  }
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}
