import type { LabelSpot } from '../canvas/route.ts';

/* A line's words in a pill, sized to the room the route leaves and cut short to fit. */

const FONT = 13;
/** Inter at 13 px, semibold: a little under this per character, on average. */
const CHAR_W = 7.2;
const PAD = 8;
const HEIGHT = 21;

/** The text cut to `room` canvas units, with an ellipsis when it had to be. */
export function fitText(text: string, room: number): string {
  const max = Math.max(3, Math.floor((room - 2 * PAD) / CHAR_W));
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

export function EdgeLabel({
  spot,
  text,
  alarm,
  color,
}: {
  spot: LabelSpot;
  text: string;
  alarm: boolean;
  color: string;
}) {
  const shown = fitText(text, spot.room);
  const width = shown.length * CHAR_W + 2 * PAD;
  return (
    <g transform={`translate(${spot.x} ${spot.y}) rotate(${spot.angle})`} pointerEvents="all">
      <title>{text}</title>
      <rect
        x={-width / 2}
        y={-HEIGHT / 2}
        width={width}
        height={HEIGHT}
        rx={HEIGHT / 2}
        fill={alarm ? '#fef2f2' : '#ffffff'}
        stroke={color}
        strokeWidth={alarm ? 2 : 1.25}
      />
      <text
        textAnchor="middle"
        dominantBaseline="central"
        fontSize={FONT}
        fontWeight={alarm ? 700 : 600}
        fill={alarm ? '#991b1b' : '#1e293b'}
      >
        {shown}
      </text>
    </g>
  );
}
