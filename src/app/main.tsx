import "./schemas-without-eval";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { guessThemeName, loadTheme } from "@/lib/ui/themes";
import { Shell } from "./shell";

const container = document.getElementById("root");
if (!container) throw new Error("Meetloop: #root element missing from index.html");
const root = createRoot(container);
const theme = guessThemeName(location.search, matchMedia("(prefers-color-scheme: dark)").matches);

// Everything past the shell (host SDK, sign-in, Graph, the surfaces) runs after the first paint.
const bootModule = import("./boot");

// A dark or high-contrast first paint waits for its theme's chunk rather than flashing light.
const shellShown = loadTheme(theme)
  .catch((error: unknown) => {
    console.error("Meetloop: the theme could not be loaded", error);
  })
  .then(() => {
    root.render(
      <StrictMode>
        <Shell theme={theme} />
      </StrictMode>,
    );
  });

// The shell is drawn first, so nothing boot draws is drawn over by it.
Promise.all([bootModule, shellShown])
  .then(([{ boot }]) => boot(root, theme))
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
