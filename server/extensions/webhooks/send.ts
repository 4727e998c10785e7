import { createHmac } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP } from 'node:net';
import { guardedLookup, isInternalAddress } from './addresses.ts';

/* One delivery attempt: a signed JSON POST, no redirects followed, cut off after a timeout. */

/** The signature header's value: HMAC-SHA256 of the exact body, hex, as GitHub sends it. */
export function signature(secret: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(body, 'utf8').digest('hex')}`;
}

export interface Attempt {
  url: string;
  body: string;
  secret: string;
  event: string;
  deliveryId: string;
}

/** What came back: the status, or why nothing did. */
export type AttemptResult = { status: number } | { error: string };

/** Sends one attempt; never throws. Only a 2xx answer counts as delivered. */
export function send(
  attempt: Attempt,
  { timeoutMs, allowInternal }: { timeoutMs: number; allowInternal: boolean },
): Promise<AttemptResult> {
  return new Promise((resolve) => {
    const url = new URL(attempt.url);
    const host = url.hostname.replace(/^\[|\]$/g, '');
    // A literal address never goes through the lookup: check it here.
    if (!allowInternal && isIP(host) && isInternalAddress(host))
      return resolve({ error: 'Refused: the URL points to an internal address' });
    const request = url.protocol === 'https:' ? httpsRequest : httpRequest;
    const req = request(
      url,
      {
        method: 'POST',
        lookup: guardedLookup(allowInternal),
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(attempt.body),
          'user-agent': 'Trailmap-Webhooks/1',
          'x-trailmap-event': attempt.event,
          'x-trailmap-delivery': attempt.deliveryId,
          'x-trailmap-signature-256': signature(attempt.secret, attempt.body),
        },
        timeout: timeoutMs,
      },
      (response) => {
        // The answer's body is not ours to keep: drain it and go.
        response.resume();
        response.on('end', () => resolve({ status: response.statusCode ?? 0 }));
        response.on('error', () => resolve({ status: response.statusCode ?? 0 }));
      },
    );
    // The socket timeout covers idleness; this one the whole attempt.
    const deadline = setTimeout(() => req.destroy(new Error('timed out')), timeoutMs);
    req.on('timeout', () => req.destroy(new Error('timed out')));
    req.on('error', (error: Error & { code?: string }) =>
      resolve({ error: error.code === 'EINTERNAL' ? `Refused: ${error.message}` : error.message }),
    );
    req.on('close', () => clearTimeout(deadline));
    req.end(attempt.body);
  });
}
