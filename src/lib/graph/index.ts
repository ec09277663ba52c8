export { createGraphClient } from "./graph-client";
export type { GraphClient, GraphClientOptions } from "./graph-client";
export type { BatchRequest, BatchResponse, GraphResult, HttpMethod, RequestOptions } from "./types";
export { GraphRequestError, toAppError } from "./errors";
export type { AppError, AppErrorKind } from "./errors";
export { adminConsentScopes, allScopes, operationScopes, scopesFor, signInScopes } from "./scopes";
export type { OperationName } from "./scopes";
export { maxBatchSize } from "./batch-chunks";
export type { Sleep } from "./sleep";
export { readBatchBody } from "./batch-result";
export { quoteODataString } from "./odata-string";
export {
  UnavailableInCloudError,
  cloudAvailability,
  findUnavailableInCloud,
  isAvailableIn,
  isUnavailableInCloud,
  listUnavailableOperations,
} from "./cloud-availability";
export type { CloudAvailability, CloudFeatureArea } from "./cloud-availability";
