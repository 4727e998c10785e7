/* The health score as a ring that fills and changes colour with the score. */

/** Colour and word for a score: green from 80, amber from 50, red below (text a shade darker, for contrast). */
export function scoreTone(score: number) {
  if (score >= 80) return { color: '#16a34a', text: '#15803d', word: 'Healthy' };
  if (score >= 50) return { color: '#d97706', text: '#b45309', word: 'Needs attention' };
  return { color: '#dc2626', text: '#b91c1c', word: 'At risk' };
}

const SIZE = 88;
const STROKE = 10;
const RADIUS = (SIZE - STROKE) / 2;
const CIRCUMFERENCE = 2 * Math.PI * RADIUS;

export function ScoreRing({ score }: { score: number }) {
  const tone = scoreTone(score);
  return (
    <div
      role="meter"
      aria-label="Health score"
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={score}
      aria-valuetext={`${score} out of 100, ${tone.word.toLowerCase()}`}
      className="flex items-center gap-4"
    >
      <svg width={SIZE} height={SIZE} viewBox={`0 0 ${SIZE} ${SIZE}`} aria-hidden="true">
        <circle
          cx={SIZE / 2}
          cy={SIZE / 2}
          r={RADIUS}
          fill="none"
          stroke="#e2e8f0"
          strokeWidth={STROKE}
        />
        <circle
          cx={SIZE / 2}
          cy={SIZE / 2}
          r={RADIUS}
          fill="none"
          stroke={tone.color}
          strokeWidth={STROKE}
          strokeLinecap="round"
          strokeDasharray={CIRCUMFERENCE}
          strokeDashoffset={CIRCUMFERENCE * (1 - score / 100)}
          transform={`rotate(-90 ${SIZE / 2} ${SIZE / 2})`}
          className="transition-[stroke-dashoffset] duration-500"
        />
      </svg>
      <div className="flex flex-col">
        <span className="text-4xl font-bold text-slate-900 tabular-nums">
          {score}
          <span className="text-2xl font-semibold text-slate-600"> / 100</span>
        </span>
        <span className="text-base font-semibold" style={{ color: tone.text }}>
          {tone.word}
        </span>
      </div>
    </div>
  );
}
