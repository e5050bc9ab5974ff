/** The largest POST /v1/check body the server reads by default (--max-body-bytes); a module of its own so the CLI can show it without loading the server. */
export const DEFAULT_MAX_BODY_BYTES = 10 * 1024 * 1024;
