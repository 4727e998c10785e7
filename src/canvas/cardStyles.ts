import type { CardKind, LaneKind } from '../doc/schema.ts';

/** Colour and label per card kind: a stripe on the card and a small caption. */
export const CARD_STYLES: Record<
  CardKind,
  { label: string; plural: string; stripe: string; caption: string }
> = {
  touchpoint: {
    label: 'Touchpoint',
    plural: 'Touchpoints',
    stripe: 'bg-sky-500',
    caption: 'text-sky-700',
  },
  action: {
    label: 'Customer action',
    plural: 'Customer actions',
    stripe: 'bg-indigo-500',
    caption: 'text-indigo-700',
  },
  painpoint: {
    label: 'Pain point',
    plural: 'Pain points',
    stripe: 'bg-rose-500',
    caption: 'text-rose-700',
  },
  opportunity: {
    label: 'Opportunity',
    plural: 'Opportunities',
    stripe: 'bg-emerald-500',
    caption: 'text-emerald-700',
  },
  note: { label: 'Note', plural: 'Notes', stripe: 'bg-slate-400', caption: 'text-slate-600' },
  system: { label: 'System', plural: 'Systems', stripe: 'bg-amber-500', caption: 'text-amber-800' },
};

/** Label and a faint tint per lane kind, so rows read apart at a distance. */
export const LANE_STYLES: Record<LaneKind, { label: string; header: string; cell: string }> = {
  actions: {
    label: 'Customer actions',
    header: 'border-l-4 border-l-indigo-400',
    cell: 'bg-indigo-50/40',
  },
  touchpoints: {
    label: 'Touchpoints',
    header: 'border-l-4 border-l-sky-400',
    cell: 'bg-sky-50/40',
  },
  thoughts: {
    label: 'Thoughts',
    header: 'border-l-4 border-l-violet-400',
    cell: 'bg-violet-50/40',
  },
  emotion: { label: 'Emotion curve', header: 'border-l-4 border-l-fuchsia-400', cell: 'bg-white' },
  painpoints: {
    label: 'Pain points',
    header: 'border-l-4 border-l-rose-400',
    cell: 'bg-rose-50/40',
  },
  opportunities: {
    label: 'Opportunities',
    header: 'border-l-4 border-l-emerald-400',
    cell: 'bg-emerald-50/40',
  },
  backstage: {
    label: 'Backstage',
    header: 'border-l-4 border-l-amber-400',
    cell: 'bg-amber-50/40',
  },
  systems: { label: 'Systems', header: 'border-l-4 border-l-orange-400', cell: 'bg-orange-50/40' },
  custom: { label: 'Custom', header: 'border-l-4 border-l-slate-400', cell: 'bg-slate-50/60' },
};

export const CHANNEL_LABELS: Record<string, string> = {
  web: 'Web',
  app: 'App',
  email: 'Email',
  phone: 'Phone',
  chat: 'Chat',
  store: 'Store',
  social: 'Social',
  other: 'Other',
};
