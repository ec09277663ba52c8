// Flattens the start-up's JavaScript into one level. main.tsx paints the shell, then imports the
// rest (boot), which imports teams-js' host port and MSAL when it learns it is in Teams: each
// dynamic import would otherwise be fetched only once the chunk before it has run, one network
// wait after another. This plugin writes a <link rel="modulepreload"> into index.html for every
// chunk those start-up modules need (the chunk and its static imports, from the bundle), so the
// browser fetches them all beside main's own chunk and each import() finds its module already
// loaded (https://html.spec.whatwg.org/multipage/links.html#link-type-modulepreload). The chunks
// still run only when imported: the first paint does not wait for them.
// Runs in Node beside Vite; never in the client bundle.
import type { HtmlTagDescriptor, Plugin } from "vite";

interface BundleChunk {
  type: "chunk";
  fileName: string;
  facadeModuleId: string | null;
  imports: string[];
  isEntry: boolean;
}

/** `modules`: the start path's dynamically imported modules, as paths from the project root. */
export function preloadStartPath(modules: readonly string[]): Plugin {
  let base = "/";
  return {
    name: "meetloop:preload-start-path",
    apply: "build",
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: "post",
      handler(_html, context): HtmlTagDescriptor[] {
        if (!context.bundle || !context.chunk || !context.filename.endsWith("/index.html")) return [];
        const chunks = Object.values(context.bundle).filter(
          (output): output is BundleChunk & typeof output => output.type === "chunk",
        );
        const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
        const alreadyLoaded = new Set([context.chunk.fileName, ...context.chunk.imports]);
        const wanted = new Set<string>();
        const visit = (file: string): void => {
          if (wanted.has(file) || alreadyLoaded.has(file)) return;
          wanted.add(file);
          for (const imported of byFile.get(file)?.imports ?? []) visit(imported);
        };
        for (const module of modules) {
          const chunk = chunks.find((candidate) => candidate.facadeModuleId?.endsWith(`/${module}`));
          if (!chunk) throw new Error(`preloadStartPath: no chunk has ${module} as its own module`);
          visit(chunk.fileName);
        }
        return [...wanted].map((file) => ({
          tag: "link",
          attrs: { rel: "modulepreload", crossorigin: true, href: `${base}${file}` },
          injectTo: "head",
        }));
      },
    },
  };
}
