import { CARD_STYLES } from '../../canvas/cardStyles.ts';
import { PERSONA_COLORS } from '../../canvas/emotion.ts';
import { EVIDENCE_LEVELS, type MapState } from '../../doc/schema.ts';
import { EVIDENCE_LABELS } from '../../ui/EvidenceMark.tsx';
import { KIND_LABELS, STATUS_LABELS, lineLook } from '../../ui/connectionLook.ts';
import { KPI_COLORS } from '../../ui/KpiChip.tsx';
import { initials } from '../../ui/initials.ts';
import { INK, KIND_LOOK, MUTED, RULE } from './look.ts';
import { avatar, evidenceBars, star } from './symbols.ts';
import { fitText } from './text.ts';
import type { Measure, Scene, Shape } from './types.ts';

/* What the marks on the map mean: people and their initials, evidence, symbols, kinds, personas. */

type Entry = { mark: (x: number, cy: number) => Shape[]; text: string };

const COLUMN = 300;

function sections(map: MapState): { title: string; entries: Entry[] }[] {
  const people: Entry[] = map.people.map((p) => ({
    mark: (x, cy) => avatar(p.name, p.color, x + 11, cy, 11),
    text: `${initials(p.name)} = ${p.name}${p.team ? ` (${p.team})` : ''}`,
  }));
  const evidence: Entry[] = EVIDENCE_LEVELS.map((level) => ({
    mark: (x, cy) => evidenceBars(level, x + 20, cy + 8),
    text: EVIDENCE_LABELS[level],
  }));
  const dot =
    (color: string) =>
    (x: number, cy: number): Shape[] => [{ kind: 'circle', cx: x + 11, cy, r: 5, fill: color }];
  const symbols: Entry[] = [
    { mark: (x, cy) => [star(x + 11, cy, 9)], text: 'Moment of truth' },
    { mark: dot(KPI_COLORS.on), text: 'KPI on target' },
    { mark: dot(KPI_COLORS.off), text: 'KPI off target' },
    { mark: dot(KPI_COLORS.none), text: 'KPI without target or value' },
  ];
  const kinds = [...new Set(map.cards.map((c) => c.kind))];
  const kindEntries: Entry[] = kinds.map((kind) => ({
    mark: (x, cy) => [
      { kind: 'rect', x: x + 8, y: cy - 10, w: 6, h: 20, radius: 2, fill: KIND_LOOK[kind].stripe },
    ],
    text: CARD_STYLES[kind].label,
  }));
  const personas: Entry[] = map.personas.map((p, i) => ({
    mark: (x, cy) => [
      { kind: 'rect', x, y: cy - 2, w: 22, h: 4, fill: PERSONA_COLORS[i % PERSONA_COLORS.length]! },
    ],
    text: p.name,
  }));
  const seen = new Map<string, Entry>();
  for (const c of map.connections) {
    const key = `${c.kind}/${c.status ?? ''}`;
    if (seen.has(key)) continue;
    const look = lineLook(c.kind, c.status);
    const dash = look.dash?.split(/[\s,]+/).map(Number);
    seen.set(key, {
      mark: (x, cy) => [
        {
          kind: 'path',
          segments: [
            { op: 'M', to: [x, cy] },
            { op: 'L', to: [x + 22, cy] },
          ],
          stroke: look.color,
          strokeWidth: look.width,
          dash,
        },
      ],
      text: [KIND_LABELS[c.kind], c.status && STATUS_LABELS[c.status].toLowerCase()]
        .filter(Boolean)
        .join(', '),
    });
  }
  return [
    { title: 'People (owner initials)', entries: people },
    { title: 'Evidence', entries: evidence },
    { title: 'Symbols', entries: symbols },
    { title: 'Card kinds', entries: kindEntries },
    { title: 'Emotion curves (personas)', entries: personas },
    { title: 'Connections', entries: [...seen.values()] },
  ].filter((s) => s.entries.length > 0);
}

/** The legend laid out in columns within `width`. */
export function legendScene(map: MapState, measure: Measure, width: number): Scene {
  const shapes: Shape[] = [
    {
      kind: 'text',
      x: 0,
      y: 0,
      lines: ['Legend'],
      size: 18,
      weight: 700,
      color: INK,
      role: 'legend',
    },
  ];
  const perRow = Math.max(1, Math.floor(width / COLUMN));
  let rowTop = 34;
  let rowBottom = rowTop;
  sections(map).forEach((section, i) => {
    const column = i % perRow;
    if (column === 0 && i > 0) rowTop = rowBottom + 18;
    const x = column * COLUMN;
    let y = rowTop;
    shapes.push({
      kind: 'text',
      x,
      y,
      lines: [section.title],
      size: 12,
      weight: 700,
      color: MUTED,
    });
    y += 24;
    for (const entry of section.entries) {
      const text = fitText(entry.text, { width: COLUMN - 56, height: 18 }, 13, 10, 400, measure);
      const h = Math.max(24, text.lines.length * text.size * 1.3 + 6);
      shapes.push(...entry.mark(x, y + 10));
      shapes.push({
        kind: 'text',
        x: x + 32,
        y: y + 10 - text.size * 0.65,
        lines: text.lines,
        size: text.size,
        weight: 400,
        color: INK,
      });
      y += h;
    }
    rowBottom = Math.max(rowBottom, y);
  });
  return { width, height: rowBottom, shapes };
}

/** "Customer onboarding" · "Exported 2025-07-01 · 5 stages · 42 cards", as a heading. */
export function captionScene(map: MapState, measure: Measure, width: number, date: string): Scene {
  const title = fitText(
    map.meta.title || 'Untitled journey',
    { width, height: 40 },
    30,
    18,
    700,
    measure,
  );
  const lh = title.size * 1.25;
  const facts = `Exported ${date} · ${map.stages.length} stages · ${map.cards.length} cards · Trailmap`;
  const y = title.lines.length * lh + 6;
  return {
    width,
    height: y + 24,
    shapes: [
      {
        kind: 'text',
        x: 0,
        y: 0,
        lines: title.lines,
        size: title.size,
        weight: 700,
        color: INK,
        lineHeight: lh,
        role: 'title',
      },
      {
        kind: 'text',
        x: 0,
        y,
        lines: [facts],
        size: 14,
        weight: 400,
        color: MUTED,
        role: 'caption',
      },
      {
        kind: 'path',
        segments: [
          { op: 'M', to: [0, y + 24] },
          { op: 'L', to: [width, y + 24] },
        ],
        stroke: RULE,
      },
    ],
  };
}
