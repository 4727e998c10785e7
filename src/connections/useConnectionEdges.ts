import { useEffect, useMemo, useRef } from 'react';
import type { LayerEdge } from '../canvas/slots.ts';
import type { ConnectionData, MapState } from '../doc/index.ts';
import { describeConnection } from '../ui/connectionLook.ts';

type ConnectionEdge = LayerEdge<ConnectionData>;

const NONE: readonly ConnectionEdge[] = [];

/**
 * The map's connections as canvas edges. An edge keeps its object while its connection and
 * the titles it names are unchanged, and the list keeps its identity while every edge does: an
 * edit of a card's description, say, gives React Flow nothing new to process.
 */
export function useConnectionEdges(map: MapState): readonly ConnectionEdge[] {
  const last = useRef<readonly ConnectionEdge[]>(NONE);
  const edges = useMemo(() => {
    const titles = new Map(map.cards.map((c) => [c.id, c.title || 'Untitled card']));
    const before = new Map(last.current.map((e) => [e.id, e]));
    const next = map.connections.flatMap((c): ConnectionEdge[] => {
      const from = titles.get(c.from);
      const to = titles.get(c.to);
      // Never drawn to a card that is not on the canvas (a colleague deleted it just now).
      if (from === undefined || to === undefined) return [];
      const name = describeConnection(c, from, to);
      const old = before.get(c.id);
      return [
        old && old.data === c && old.name === name
          ? old
          : { id: c.id, from: c.from, to: c.to, name, data: c },
      ];
    });
    const same = next.length === last.current.length && next.every((e, i) => e === last.current[i]);
    return same ? last.current : next.length > 0 ? next : NONE;
  }, [map.connections, map.cards]);
  useEffect(() => {
    last.current = edges;
  });
  return edges;
}
