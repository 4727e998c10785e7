import { readMap, type ActionData, type KpiData, type MapState } from '../../../src/doc/index.ts';
import type { LiveRoom } from '../../collab/peer.ts';
import type { EventNews } from './payload.ts';
import { touchedEntries, type Touched } from './touched.ts';

/*
 * Turns edits of a map's document (from the canvas, the API, anyone) into events: an action
 * created or changed, a KPI that went off target. Updates are only collected on the edit path;
 * they are read on a later tick, and an action's changes are sent once it has been left alone
 * for a while (typing a title is one change, not forty).
 */

const WATCHED = new Set(['actions', 'kpis']);

/** Whether a KPI's current value misses its target. */
export function offTarget(kpi: Pick<KpiData, 'current' | 'target' | 'direction'>): boolean {
  if (kpi.current === null || kpi.target === null) return false;
  return kpi.direction === 'lower' ? kpi.current > kpi.target : kpi.current < kpi.target;
}

const actionData = (a: ActionData) => ({ ...a });
// The value history can be long; subscribers get the KPI as it stands.
const kpiData = (k: KpiData): Record<string, unknown> => ({ ...k, history: undefined });

interface Watched {
  room: LiveRoom;
  updates: Uint8Array[];
  /** KPIs known to be off target (as of the last read). */
  off: Set<string> | null;
  /** Actions changed and not yet told, with the timer that will tell them. */
  changed: Map<string, NodeJS.Timeout>;
}

export class ContentWatch {
  private readonly maps = new Map<string, Watched>();
  private scheduled = false;

  constructor(
    private readonly tell: (news: EventNews) => void,
    private readonly quietMs: number,
  ) {}

  /** Collects an update of a watched map; cheap, it is on the edit path. */
  collect(room: LiveRoom, update: Uint8Array): void {
    const mapId = room.name.mapId;
    let watched = this.maps.get(mapId);
    if (!watched)
      this.maps.set(mapId, (watched = { room, updates: [], off: null, changed: new Map() }));
    watched.room = room;
    watched.updates.push(update);
    if (!this.scheduled) {
      this.scheduled = true;
      setImmediate(() => this.read());
    }
  }

  /** Stops watching a map (its room unloaded or it has no webhooks). */
  drop(mapId: string): void {
    const watched = this.maps.get(mapId);
    if (!watched) return;
    for (const timer of watched.changed.values()) clearTimeout(timer);
    this.maps.delete(mapId);
  }

  close(): void {
    for (const mapId of [...this.maps.keys()]) this.drop(mapId);
  }

  private read(): void {
    this.scheduled = false;
    for (const [mapId, watched] of this.maps) {
      if (watched.updates.length === 0) continue;
      const touched: Touched = new Map();
      for (const update of watched.updates.splice(0))
        touchedEntries(watched.room.doc, update, WATCHED, touched);
      if (touched.size > 0) this.news(mapId, watched, touched, readMap(watched.room.doc));
    }
  }

  private news(mapId: string, watched: Watched, touched: Touched, map: MapState): void {
    const base = { mapId, mapTitle: map.meta.title };
    for (const [actionId, created] of touched.get('actions') ?? []) {
      const action = map.actions.find((a) => a.id === actionId);
      if (!action) continue;
      if (created) {
        this.tell({ ...base, event: 'action.created', data: actionData(action) });
      } else {
        clearTimeout(watched.changed.get(actionId));
        const timer = setTimeout(() => {
          watched.changed.delete(actionId);
          const now = readMap(watched.room.doc).actions.find((a) => a.id === actionId);
          if (now) this.tell({ ...base, event: 'action.changed', data: actionData(now) });
        }, this.quietMs);
        timer.unref();
        watched.changed.set(actionId, timer);
      }
    }
    const kpis = touched.get('kpis');
    if (!kpis) return;
    // The first read of a map knows nothing before it: untouched KPIs set the baseline.
    if (!watched.off)
      watched.off = new Set(
        map.kpis.filter((k) => !kpis.has(k.id) && offTarget(k)).map((k) => k.id),
      );
    for (const kpiId of kpis.keys()) {
      const kpi = map.kpis.find((k) => k.id === kpiId);
      const off = kpi ? offTarget(kpi) : false;
      if (off && !watched.off.has(kpiId))
        this.tell({ ...base, event: 'kpi.off_target', data: kpiData(kpi!) });
      if (off) watched.off.add(kpiId);
      else watched.off.delete(kpiId);
    }
  }
}
