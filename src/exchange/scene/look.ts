import type { CardKind, LaneKind } from '../../doc/schema.ts';

/* The export's colours: the app's Tailwind shades as hex, tints pre-mixed over white. */

export const INK = '#0f172a';
export const BODY = '#334155';
export const MUTED = '#64748b';
export const RULE = '#e2e8f0';
export const BAND = '#f8fafc';
export const STAR = '#f59e0b';

export const KIND_LOOK: Record<CardKind, { stripe: string; caption: string }> = {
  touchpoint: { stripe: '#0ea5e9', caption: '#0369a1' },
  action: { stripe: '#6366f1', caption: '#4338ca' },
  painpoint: { stripe: '#f43f5e', caption: '#be123c' },
  opportunity: { stripe: '#10b981', caption: '#047857' },
  note: { stripe: '#94a3b8', caption: '#475569' },
  system: { stripe: '#f59e0b', caption: '#92400e' },
};

export const LANE_LOOK: Record<LaneKind, { edge: string; cell: string }> = {
  actions: { edge: '#818cf8', cell: '#f7f8ff' },
  touchpoints: { edge: '#38bdf8', cell: '#f3faff' },
  thoughts: { edge: '#a78bfa', cell: '#f9f7ff' },
  emotion: { edge: '#e879f9', cell: '#ffffff' },
  painpoints: { edge: '#fb7185', cell: '#fff6f7' },
  opportunities: { edge: '#34d399', cell: '#f2fcf7' },
  backstage: { edge: '#fbbf24', cell: '#fffcf0' },
  systems: { edge: '#fb923c', cell: '#fff9f2' },
  custom: { edge: '#94a3b8', cell: '#f9fafb' },
};

export const EVIDENCE_BARS = { assumption: 1, anecdotal: 2, data: 3 } as const;
