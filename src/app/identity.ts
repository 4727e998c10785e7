import type { Presence } from '../sync/session.ts';

const COLORS = ['#e11d48', '#7c3aed', '#2563eb', '#0891b2', '#059669', '#ca8a04', '#ea580c'];
const ANIMALS = ['Heron', 'Otter', 'Lynx', 'Puffin', 'Marten', 'Ibex', 'Wren', 'Gecko'];
const KEY = 'trailmap:identity';

/** This browser's display name and colour for presence, kept in localStorage. */
export function loadIdentity(): Presence {
  try {
    const saved = JSON.parse(localStorage.getItem(KEY) ?? 'null') as Presence | null;
    if (saved?.name && saved.color) return saved;
  } catch {
    // A corrupt entry is replaced below.
  }
  const pick = <T>(list: T[]) => list[Math.floor(Math.random() * list.length)]!;
  const identity = { name: `Guest ${pick(ANIMALS)}`, color: pick(COLORS) };
  localStorage.setItem(KEY, JSON.stringify(identity));
  return identity;
}
