import { forWhiteText } from '../../ui/contrast.ts';
import { initials } from '../../ui/initials.ts';
import type { Evidence } from '../../doc/schema.ts';
import { EVIDENCE_BARS, STAR } from './look.ts';
import type { PathSegment, Shape } from './types.ts';

/* The small marks of a card: owner initials, evidence bars, the moment-of-truth star. */

/** A person's initials on their colour, centred on (cx, cy). */
export function avatar(name: string, color: string, cx: number, cy: number, r: number): Shape[] {
  return [
    { kind: 'circle', cx, cy, r, fill: forWhiteText(color) },
    {
      kind: 'text',
      x: cx,
      y: cy - r * 0.42,
      lines: [initials(name)],
      size: r * 0.84,
      weight: 600,
      color: '#ffffff',
      anchor: 'middle',
      lineHeight: r,
      role: 'initials',
    },
  ];
}

/** Three bars, bottoms on `bottom`, right edge at `right`: filled as far as the evidence goes. */
export function evidenceBars(evidence: Evidence, right: number, bottom: number): Shape[] {
  const filled = EVIDENCE_BARS[evidence];
  return [1, 2, 3].map((bar) => {
    const h = 4 + bar * 3;
    return {
      kind: 'rect',
      x: right - (4 - bar) * 6 + 2,
      y: bottom - h,
      w: 4,
      h,
      radius: 1,
      fill: bar <= filled ? (evidence === 'data' ? '#059669' : '#64748b') : '#e2e8f0',
    };
  });
}

/** A five-pointed star of outer radius `r` centred on (cx, cy). */
export function star(cx: number, cy: number, r: number): Shape {
  const segments: PathSegment[] = [];
  for (let i = 0; i < 10; i++) {
    const radius = i % 2 === 0 ? r : r * 0.45;
    const angle = -Math.PI / 2 + (i * Math.PI) / 5;
    const to: [number, number] = [
      round(cx + radius * Math.cos(angle)),
      round(cy + radius * Math.sin(angle)),
    ];
    segments.push({ op: i === 0 ? 'M' : 'L', to });
  }
  segments.push({ op: 'Z' });
  return { kind: 'path', segments, fill: STAR };
}

export const round = (n: number) => Math.round(n * 100) / 100;

/** Parses the absolute M/L/C path data `smoothPath` writes. */
export function parsePath(d: string): PathSegment[] {
  const segments: PathSegment[] = [];
  for (const [, op, args] of d.matchAll(/([MLCZ])([^MLCZ]*)/g)) {
    const n = (args ?? '').match(/-?\d*\.?\d+(?:e-?\d+)?/g)?.map(Number) ?? [];
    if (op === 'Z') segments.push({ op: 'Z' });
    else if (op === 'C')
      for (let i = 0; i + 5 < n.length; i += 6)
        segments.push({
          op: 'C',
          c1: [n[i]!, n[i + 1]!],
          c2: [n[i + 2]!, n[i + 3]!],
          to: [n[i + 4]!, n[i + 5]!],
        });
    else
      for (let i = 0; i + 1 < n.length; i += 2)
        segments.push({ op: i === 0 ? (op as 'M' | 'L') : 'L', to: [n[i]!, n[i + 1]!] });
  }
  return segments;
}
