import type { LabelSpot } from '../canvas/route.ts';

/* A line's words in a pill, sized to the room the route leaves and cut short to fit. */

/** Size and measure of the words; a problem flow's are larger, so it stands out at a distance. */
const LOOK = {
  plain: { font: 13, charW: 7.2, height: 21, pad: 8 },
  alarm: { font: 14, charW: 8.2, height: 24, pad: 9 },
};
/** The text cut to `room` canvas units, with an ellipsis when it had to be. */
export function fitText(text: string, room: number, charW = LOOK.plain.charW, pad = 8): string {
  const max = Math.max(3, Math.floor((room - 2 * pad) / charW));
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
  const { font, charW, height, pad } = LOOK[alarm ? 'alarm' : 'plain'];
  const shown = fitText(text, spot.room, charW, pad);
  const width = shown.length * charW + 2 * pad;
  return (
    <g transform={`translate(${spot.x} ${spot.y}) rotate(${spot.angle})`} pointerEvents="all">
      <title>{text}</title>
      <rect
        x={-width / 2}
        y={-height / 2}
        width={width}
        height={height}
        rx={height / 2}
        fill={alarm ? '#fef2f2' : '#ffffff'}
        stroke={color}
        strokeWidth={alarm ? 2 : 1.25}
      />
      <text
        textAnchor="middle"
        dominantBaseline="central"
        fontSize={font}
        fontWeight={alarm ? 700 : 600}
        fill={alarm ? '#991b1b' : '#1e293b'}
      >
        {shown}
      </text>
    </g>
  );
}
