/* The toolbar's icons: 16 px strokes beside each label, decorative (the label names the tool). */

const base = {
  width: 16,
  height: 16,
  viewBox: '0 0 24 24',
  fill: 'none',
  stroke: 'currentColor',
  strokeWidth: 2,
  strokeLinecap: 'round' as const,
  strokeLinejoin: 'round' as const,
  'aria-hidden': true,
  focusable: false,
};

const PATHS = {
  filter: 'M3 5h18l-7 8v6l-4 2v-8Z',
  comments: 'M21 12a8 8 0 0 1-11.6 7.1L3 21l1.9-5.4A8 8 0 1 1 21 12Z',
  vote: 'M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18ZM8 12l3 3 5-6',
  people:
    'M16 20v-2a4 4 0 0 0-8 0v2M12 11a3 3 0 1 0 0-6 3 3 0 0 0 0 6ZM20 20v-1.5a3 3 0 0 0-2.5-3M4 20v-1.5a3 3 0 0 1 2.5-3',
  personas: 'M20 21v-2a4 4 0 0 0-4-4H8a4 4 0 0 0-4 4v2M12 11a4 4 0 1 0 0-8 4 4 0 0 0 0 8Z',
  health: 'M3 12h4l3-8 4 16 3-8h4',
  actions: 'M9 11l3 3 8-8M20 12v7a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2h11',
  kpis: 'M4 20V10M10 20V4M16 20v-7M22 20H2',
  systems: 'M4 4h16v6H4ZM4 14h16v6H4ZM8 7h.01M8 17h.01',
  history: 'M3 12a9 9 0 1 0 3-6.7L3 8M3 3v5h5M12 7v5l3 2',
  observed: 'M3 17l5-5 4 4 8-8M14 8h6v6',
  export: 'M12 3v12M7 10l5 5 5-5M4 21h16',
  chevron: 'M6 9l6 6 6-6',
} as const;

export type ToolIconName = keyof typeof PATHS;

/** One toolbar icon by name. */
export function ToolIcon({ name }: { name: ToolIconName }) {
  return (
    <svg {...base}>
      <path d={PATHS[name]} />
    </svg>
  );
}
