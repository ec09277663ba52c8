// Puts the hosted build's security headers (security-headers.ts) on every server Vite runs, so the
// app is developed, previewed and tested under the policy it ships with:
// - `vite build` writes dist/staticwebapp.config.json (static-web-app-config.ts);
// - `vite preview` sends that file's globalHeaders, as Azure Static Web Apps would;
// - `vite` (dev) sends the same policy plus a nonce for the inline scripts Vite writes into
//   index.html (React Refresh's preamble), which Vite's html.cspNonce stamps on them.
// Runs in Node beside Vite; never in the client bundle.
import { randomBytes } from "node:crypto";
import { resolve } from "node:path";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Plugin } from "vite";
import type { ConfiguredEndpoints } from "@/lib/config/read-config";
import { buildSecurityHeaders } from "./security-headers.ts";
import {
  buildStaticWebAppConfig,
  readGlobalHeaders,
  serializeStaticWebAppConfig,
  staticWebAppConfigFile,
} from "./static-web-app-config.ts";

type Next = (error?: unknown) => void;

function sendHeaders(headers: Record<string, string>) {
  return (_req: IncomingMessage, res: ServerResponse, next: Next): void => {
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
    next();
  };
}

export function securityHeaders(endpoints: ConfiguredEndpoints): Plugin {
  const options = { graphBaseUrl: endpoints.graphBaseUrl, authority: endpoints.aadAuthority, cloud: endpoints.cloud };
  // A new nonce per dev server start: it only ever guards the local dev page.
  const devNonce = randomBytes(16).toString("base64url");
  let outDir = "";
  return {
    name: "meetloop-security-headers",
    config(_config, env) {
      return env.command === "serve" && env.isPreview !== true ? { html: { cspNonce: devNonce } } : null;
    },
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    configureServer(server) {
      server.middlewares.use(sendHeaders(buildSecurityHeaders({ ...options, devServer: { nonce: devNonce } })));
    },
    configurePreviewServer(server) {
      server.middlewares.use(sendHeaders(readGlobalHeaders(outDir)));
    },
    generateBundle() {
      this.emitFile({
        type: "asset",
        fileName: staticWebAppConfigFile,
        source: serializeStaticWebAppConfig(buildStaticWebAppConfig(buildSecurityHeaders(options))),
      });
    },
  };
}
