// An https address in front of a local app server, for the Teams test host: Teams loads tabs over
// https only (https://learn.microsoft.com/microsoftteams/platform/tabs/how-to/tab-requirements), and
// the app builds its Teams deep links from its own https origin. TLS is terminated here with a
// throwaway self-signed certificate (made by openssl for 127.0.0.1, one day) and the bytes are piped
// to the plain-http server unchanged, so the server's own responses — compression included — reach
// the browser as they are. Browser contexts using it set ignoreHTTPSErrors; tests keep talking
// to the emulator's control endpoints over the server's plain-http address.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { connect } from "node:net";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createServer } from "node:tls";

export interface HttpsFront {
  url: string;
  close(): Promise<void>;
}

function makeCertificate(): { key: Buffer; cert: Buffer } {
  const dir = mkdtempSync(join(tmpdir(), "meetloop-https-"));
  try {
    execFileSync(
      "openssl",
      [
        "req",
        "-x509",
        "-newkey",
        "rsa:2048",
        "-nodes",
        "-days",
        "1",
        "-subj",
        "/CN=127.0.0.1",
        "-addext",
        "subjectAltName=IP:127.0.0.1",
        "-keyout",
        join(dir, "key.pem"),
        "-out",
        join(dir, "cert.pem"),
      ],
      { stdio: "ignore" },
    );
    return { key: readFileSync(join(dir, "key.pem")), cert: readFileSync(join(dir, "cert.pem")) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function startHttpsFront(httpUrl: string): Promise<HttpsFront> {
  const target = new URL(httpUrl);
  const open = new Set<{ destroy(): void }>();
  const server = createServer({ ...makeCertificate(), ALPNProtocols: ["http/1.1"] }, (socket) => {
    const upstream = connect(Number(target.port), target.hostname);
    open.add(socket);
    socket.on("close", () => open.delete(socket));
    socket.pipe(upstream).pipe(socket);
    const end = () => {
      socket.destroy();
      upstream.destroy();
    };
    socket.on("error", end);
    upstream.on("error", end);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `https://127.0.0.1:${String(port)}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        for (const socket of open) socket.destroy();
        server.close((error) => {
          if (error) reject(error);
          else resolve();
        });
      }),
  };
}
