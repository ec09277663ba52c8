// Regenerates the committed app icons: `npx tsx scripts/manifest/draw-icons.ts`.
// Run it only when the design changes; the PNGs are committed so packaging needs no drawing.
import { copyFileSync, mkdirSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { drawColorIcon, drawOutlineIcon, drawRibbonIcon, RIBBON_ICON_SIZES } from "./icon-design.ts";
import { encodePng } from "./png-file.ts";

const repoRoot = fileURLToPath(new URL("../../", import.meta.url));
const colorPath = `${repoRoot}manifest/color.png`;
const outlinePath = `${repoRoot}manifest/outline.png`;
const faviconPath = `${repoRoot}public/icon-color.png`;
// Served with the build: the manifest names the Outlook ribbon icons by URL, not by a file in the zip.
const ribbonIconDir = `${repoRoot}public/outlook`;

writeFileSync(colorPath, encodePng(drawColorIcon()));
writeFileSync(outlinePath, encodePng(drawOutlineIcon()));
copyFileSync(colorPath, faviconPath);
mkdirSync(ribbonIconDir, { recursive: true });
for (const size of RIBBON_ICON_SIZES) {
  writeFileSync(`${ribbonIconDir}/icon-${size}.png`, encodePng(drawRibbonIcon(size)));
}
console.log(`Wrote ${colorPath}, ${outlinePath}, ${faviconPath} and the ribbon icons in ${ribbonIconDir}`);
