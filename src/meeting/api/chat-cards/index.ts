export { deriveCardMarker } from "./card-marker";
export { clockSkewMs, listPostedCards } from "./posted-cards";
export type { PostedCard } from "./posted-cards";
export { postCardOnce } from "./post-card-once";
export type { CardCopy, CardPostOutcome, PostCardOnceInput } from "./post-card-once";
