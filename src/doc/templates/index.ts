import type { MapState } from '../schema.ts';
import { blank } from './blank.ts';
import { buildTemplate, type TemplateSpec } from './build.ts';
import { ecommerce } from './ecommerce.ts';
import { refinancing } from './refinancing.ts';
import { saas } from './saas.ts';
import { support } from './support.ts';

export interface TemplateInfo {
  id: string;
  name: string;
  description: string;
}

const specs: Record<string, { name: string; description: string; spec: TemplateSpec }> = {
  blank: { name: 'Blank map', description: 'Three stages, four lanes, no cards', spec: blank },
  ecommerce: {
    name: 'E-commerce first purchase',
    description: 'Awareness to loyalty for an online shop, with delivery and returns',
    spec: ecommerce,
  },
  saas: {
    name: 'SaaS onboarding',
    description: 'Trial sign-up to renewal for a team tool, lead and invited teammate',
    spec: saas,
  },
  support: {
    name: 'Support issue resolution',
    description: 'A broadband fault from first symptom to follow-up, teams and systems',
    spec: support,
  },
  refinancing: {
    name: 'Bank refinancing',
    description: 'Mortgage refinancing from rate expiry to servicing, with a systems lane',
    spec: refinancing,
  },
};

/** The starter templates, for pickers and validation. */
export const TEMPLATES: TemplateInfo[] = Object.entries(specs).map(([id, t]) => ({
  id,
  name: t.name,
  description: t.description,
}));

/** The spec behind a template id, or null (for tests and tools that check templates). */
export function templateSpec(id: string): TemplateSpec | null {
  return Object.hasOwn(specs, id) ? specs[id]!.spec : null;
}

/** A fresh map from a template (new ids each time), or null for an unknown template id. */
export function templateMap(id: string, title?: string): MapState | null {
  const spec = templateSpec(id);
  if (!spec) return null;
  const map = buildTemplate(spec);
  if (title) map.meta.title = title;
  return map;
}
