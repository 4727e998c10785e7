import { lookup } from 'node:dns/promises';
import { BlockList, isIP, type LookupFunction } from 'node:net';
import { lookup as lookupCallback } from 'node:dns';

/*
 * Guards against server-side request forgery: a webhook URL must not point into the server's
 * own network (loopback, private ranges, link-local and cloud metadata, CGNAT, multicast …)
 * unless the operator allows it. Checked when a webhook is registered, and again on every
 * connection with the address actually connected to, so a name that later resolves
 * elsewhere (DNS rebinding) is refused too.
 */

const internal = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const)
  internal.addSubnet(net, prefix, 'ipv4');
for (const [net, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const)
  internal.addSubnet(net, prefix, 'ipv6');

/** Whether `address` (an IP) is loopback, private, link-local or otherwise not public. */
export function isInternalAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 4) return internal.check(address, 'ipv4');
  if (family !== 6) return true;
  // IPv4-mapped (::ffff:127.0.0.1) and IPv4-compatible forms carry an IPv4 address.
  const mapped = /^(?:::ffff:|::)(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return internal.check(mapped[1]!, 'ipv4');
  return internal.check(address, 'ipv6');
}

/** Why a URL may not be a webhook, or null if it may. */
export async function urlProblem(raw: string, allowInternal: boolean): Promise<string | null> {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return 'The URL is not valid';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    return 'The URL must start with https:// or http://';
  if (url.username || url.password) return 'The URL may not carry a user name or password';
  if (allowInternal) return null;
  const host = url.hostname.replace(/^\[|\]$/g, '');
  let addresses: string[];
  try {
    addresses = isIP(host) ? [host] : (await lookup(host, { all: true })).map((a) => a.address);
  } catch {
    return `The host name "${host}" does not resolve`;
  }
  if (addresses.some(isInternalAddress))
    return 'The URL points to a loopback, private or link-local address, which webhooks may not reach';
  return null;
}

/** A DNS lookup for outgoing requests that refuses internal addresses (unless allowed). */
export function guardedLookup(allowInternal: boolean): LookupFunction {
  return (hostname, options, callback) => {
    lookupCallback(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, '', 0);
      const list = addresses as unknown as { address: string; family: number }[];
      const usable = allowInternal ? list : list.filter((a) => !isInternalAddress(a.address));
      if (usable.length === 0) {
        const refused = Object.assign(new Error(`${hostname} resolves to an internal address`), {
          code: 'EINTERNAL',
        });
        return callback(refused, '', 0);
      }
      if (options.all) return callback(null, usable as never);
      callback(null, usable[0]!.address, usable[0]!.family);
    });
  };
}
