import type { CurrentSurveyT } from '@cchc/shared/api/satisfaction';

/** The mouth of each level's face, from a deep frown (1) to a wide smile (5). */
const MOUTHS: Record<number, string> = {
  1: 'M8 17.5q4-4.5 8 0',
  2: 'M8.5 16.5q3.5-2.5 7 0',
  3: 'M8.5 15.5h7',
  4: 'M8.5 14.5q3.5 2.5 7 0',
  5: 'M7.5 13.5q4.5 5 9 0z',
};

/** A drawn face beside each word (no emoji: older phones lack some), so the choice reads without the colours. */
function Face({ value }: { value: number }) {
  return (
    <svg className="scale__face" viewBox="0 0 24 24" width="32" height="32" aria-hidden="true" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round">
      <circle cx="12" cy="12" r="10" />
      <circle cx="8.5" cy="9.5" r="1.1" fill="currentColor" stroke="none" />
      <circle cx="15.5" cy="9.5" r="1.1" fill="currentColor" stroke="none" />
      <path d={MOUTHS[value] ?? MOUTHS[3]} fill={value === 5 ? 'currentColor' : 'none'} />
    </svg>
  );
}

/** Five large choices with their words (not only stars), one tap each; tapping the chosen one again keeps it. */
export function ScaleChoices({
  scale,
  value,
  onChange,
  labelledBy,
}: {
  scale: CurrentSurveyT['scale'];
  value: number | undefined;
  onChange: (value: number) => void;
  labelledBy: string;
}) {
  return (
    <div className="scale" role="radiogroup" aria-labelledby={labelledBy}>
      {scale.map((level) => {
        const selected = value === level.value;
        return (
          <button
            key={level.value}
            type="button"
            role="radio"
            aria-checked={selected}
            className={`scale__choice scale__choice--${level.value}${selected ? ' scale__choice--selected' : ''}`}
            onClick={() => onChange(level.value)}
          >
            <Face value={level.value} />
            <span className="scale__label">{level.label}</span>
          </button>
        );
      })}
    </div>
  );
}
