import { StrictMode } from "react";
import { createRoot } from "react-dom/client";

const root = document.getElementById("root");
if (!root) throw new Error("Meetloop: #root element missing from index.html");
createRoot(root).render(
  <StrictMode>
    <p>Meetloop</p>
  </StrictMode>,
);
