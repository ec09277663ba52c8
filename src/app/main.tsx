import "./schemas-without-eval";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { guessThemeName } from "@/lib/ui/themes";
import { Shell } from "./shell";

const container = document.getElementById("root");
if (!container) throw new Error("Meetloop: #root element missing from index.html");
const root = createRoot(container);
const theme = guessThemeName(location.search, matchMedia("(prefers-color-scheme: dark)").matches);

root.render(
  <StrictMode>
    <Shell theme={theme} />
  </StrictMode>,
);

// Everything past the shell (host SDK, sign-in, Graph, the surfaces) loads after the first paint.
import("./boot")
  .then(({ boot }) => boot(root, theme))
  .catch((error: unknown) => {
    // Start-up itself failed (e.g. a chunk gone after a redeploy, or the host not answering):
    // i18n may not exist yet, so the message is in both languages.
    console.error("Meetloop could not start", error);
    root.render(
      <StrictMode>
        <Shell theme={theme}>
          <p role="alert" style={{ padding: "16px" }}>
            例会通无法启动，请刷新重试。· Meetloop could not start. Reload to try again.
          </p>
        </Shell>
      </StrictMode>,
    );
  });
