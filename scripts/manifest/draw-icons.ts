// Regenerates the committed app icons: `npx tsx scripts/manifest/draw-icons.ts`.
// Run it only when the design changes; the PNGs are committed so packaging needs no drawing.
import { copyFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { drawColorIcon, drawOutlineIcon } from "./icon-design.ts";
import { encodePng } from "./png-file.ts";

const repoRoot = fileURLToPath(new URL("../../", import.meta.url));
const colorPath = `${repoRoot}manifest/color.png`;
const outlinePath = `${repoRoot}manifest/outline.png`;
const faviconPath = `${repoRoot}public/icon-color.png`;

writeFileSync(colorPath, encodePng(drawColorIcon()));
writeFileSync(outlinePath, encodePng(drawOutlineIcon()));
copyFileSync(colorPath, faviconPath);
console.log(`Wrote ${colorPath}, ${outlinePath} and ${faviconPath}`);
