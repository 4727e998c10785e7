import * as Y from 'yjs';

/*
 * Which edit arrived where, and when. An edit is identified by its writer's Yjs client id and
 * the clock range its transaction used; an arriving update names the clock ranges it carries
 * (Y.parseUpdateMeta), so arrivals are matched exactly whatever the edit was, and an update that
 * carries several edits (after a delay) credits each of them.
 */

interface Edit {
  startClock: number;
  sentAt: number;
  /** One flag per receiver: arrivals are counted once even if a server sent them twice. */
  seen: Uint8Array;
  seenCount: number;
}

interface Range {
  client: number;
  from: number;
  to: number;
}

export class Deliveries {
  private readonly edits = new Map<number, Edit[]>();
  readonly latencies: number[] = [];
  private editCount = 0;
  // Every receiver gets the same bytes for an edit: parse each distinct update once.
  private readonly parsed = new Map<string, Range[]>();

  /** `receivers` counts every client; a writer is a receiver of everyone else's edits. */
  constructor(private readonly receivers: number) {}

  get edited(): number {
    return this.editCount;
  }

  /** Records an edit made by `client` whose transaction started at `startClock`. */
  record(client: number, startClock: number, sentAt: number): void {
    let list = this.edits.get(client);
    if (!list) this.edits.set(client, (list = []));
    list.push({ startClock, sentAt, seen: new Uint8Array(this.receivers), seenCount: 0 });
    this.editCount++;
  }

  /** Credits every recorded edit in `update` to `receiver` (ignoring the receiver's own). */
  arrived(receiver: number, ownClient: number | null, update: Uint8Array, at: number): void {
    for (const range of this.rangesOf(update)) {
      if (range.client === ownClient) continue;
      const list = this.edits.get(range.client);
      if (!list) continue;
      for (let i = firstAtOrAfter(list, range.from); i < list.length; i++) {
        const edit = list[i]!;
        if (edit.startClock >= range.to) break;
        if (edit.seen[receiver]) continue;
        edit.seen[receiver] = 1;
        edit.seenCount++;
        this.latencies.push(at - edit.sentAt);
      }
    }
  }

  /** Deliveries still missing: every edit should reach every receiver but its writer. */
  missing(): number {
    let missing = 0;
    for (const list of this.edits.values()) {
      for (const edit of list) missing += this.receivers - 1 - edit.seenCount;
    }
    return missing;
  }

  expected(): number {
    return this.editCount * (this.receivers - 1);
  }

  private rangesOf(update: Uint8Array): Range[] {
    const key = `${update.byteLength}:${Buffer.from(update.buffer, update.byteOffset, Math.min(48, update.byteLength)).toString('latin1')}`;
    let ranges = this.parsed.get(key);
    if (!ranges) {
      const meta = Y.parseUpdateMeta(update);
      ranges = [...meta.to].map(([client, to]) => ({
        client,
        from: meta.from.get(client) ?? 0,
        to,
      }));
      if (this.parsed.size > 20_000) this.parsed.clear();
      this.parsed.set(key, ranges);
    }
    return ranges;
  }
}

function firstAtOrAfter(list: Edit[], clock: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.startClock < clock) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
