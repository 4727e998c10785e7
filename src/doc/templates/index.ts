import type { MapState } from '../schema.ts';
import { blank } from './blank.ts';
import { buildTemplate, type TemplateSpec } from './build.ts';
import type { Template, TemplateInfo } from './define.ts';
import { ecommerce } from './ecommerce.ts';
import { refinancing } from './refinancing.ts';
import { saas } from './saas.ts';
import { support } from './support.ts';
import { supportObserved } from './supportObserved.ts';

export type { TemplateInfo } from './define.ts';
export { SAMPLE_OBSERVATION_SET } from './supportObserved.ts';

/** Every template, in picker order: blank first. */
const ALL: readonly Template[] = [blank, ecommerce, saas, support, refinancing, supportObserved];

// A Map, not an object, so that ids such as "toString" name no template.
const byId = new Map(ALL.map((t) => [t.info.id, t]));

/** The starter templates, for pickers and validation. */
export const TEMPLATES: TemplateInfo[] = ALL.map((t) => t.info);

/** The spec behind a template id, or null (for tests and tools that check templates). */
export function templateSpec(id: string): TemplateSpec | null {
  return byId.get(id)?.spec ?? null;
}

/** A fresh map from a template (new ids each time), or null for an unknown template id. */
export function templateMap(id: string, title?: string): MapState | null {
  const spec = templateSpec(id);
  if (!spec) return null;
  const map = buildTemplate(spec);
  if (title) map.meta.title = title;
  return map;
}
