// Test helper: opens a .docx the way a reader would — unzip, read word/document.xml — and returns
// its paragraphs' text and its tables as rows of cell texts. Proves the bytes are a real document.
import JSZip from "jszip";

export interface DocxContent {
  xml: string;
  paragraphs: string[];
  /** tables[t][row][cell] */
  tables: string[][][];
  files: string[];
}

const ENTITIES: Record<string, string> = { "&lt;": "<", "&gt;": ">", "&amp;": "&", "&quot;": '"', "&apos;": "'" };

function paragraphText(xml: string): string {
  const parts = [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:t\/>|<w:br\/>/g)].map((m) =>
    m[0] === "<w:br/>" ? "\n" : (m[1] ?? ""),
  );
  return parts.join("").replace(/&(lt|gt|amp|quot|apos);/g, (entity) => ENTITIES[entity] ?? entity);
}

function paragraphsOf(xml: string): string[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => paragraphText(m[0]));
}

export async function readDocx(bytes: Uint8Array): Promise<DocxContent> {
  const zip = await JSZip.loadAsync(bytes);
  const entry = zip.file("word/document.xml");
  if (!entry) throw new Error("word/document.xml is missing: not a Word document");
  const xml = await entry.async("string");
  const tables = [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((table) =>
    [...table[0].matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((row) =>
      [...row[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((cell) => paragraphsOf(cell[0]).join("\n")),
    ),
  );
  return { xml, paragraphs: paragraphsOf(xml), tables, files: Object.keys(zip.files) };
}
