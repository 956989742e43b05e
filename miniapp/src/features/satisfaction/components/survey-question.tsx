import type { CurrentSurveyT, SurveyQuestionT } from '@cchc/shared/api/satisfaction';
import { useId } from 'react';
import { ScaleChoices } from './scale-choices.tsx';

/** One question: its text (marked when it must be answered) and the five choices. */
export function SurveyQuestion({
  question,
  scale,
  value,
  missing,
  onChange,
}: {
  question: SurveyQuestionT;
  scale: CurrentSurveyT['scale'];
  value: number | undefined;
  missing: boolean;
  onChange: (value: number) => void;
}) {
  const id = useId();
  return (
    <fieldset className={missing ? 'survey-question survey-question--missing' : 'survey-question'} data-testid="survey-question" data-code={question.code}>
      <legend className="survey-question__text" id={id}>
        {question.text}
        {!question.required && <span className="survey-question__optional"> (không bắt buộc)</span>}
      </legend>
      <ScaleChoices scale={scale} value={value} onChange={onChange} labelledBy={id} />
      {missing && (
        <p className="ui-field__error" role="alert">
          Vui lòng chọn một mức đánh giá cho câu này.
        </p>
      )}
    </fieldset>
  );
}
