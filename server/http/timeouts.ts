import type { ServerOptions } from 'node:http';
import type { ResolvedConfig } from '../config.ts';

/*
 * Node keeps a client that trickles its headers (slowloris) for 60 s, and one that trickles a
 * body for 300 s; it only looks every 30 s. These bound both by the configured times and look
 * often enough that a slow client is cut off close to its deadline (with a 408).
 */

/** The Node HTTP server options that cut off slow clients. */
export function httpTimeouts(
  config: Pick<ResolvedConfig, 'headersTimeoutMs' | 'requestTimeoutMs'>,
): ServerOptions {
  const { headersTimeoutMs, requestTimeoutMs } = config;
  return {
    headersTimeout: headersTimeoutMs,
    requestTimeout: requestTimeoutMs,
    // Checking costs a walk over the open connections: often enough, no more.
    connectionsCheckingInterval: Math.max(50, Math.min(1000, Math.floor(headersTimeoutMs / 4))),
  };
}
