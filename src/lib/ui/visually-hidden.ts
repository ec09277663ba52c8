import type { GriffelStyle } from "@fluentui/react-components";

/**
 * Kept in the accessibility tree but not drawn: for a heading or a table header that sighted users
 * read from the layout around it. The usual clipped one-pixel box.
 */
export const visuallyHidden: GriffelStyle = {
  position: "absolute",
  width: "1px",
  height: "1px",
  margin: "-1px",
  padding: 0,
  overflow: "hidden",
  clipPath: "inset(50%)",
  whiteSpace: "nowrap",
  border: 0,
};
