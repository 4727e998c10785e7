import type { MapState } from '../schema.ts';
import { blank } from './blank.ts';
import { buildTemplate, type TemplateSpec } from './build.ts';
import { ecommerce } from './ecommerce.ts';

export interface TemplateInfo {
  id: string;
  name: string;
  description: string;
}

const specs: Record<string, { name: string; description: string; spec: TemplateSpec }> = {
  blank: { name: 'Blank map', description: 'Three stages, four lanes, no cards', spec: blank },
  ecommerce: {
    name: 'E-commerce first purchase',
    description: 'Awareness to loyalty for an online shop, two personas',
    spec: ecommerce,
  },
};

/** The starter templates, for pickers and validation. */
export const TEMPLATES: TemplateInfo[] = Object.entries(specs).map(([id, t]) => ({
  id,
  name: t.name,
  description: t.description,
}));

/** A fresh map from a template (new ids each time), or null for an unknown template id. */
export function templateMap(id: string, title?: string): MapState | null {
  const entry = specs[id];
  if (!entry) return null;
  const map = buildTemplate(entry.spec);
  if (title) map.meta.title = title;
  return map;
}
