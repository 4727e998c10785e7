import type { TemplateSpec } from './build.ts';

/** How a template is listed: in the new-map picker and by `GET /api/templates`. */
export interface TemplateInfo {
  id: string;
  name: string;
  description: string;
}

/** What a template file declares: how it is listed, and the map it starts, as plain data. */
export interface TemplateDefinition extends TemplateInfo, Omit<TemplateSpec, 'title'> {
  /** The new map's title; defaults to `name`, which most templates share with it. */
  title?: string;
}

/** A declared template: its listing and the spec that `buildTemplate` turns into a map. */
export interface Template {
  info: TemplateInfo;
  spec: TemplateSpec;
}

/** Declares a starter template; register it in `index.ts` to offer it. */
export function defineTemplate(definition: TemplateDefinition): Template {
  const { id, name, description, title = name, ...content } = definition;
  return { info: { id, name, description }, spec: { title, ...content } };
}
