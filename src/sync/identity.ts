import type { Presence } from './session.ts';

// Each carries white text at 4.5:1 or more (names on avatars, cursors and banners).
const COLORS = ['#e11d48', '#7c3aed', '#2563eb', '#0e7490', '#047857', '#a16207', '#c2410c'];
const ANIMALS = ['Heron', 'Otter', 'Lynx', 'Puffin', 'Marten', 'Ibex', 'Wren', 'Gecko'];
const KEY = 'trailmap:identity';

export interface Identity extends Presence {
  /** A random id of this browser; comments remember it so only their author edits them. */
  id: string;
  /** Whether the person typed this name themselves (guests are asked once). */
  chosen: boolean;
}

/** This browser's display name and colour for presence, kept in localStorage. */
export function loadIdentity(): Identity {
  try {
    const saved = JSON.parse(localStorage.getItem(KEY) ?? 'null') as Identity | null;
    if (saved?.name && saved.color && saved.id) return { ...saved, chosen: saved.chosen === true };
  } catch {
    // A corrupt entry is replaced below.
  }
  const pick = <T>(list: T[]) => list[Math.floor(Math.random() * list.length)]!;
  const identity = {
    id: crypto.randomUUID(),
    name: `Guest ${pick(ANIMALS)}`,
    color: pick(COLORS),
    chosen: false,
  };
  localStorage.setItem(KEY, JSON.stringify(identity));
  return identity;
}

/** Keeps the name a person chose for themselves. */
export function saveName(name: string): Identity {
  const identity = { ...loadIdentity(), name: name.trim().slice(0, 60), chosen: true };
  localStorage.setItem(KEY, JSON.stringify(identity));
  return identity;
}
