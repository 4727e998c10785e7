import type { RoadmapQuadrant } from '../doc/systems.ts';

/* The roadmap's quadrants as people read them, in the app and in the PDF report alike. */

export const QUADRANT_COLORS: Record<RoadmapQuadrant, string> = {
  'fix-first': '#dc2626',
  sustain: '#4f46e5',
  maintain: '#64748b',
  tolerate: '#d97706',
};

export const QUADRANT_LABELS: Record<RoadmapQuadrant, string> = {
  'fix-first': 'Fix first',
  sustain: 'Sustain',
  maintain: 'Maintain',
  tolerate: 'Tolerate',
};

/**
 * The four regions in grid cells: maturity 5…3 | 2…1 across (high maturity on the left),
 * importance 5…3 | 2…1 down.
 */
export const REGIONS: {
  quadrant: RoadmapQuadrant;
  x: number;
  y: number;
  w: number;
  h: number;
  fill: string;
  ink: string;
}[] = [
  { quadrant: 'sustain', x: 0, y: 0, w: 3, h: 3, fill: '#eef2ff', ink: '#4338ca' },
  { quadrant: 'fix-first', x: 3, y: 0, w: 2, h: 3, fill: '#fee2e2', ink: '#991b1b' },
  { quadrant: 'maintain', x: 0, y: 3, w: 3, h: 2, fill: '#f8fafc', ink: '#475569' },
  { quadrant: 'tolerate', x: 3, y: 3, w: 2, h: 2, fill: '#fffbeb', ink: '#92400e' },
];
