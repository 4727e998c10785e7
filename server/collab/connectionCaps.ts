/*
 * Caps on open connections per share link and per client address, so that one link or one
 * machine cannot exhaust the server. A cap of 0 means none.
 */

export interface Caps {
  perLink: number;
  perAddress: number;
}

/** Why a connection was refused by a cap, or null if it may open. */
export type CapRefusal = string | null;

export class ConnectionCaps {
  private readonly open = new Map<string, number>();

  constructor(private readonly caps: Caps) {}

  /**
   * Counts a connection of `linkId` (null: the workspace key) from `address` if both are
   * under their caps; returns the release function, or the reason it may not open.
   */
  take(linkId: string | null, address: string): { release: () => void } | { refused: string } {
    const keys: [string, number, string][] = [
      [`address:${address}`, this.caps.perAddress, 'from this address'],
    ];
    if (linkId) keys.push([`link:${linkId}`, this.caps.perLink, 'on this link']);
    for (const [key, cap, where] of keys) {
      if (cap > 0 && (this.open.get(key) ?? 0) >= cap)
        return { refused: `Too many open connections ${where} (${cap}); close some tabs` };
    }
    for (const [key] of keys) this.open.set(key, (this.open.get(key) ?? 0) + 1);
    let released = false;
    return {
      release: () => {
        if (released) return;
        released = true;
        for (const [key] of keys) {
          const left = (this.open.get(key) ?? 1) - 1;
          if (left > 0) this.open.set(key, left);
          else this.open.delete(key);
        }
      },
    };
  }
}
