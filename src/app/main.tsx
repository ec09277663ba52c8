import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { guessThemeName } from "../lib/ui/themes";
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
void import("./boot").then(({ boot }) => boot(root, theme));
