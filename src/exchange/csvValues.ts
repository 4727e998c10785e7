import {
  CARD_KINDS,
  CHANNELS,
  EMOTION_MAX,
  EMOTION_MIN,
  type CardKind,
  type Channel,
  type Evidence,
  type LaneKind,
} from '../doc/index.ts';

/* Reading one spreadsheet cell as a card field. `undefined` means "empty", `null` "not understood". */

const key = (text: string) => text.toLowerCase().replace(/[^a-z0-9]/g, '');

const EMOTION_WORDS: Record<string, number> = {
  verynegative: -2,
  negative: -1,
  neutral: 0,
  positive: 1,
  verypositive: 2,
};

/** A score in −2…+2 from "-1", "+2", "−1" (a typographic minus) or "very positive". */
export function parseEmotion(text: string): number | null | undefined {
  const value = text.trim().replace(/[\u2212\u2013]/g, '-');
  if (!value) return undefined;
  if (key(value) in EMOTION_WORDS) return EMOTION_WORDS[key(value)]!;
  if (!/^[+-]?\d+$/.test(value)) return null;
  const score = Number(value);
  return score >= EMOTION_MIN && score <= EMOTION_MAX ? score : null;
}

const KIND_WORDS: Record<string, CardKind> = {
  ...Object.fromEntries(CARD_KINDS.map((k) => [k, k])),
  touchpoints: 'touchpoint',
  customeraction: 'action',
  actions: 'action',
  painpoints: 'painpoint',
  pain: 'painpoint',
  opportunities: 'opportunity',
  idea: 'opportunity',
  notes: 'note',
  systems: 'system',
};

export function parseKind(text: string): CardKind | null | undefined {
  if (!text.trim()) return undefined;
  return KIND_WORDS[key(text)] ?? null;
}

const CHANNEL_WORDS: Record<string, Channel> = {
  ...Object.fromEntries(CHANNELS.map((c) => [c, c])),
  website: 'web',
  online: 'web',
  mobileapp: 'app',
  mail: 'email',
  telephone: 'phone',
  call: 'phone',
  callcenter: 'phone',
  livechat: 'chat',
  shop: 'store',
  branch: 'store',
  instore: 'store',
  socialmedia: 'social',
};

export function parseChannel(text: string): Channel | null | undefined {
  if (!text.trim()) return undefined;
  return CHANNEL_WORDS[key(text)] ?? null;
}

const EVIDENCE_WORDS: Record<string, Evidence> = {
  assumption: 'assumption',
  assumed: 'assumption',
  anecdotal: 'anecdotal',
  anecdote: 'anecdotal',
  data: 'data',
  databacked: 'data',
};

export function parseEvidence(text: string): Evidence | null | undefined {
  if (!text.trim()) return undefined;
  return EVIDENCE_WORDS[key(text)] ?? null;
}

const YES = ['true', 'yes', 'y', 'x', '1', '✓', '✔'];
const NO = ['false', 'no', 'n', '0', '-'];

export function parseFlag(text: string): boolean | null | undefined {
  const value = text.trim().toLowerCase();
  if (!value) return undefined;
  if (YES.includes(value)) return true;
  return NO.includes(value) ? false : null;
}

/** A calendar date as YYYY-MM-DD (a timestamp is cut to its date). */
export function parseDate(text: string): string | null | undefined {
  const value = text.trim();
  if (!value) return undefined;
  const match = /^(\d{4}-\d{2}-\d{2})(?:[T ].*)?$/.exec(value);
  return match && !Number.isNaN(Date.parse(match[1]!)) ? match[1]! : null;
}

/** A lane's kind from its name: "Touchpoints" → touchpoints, "Pain points" → painpoints. */
export function guessLaneKind(name: string): LaneKind {
  const k = key(name);
  const has = (...words: string[]) => words.some((w) => k.includes(w));
  // Never 'emotion': an emotion lane holds no cards, and these lanes come from cards.
  if (has('touchpoint', 'channel')) return 'touchpoints';
  if (has('pain', 'frustration', 'problem', 'issue', 'friction')) return 'painpoints';
  if (has('opportunit', 'idea', 'improvement')) return 'opportunities';
  if (has('thought', 'thinking', 'question', 'feel')) return 'thoughts';
  if (has('backstage', 'frontstage', 'team', 'staff', 'employee', 'department')) return 'backstage';
  if (has('system', 'tool', 'technology', 'software', 'platform', 'data')) return 'systems';
  if (has('action', 'doing', 'does', 'activit', 'step', 'task')) return 'actions';
  return 'custom';
}

/** The lane a card goes to when the file names none: one per kind. */
export const LANE_FOR_KIND: Record<CardKind, { name: string; kind: LaneKind }> = {
  action: { name: 'Customer actions', kind: 'actions' },
  touchpoint: { name: 'Touchpoints', kind: 'touchpoints' },
  painpoint: { name: 'Pain points', kind: 'painpoints' },
  opportunity: { name: 'Opportunities', kind: 'opportunities' },
  system: { name: 'Systems', kind: 'systems' },
  note: { name: 'Notes', kind: 'custom' },
};

/** Undoes the quote a spreadsheet export puts before text that looks like a formula. */
export function unescapeFormula(text: string): string {
  return /^'[=+\-@\t\r]/.test(text) ? text.slice(1) : text;
}
