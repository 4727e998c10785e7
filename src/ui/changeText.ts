import type { FieldChange } from '../doc/index.ts';
import { EMOTION_LABELS } from './Face.tsx';

/*
 * The compare view's words: field names as the app shows them ("Owner", "Emotion of
 * First-time buyer"), values as the app shows them (people by name, scores by their words).
 */

const FIELD_NAMES: Record<string, string> = {
  title: 'Title',
  name: 'Name',
  description: 'Description',
  purpose: 'Purpose',
  goal: 'Goal',
  kind: 'Kind',
  channel: 'Channel',
  ownerId: 'Owner',
  momentOfTruth: 'Moment of truth',
  evidence: 'Evidence',
  team: 'Team',
  color: 'Colour',
  unit: 'Unit',
  target: 'Target',
  current: 'Current value',
  direction: 'Direction',
  due: 'Due',
  status: 'Status',
  impact: 'Impact',
  effort: 'Effort',
  cardIds: 'Cards',
  label: 'Label',
  maturity: 'Maturity',
  importance: 'Importance',
  systemId: 'System',
  systemIds: 'Systems',
};

const EMOTION = 'emotion.';

/** "Emotion of First-time buyer", "Owner", or the field's own name made readable. */
export function fieldName(field: string): string {
  if (field.startsWith(EMOTION)) return `Emotion of ${field.slice(EMOTION.length)}`;
  const known = FIELD_NAMES[field];
  if (known) return known;
  const words = field.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A value as the app shows it; ids of people and systems by their names. */
export function valueText(
  change: Pick<FieldChange, 'field'>,
  value: unknown,
  nameOf: (id: string) => string | null,
): string {
  if (value === null || value === undefined || value === '') return '—';
  if (change.field.startsWith(EMOTION) && typeof value === 'number')
    return EMOTION_LABELS[value] ?? String(value);
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'string') return nameOf(value) ?? value;
  if (Array.isArray(value))
    return value.length ? value.map((x) => valueText(change, x, nameOf)).join(', ') : '—';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** "1 change", "3 changes", "No changes". */
export function changesHeading(count: number): string {
  if (count === 0) return 'No changes';
  return `${count} ${count === 1 ? 'change' : 'changes'}`;
}

/** Collections of the map by the name of one entry. */
export const ENTRY_NAMES = {
  personas: 'Persona',
  people: 'Person',
  kpis: 'KPI',
  actions: 'Action',
  systems: 'System',
} as const;
