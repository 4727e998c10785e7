/* Stroke icons drawn inline (no icon font, so exports and offline use never lose them). */

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
};

export const PencilIcon = () => (
  <svg {...base}>
    <path d="M12 20h9M16.5 3.5a2.1 2.1 0 0 1 3 3L7 19l-4 1 1-4Z" />
  </svg>
);
export const TrashIcon = () => (
  <svg {...base}>
    <path d="M3 6h18M8 6V4h8v2M6 6l1 14h10l1-14" />
  </svg>
);
export const ArrowIcon = ({ dir }: { dir: 'left' | 'right' | 'up' | 'down' }) => {
  const rotate = { right: 0, down: 90, left: 180, up: 270 }[dir];
  return (
    <svg {...base} style={{ transform: `rotate(${rotate}deg)` }}>
      <path d="M5 12h14M13 6l6 6-6 6" />
    </svg>
  );
};
export const PlusIcon = () => (
  <svg {...base}>
    <path d="M12 5v14M5 12h14" />
  </svg>
);
export const StarIcon = () => (
  <svg {...base} fill="currentColor" strokeWidth={1}>
    <path d="m12 3 2.7 5.6 6.1.9-4.4 4.3 1 6.1L12 17l-5.4 2.9 1-6.1-4.4-4.3 6.1-.9Z" />
  </svg>
);
export const UndoIcon = ({ redo = false }: { redo?: boolean }) => (
  <svg {...base} width={18} height={18} style={redo ? { transform: 'scaleX(-1)' } : undefined}>
    <path d="M9 14 4 9l5-5" />
    <path d="M4 9h10.5a5.5 5.5 0 0 1 0 11H11" />
  </svg>
);
