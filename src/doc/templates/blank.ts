import type { TemplateSpec } from './build.ts';

export const blank: TemplateSpec = {
  title: 'Untitled journey',
  purpose: '',
  stages: [{ name: 'Discover' }, { name: 'Decide' }, { name: 'Use' }],
  lanes: [
    { name: 'Customer actions', kind: 'actions' },
    { name: 'Touchpoints', kind: 'touchpoints' },
    { name: 'Emotions', kind: 'emotion' },
    { name: 'Pain points', kind: 'painpoints' },
  ],
  personas: [{ key: 'customer', name: 'Customer' }],
  cards: [],
};
