import { dataFlows, relianceOf, roadmapQuadrant, type MapState } from '../doc/index.ts';
import { STATUS_LABELS } from '../ui/connectionLook.ts';
import { QUADRANT_LABELS } from '../ui/roadmapLook.ts';
import type { Cell, ReportTable } from './report.ts';

/* The report's systems page as tables: the catalogue with its scores, and the data flows. */

const plain = (text: string): Cell => ({ text });

/** Systems, fix-first ones on top, then by importance. */
export function systemsTable(map: MapState): ReportTable {
  const people = new Map(map.people.map((p) => [p.id, p.name]));
  const { usersOf } = relianceOf(map);
  const rank = (s: MapState['systems'][number]) => (roadmapQuadrant(s) === 'fix-first' ? 0 : 1);
  const sorted = [...map.systems].sort(
    (a, b) => rank(a) - rank(b) || b.importance - a.importance || a.maturity - b.maturity,
  );
  return {
    title: 'Systems',
    empty: 'No systems in the catalogue yet.',
    columns: [
      { header: 'System', width: 0.3 },
      { header: 'Owner', width: 0.18 },
      { header: 'Importance', width: 0.12, align: 'center' },
      { header: 'Maturity', width: 0.12, align: 'center' },
      { header: 'Roadmap', width: 0.12 },
      { header: 'Relied on by', width: 0.16 },
    ],
    rows: sorted.map((s) => {
      const owner = s.ownerId ? people.get(s.ownerId) : undefined;
      const quadrant = roadmapQuadrant(s);
      const users = usersOf.get(s.id)?.length ?? 0;
      return [
        plain(s.name || 'Untitled system'),
        owner ? plain(owner) : { text: 'No owner', tone: 'bad' },
        plain(`${s.importance} / 5`),
        s.maturity <= 2 ? { text: `${s.maturity} / 5`, tone: 'bad' } : plain(`${s.maturity} / 5`),
        quadrant === 'fix-first'
          ? { text: QUADRANT_LABELS[quadrant], tone: 'bad' }
          : plain(QUADRANT_LABELS[quadrant]),
        users === 0
          ? { text: 'No card', tone: 'muted' }
          : plain(`${users} card${users === 1 ? '' : 's'}`),
      ];
    }),
  };
}

/** Data flows, missing and broken ones first. */
export function flowsTable(map: MapState): ReportTable {
  const rank = { broken: 0, missing: 1, manual: 2, automated: 3 } as const;
  const flows = dataFlows(map).sort(
    (a, b) => rank[a.connection.status ?? 'automated'] - rank[b.connection.status ?? 'automated'],
  );
  return {
    title: 'Data flows',
    empty: 'No data flows on the map yet.',
    columns: [
      { header: 'From', width: 0.27 },
      { header: 'To', width: 0.27 },
      { header: 'Data', width: 0.3 },
      { header: 'Status', width: 0.16 },
    ],
    rows: flows.map(({ connection, from, to, fromSystem, toSystem }) => {
      const status = connection.status ?? 'automated';
      const bad = status === 'missing' || status === 'broken';
      return [
        plain(fromSystem?.name ?? from.title),
        plain(toSystem?.name ?? to.title),
        connection.label ? plain(connection.label) : { text: '—', tone: 'muted' },
        {
          text: STATUS_LABELS[status],
          tone: bad ? 'bad' : status === 'automated' ? 'good' : undefined,
        },
      ];
    }),
  };
}
