/*
 * A log's usable events as columns of numbers (case, activity and channel interned, time,
 * whether the event closes a visit), grown by doubling: no object per event, so a
 * 262,000-event log costs a few megabytes and little garbage. `byCase` groups them per case in
 * file order with one counting pass, so no global sort is ever needed.
 */

/** Strings → small numbers, in order of first sight. */
export class Interner {
  private readonly ids = new Map<string, number>();
  readonly names: string[] = [];
  // The last name asked for: a case's events usually come one after another.
  private lastName = '';
  private lastId = -1;

  id(name: string): number {
    if (name === this.lastName && this.lastId >= 0) return this.lastId;
    this.lastName = name;
    let id = this.ids.get(name);
    if (id === undefined) {
      id = this.names.length;
      this.ids.set(name, id);
      this.names.push(name);
    }
    this.lastId = id;
    return id;
  }

  get size(): number {
    return this.names.length;
  }
}

export class EventColumns {
  length = 0;
  caseOf = new Int32Array(1024);
  activity = new Int32Array(1024);
  channel = new Int32Array(1024);
  time = new Float64Array(1024);
  closing = new Uint8Array(1024);

  push(caseNo: number, activity: number, channel: number, time: number, closing: boolean): void {
    if (this.length === this.time.length) this.grow();
    const i = this.length++;
    this.caseOf[i] = caseNo;
    this.activity[i] = activity;
    this.channel[i] = channel;
    this.time[i] = time;
    this.closing[i] = closing ? 1 : 0;
  }

  private grow(): void {
    const size = this.time.length * 2;
    const more = <T extends Int32Array | Float64Array | Uint8Array>(from: T, to: T): T => {
      to.set(from);
      return to;
    };
    this.caseOf = more(this.caseOf, new Int32Array(size));
    this.activity = more(this.activity, new Int32Array(size));
    this.channel = more(this.channel, new Int32Array(size));
    this.time = more(this.time, new Float64Array(size));
    this.closing = more(this.closing, new Uint8Array(size));
  }

  /**
   * Event indexes grouped by case (cases in order of first sight, each case's events in file
   * order) and where each case's run starts (`starts[c]` to `starts[c + 1]`).
   */
  byCase(cases: number): { order: Int32Array; starts: Int32Array } {
    const starts = new Int32Array(cases + 1);
    for (let i = 0; i < this.length; i++) starts[this.caseOf[i]! + 1]!++;
    for (let c = 0; c < cases; c++) starts[c + 1]! += starts[c]!;
    const next = starts.slice(0, cases);
    const order = new Int32Array(this.length);
    for (let i = 0; i < this.length; i++) order[next[this.caseOf[i]!]!++] = i;
    return { order, starts };
  }
}
