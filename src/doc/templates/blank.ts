import { defineTemplate } from './define.ts';

export const blank = defineTemplate({
  id: 'blank',
  name: 'Blank map',
  description: 'Three stages, four lanes, no cards',
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
});
