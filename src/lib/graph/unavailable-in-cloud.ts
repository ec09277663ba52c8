// The refusal of an operation the configured Microsoft 365 cloud does not offer
// (cloud-availability.ts says which), apart from the table itself so that recognising the error
// costs the global start-up nothing.
import type { CloudName } from "@/lib/config/cloud";
import type { OperationName } from "./scopes";

/** What a feature loses when its operations are missing: said to the user in words of the feature. */
export type CloudFeatureArea = "planner" | "onlineMeetings";

/**
 * An operation the configured cloud does not offer, refused before any request: what the user
 * loses is `area`, everything else keeps working.
 */
export class UnavailableInCloudError extends Error {
  override readonly name = "UnavailableInCloudError";
  readonly kind = "unavailableInCloud";
  readonly cloud: CloudName;
  readonly operation: OperationName;
  readonly area: CloudFeatureArea;

  constructor(cloud: CloudName, operation: OperationName, area: CloudFeatureArea, doc: string) {
    super(`${operation} is not available in the ${cloud} cloud (${doc})`);
    this.cloud = cloud;
    this.operation = operation;
    this.area = area;
  }
}

export function isUnavailableInCloud(error: unknown): error is UnavailableInCloudError {
  return error instanceof UnavailableInCloudError;
}

/** The UnavailableInCloudError in an error or its causes (features wrap what they explain). */
export function findUnavailableInCloud(error: unknown, depth = 0): UnavailableInCloudError | undefined {
  if (error instanceof UnavailableInCloudError) return error;
  if (depth < 4 && error instanceof Error && error.cause !== undefined)
    return findUnavailableInCloud(error.cause, depth + 1);
  return undefined;
}
