import type { CurrentSurveyT } from '@cchc/shared/api/satisfaction';

/** 1 rất không hài lòng … 5 rất hài lòng: a face beside each word, so the choice reads without the colours. */
const FACES: Record<number, string> = { 1: '😞', 2: '🙁', 3: '😐', 4: '🙂', 5: '😀' };

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
            <span className="scale__face" aria-hidden="true">
              {FACES[level.value] ?? level.value}
            </span>
            <span className="scale__label">{level.label}</span>
          </button>
        );
      })}
    </div>
  );
}
