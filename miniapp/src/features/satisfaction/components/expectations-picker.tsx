import type { CurrentSurveyT } from '@cchc/shared/api/satisfaction';

/** "Theo bạn, cần cải thiện điều gì trước?": up to maxExpectations of the set's choices, large check rows. */
export function ExpectationsPicker({
  survey,
  chosen,
  onChange,
}: {
  survey: Pick<CurrentSurveyT, 'expectations' | 'maxExpectations'>;
  chosen: string[];
  onChange: (chosen: string[]) => void;
}) {
  if (survey.expectations.length === 0) return null;
  const full = chosen.length >= survey.maxExpectations;
  return (
    <fieldset className="survey-expectations" data-testid="survey-expectations">
      <legend className="survey-question__text">
        Theo bạn, cần cải thiện điều gì trước?
        <span className="survey-question__optional"> (chọn tối đa {survey.maxExpectations})</span>
      </legend>
      {survey.expectations.map((e) => {
        const checked = chosen.includes(e.code);
        return (
          <label key={e.code} className={checked ? 'check-row check-row--checked' : 'check-row'}>
            <input
              type="checkbox"
              checked={checked}
              disabled={!checked && full}
              onChange={() => onChange(checked ? chosen.filter((c) => c !== e.code) : [...chosen, e.code])}
            />
            <span>{e.text}</span>
          </label>
        );
      })}
    </fieldset>
  );
}
