import type { CardBox } from '../../canvas/layout.ts';
import { CARD_STYLES, CHANNEL_LABELS } from '../../canvas/cardStyles.ts';
import { cardKpiLine } from './kpiLine.ts';
import { INK, KIND_LOOK, RULE } from './look.ts';
import { avatar, evidenceBars, star } from './symbols.ts';
import { fitText } from './text.ts';
import type { Ctx, Shape } from './types.ts';

/* A card: kind, channel, moment-of-truth star, the whole title, owner, first KPI, evidence. */

export function card({ map, measure, people }: Ctx, box: CardBox): Shape[] {
  const { card: c } = box;
  const look = KIND_LOOK[c.kind];
  const shapes: Shape[] = [
    {
      kind: 'rect',
      x: box.x,
      y: box.y,
      w: box.w,
      h: box.h,
      fill: '#ffffff',
      stroke: RULE,
      radius: 8,
    },
    { kind: 'rect', x: box.x, y: box.y, w: 6, h: box.h, fill: look.stripe, radius: 3 },
  ];
  const left = box.x + 18;
  const width = box.w - 30;
  let x = left;
  const label = CARD_STYLES[c.kind].label.toUpperCase();
  shapes.push({
    kind: 'text',
    x,
    y: box.y + 9,
    lines: [label],
    size: 10.5,
    weight: 600,
    color: look.caption,
  });
  x += measure(label, 10.5, 600) + 8;
  if (c.channel) {
    const channel = CHANNEL_LABELS[c.channel] ?? c.channel;
    const w = measure(channel, 10.5, 400) + 10;
    shapes.push(
      { kind: 'rect', x, y: box.y + 7, w, h: 17, radius: 3, fill: '#f1f5f9' },
      {
        kind: 'text',
        x: x + 5,
        y: box.y + 9.5,
        lines: [channel],
        size: 10.5,
        weight: 400,
        color: '#475569',
      },
    );
    x += w + 8;
  }
  if (c.momentOfTruth) shapes.push(star(x + 7, box.y + 15.5, 7));
  const owner = c.ownerId ? people.get(c.ownerId) : undefined;
  const kpis = c.kpiIds.flatMap((id) => map.kpis.filter((k) => k.id === id));
  const bottom = box.y + box.h - 8;
  let fx = left;
  const footer: Shape[] = [];
  if (owner) {
    footer.push(...avatar(owner.name, owner.color, fx + 11, bottom - 11, 11));
    fx += 28;
  }
  if (kpis[0])
    footer.push(
      ...cardKpiLine(kpis[0], kpis.length - 1, fx, bottom, box.x + box.w - 30 - fx, measure),
    );
  const footerTop = Math.min(
    bottom + 2,
    ...footer.map((s) => (s.kind === 'rect' ? s.y : s.kind === 'circle' ? s.cy - s.r : bottom)),
  );
  const titleTop = box.y + 31;
  const room = footerTop - 4 - titleTop;
  const title = fitText(c.title || 'Untitled card', { width, height: room }, 15, 10, 600, measure);
  shapes.push(
    {
      kind: 'text',
      x: left,
      y: titleTop,
      lines: title.lines,
      size: title.size,
      weight: 600,
      color: INK,
      role: 'card',
    },
    ...footer,
  );
  shapes.push(...evidenceBars(c.evidence, box.x + box.w - 10, bottom - 2));
  return shapes;
}
