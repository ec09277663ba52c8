export { teamsDarkTheme } from "@fluentui/react-components";
