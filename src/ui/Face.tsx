/** Words for each point of the −2…+2 emotion scale, used for names and labels. */
export const EMOTION_LABELS: Record<number, string> = {
  [-2]: 'Very negative',
  [-1]: 'Negative',
  0: 'Neutral',
  1: 'Positive',
  2: 'Very positive',
};

export const EMOTION_COLORS: Record<number, string> = {
  [-2]: '#dc2626',
  [-1]: '#f97316',
  0: '#94a3b8',
  1: '#65a30d',
  2: '#16a34a',
};

/** A small face whose mouth and colour follow an emotion score. */
export function Face({ score, size = 20 }: { score: number; size?: number }) {
  const mouth = 15 + score * 1.6;
  return (
    <svg width={size} height={size} viewBox="0 0 24 24" aria-hidden="true">
      <circle cx="12" cy="12" r="11" fill={EMOTION_COLORS[score] ?? '#94a3b8'} />
      <circle cx="8.5" cy="9.5" r="1.4" fill="white" />
      <circle cx="15.5" cy="9.5" r="1.4" fill="white" />
      <path
        d={`M7 15 Q12 ${mouth} 17 15`}
        stroke="white"
        strokeWidth="1.8"
        fill="none"
        strokeLinecap="round"
      />
    </svg>
  );
}
