import { EMOTION_LABELS, Face } from '../ui/Face.tsx';

interface EmotionPickerProps {
  persona: string;
  value: number | null;
  onChange(value: number | null): void;
}

const SCORES = [-2, -1, 0, 1, 2];

/** Five faces under a selected card: pick how this persona feels here (click again to clear). */
export function EmotionPicker({ persona, value, onChange }: EmotionPickerProps) {
  return (
    <div
      role="radiogroup"
      aria-label="Emotion"
      className="nodrag absolute top-full left-0 z-10 mt-2 flex items-center gap-1 rounded-lg bg-white p-1.5 shadow-lg ring-1 ring-slate-200"
    >
      <span className="px-1 text-xs text-slate-500">{persona}</span>
      {SCORES.map((score) => (
        <button
          key={score}
          type="button"
          role="radio"
          aria-checked={value === score}
          aria-label={EMOTION_LABELS[score]}
          title={EMOTION_LABELS[score]}
          onClick={() => onChange(value === score ? null : score)}
          className={`rounded-full p-0.5 focus-visible:outline-2 focus-visible:outline-indigo-500 ${
            value === score ? 'ring-2 ring-indigo-500' : 'opacity-60 hover:opacity-100'
          }`}
        >
          <Face score={score} size={22} />
        </button>
      ))}
    </div>
  );
}
