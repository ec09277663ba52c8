import "@testing-library/jest-dom/vitest";
import { configure } from "@testing-library/react";

// findBy*/waitFor give up after 1 s by default, which a busy machine outruns while React renders or a
// lazy chunk loads; 15 s stays below the app project's 30 s testTimeout so the query's error shows.
configure({ asyncUtilTimeout: 15_000 });
