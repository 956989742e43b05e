import type { CurrentSurveyT } from '@cchc/shared/api/satisfaction';
import { surveyContextOf } from '@cchc/shared/satisfaction/survey-link';
import { useEffect, useMemo, useRef, useState } from 'react';
import { Navigate, useLocation, useSearchParams } from 'react-router-dom';
import { Button } from 'zmp-ui';
import { AppPage } from '../components/app-page.tsx';
import { ErrorState, LoadingState, TextAreaField } from '../ui/index.ts';
import { ApiError } from '../lib/api-client.ts';
import { invalidateQueries } from '../lib/use-query.ts';
import { getCurrentSurvey, submitSurvey } from '../features/satisfaction/api/surveys.ts';
import { ExpectationsPicker } from '../features/satisfaction/components/expectations-picker.tsx';
import { SurveyDone } from '../features/satisfaction/components/survey-done.tsx';
import { SurveyQuestion } from '../features/satisfaction/components/survey-question.tsx';
import { useCurrentSurvey } from '../features/satisfaction/hooks/use-survey.ts';
import { missingRequired, surveyBody, surveyErrorMessage, surveySteps, type Answers } from '../features/satisfaction/lib/survey-steps.ts';
import { useCurrentUnit } from '../features/units/hooks/use-current-unit.ts';
import '../features/satisfaction/satisfaction.css';

type Outcome = { kind: 'thanks'; message: string } | { kind: 'already'; message: string };

/**
 * "Đánh giá sự hài lòng" (/survey?unit=&procedure=&feedback=&desk=): one SIPAS factor per step, five large
 * choices with words, then overall satisfaction, what to improve first and a comment; a thank-you after.
 */
export default function SurveyPage() {
  const [params] = useSearchParams();
  const location = useLocation();
  const { unit: chosen, choose } = useCurrentUnit();
  const linked = useMemo(() => surveyContextOf(params), [params]);
  const unit = linked.unit ?? chosen?.slug ?? null;
  const survey = useCurrentSurvey(unit);

  // A QR code at the desk names the commune: the first-time visitor's app takes it as theirs.
  useEffect(() => {
    if (chosen === null && survey.data) choose({ slug: survey.data.unit.slug, name: survey.data.unit.name });
  }, [chosen, survey.data, choose]);

  if (!unit && chosen === null) return <Navigate to={`/units?next=${encodeURIComponent(location.pathname + location.search)}`} replace />;
  return (
    <AppPage title="Đánh giá sự hài lòng" backTo="/">
      {(survey.status === 'loading' || (!unit && chosen === undefined)) && <LoadingState />}
      {survey.status === 'error' && <ErrorState error={survey.error} onRetry={survey.reload} />}
      {survey.data && <SurveyForm key={survey.data.questionSetVersion} survey={survey.data} context={linked} onReplaced={survey.reload} />}
    </AppPage>
  );
}

function SurveyForm({ survey, context, onReplaced }: { survey: CurrentSurveyT; context: ReturnType<typeof surveyContextOf>; onReplaced: () => void }) {
  const steps = useMemo(() => surveySteps(survey), [survey]);
  const [index, setIndex] = useState(0);
  const [answers, setAnswers] = useState<Answers>({});
  const [expectations, setExpectations] = useState<string[]>([]);
  const [comment, setComment] = useState('');
  const [showMissing, setShowMissing] = useState(false);
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const top = useRef<HTMLDivElement>(null);

  const step = steps[index];
  const last = index === steps.length - 1;
  const missing = missingRequired(step, answers);

  const goTo = (next: number) => {
    setIndex(next);
    setShowMissing(false);
    setError(null);
    top.current?.scrollIntoView({ block: 'start' });
  };

  const send = async () => {
    setSending(true);
    setError(null);
    const { unit: _unit, ...transaction } = context;
    try {
      const result = await submitSurvey(survey.unit.slug, surveyBody(survey, answers, expectations, comment, transaction));
      setOutcome({ kind: 'thanks', message: result.message });
    } catch (caught) {
      if (caught instanceof ApiError && caught.status === 409) {
        // A 409 is either this transaction rated already, or the question set replaced while answering.
        const replaced = await getCurrentSurvey(survey.unit.slug).then(
          (fresh) => fresh.questionSetVersion !== survey.questionSetVersion,
          () => false,
        );
        if (replaced) {
          window.alert(caught.message);
          invalidateQueries(`survey-current/${survey.unit.slug}`);
          onReplaced();
        } else setOutcome({ kind: 'already', message: caught.message });
      } else setError(surveyErrorMessage(caught));
    } finally {
      setSending(false);
    }
  };

  const next = () => {
    if (missing.length > 0) {
      setShowMissing(true);
      setError(missing.length === 1 ? 'Còn 1 câu bắt buộc chưa trả lời.' : `Còn ${missing.length} câu bắt buộc chưa trả lời.`);
      return;
    }
    if (last) void send();
    else goTo(index + 1);
  };

  if (outcome) return <SurveyDone unit={survey.unit.slug} unitName={survey.unit.name} already={outcome.kind === 'already'} message={outcome.message} />;

  return (
    <div className="step survey" ref={top} data-testid="survey">
      {index === 0 && (
        <div className="survey__intro">
          <p className="survey__unit">{survey.unit.name}</p>
          {survey.intro && <p className="lead">{survey.intro}</p>}
          {(context.procedureCode || context.desk || context.feedbackCode) && (
            <p className="muted" data-testid="survey-context">
              {[
                context.desk && `Quầy: ${context.desk}`,
                context.procedureCode && `Thủ tục: ${context.procedureCode}`,
                context.feedbackCode && `Phản ánh: ${context.feedbackCode}`,
              ]
                .filter(Boolean)
                .join(' · ')}
            </p>
          )}
        </div>
      )}
      <div className="step__progress">
        <p className="step__count">
          Bước {index + 1}/{steps.length}: {step.title}
        </p>
        <div className="step__bar" role="progressbar" aria-label="Tiến độ đánh giá" aria-valuemin={1} aria-valuemax={steps.length} aria-valuenow={index + 1}>
          <span style={{ width: `${((index + 1) / steps.length) * 100}%` }} />
        </div>
      </div>
      <h2 className="page-title" data-testid="survey-step-title">
        {step.factor === null ? 'Đánh giá chung' : step.title}
      </h2>
      {step.questions.map((q) => (
        <SurveyQuestion
          key={q.id}
          question={q}
          scale={survey.scale}
          value={answers[q.id]}
          missing={showMissing && q.required && answers[q.id] === undefined}
          onChange={(value) => {
            setAnswers((a) => ({ ...a, [q.id]: value }));
            setError(null);
          }}
        />
      ))}
      {last && (
        <>
          <ExpectationsPicker survey={survey} chosen={expectations} onChange={setExpectations} />
          <TextAreaField
            label="Ý kiến khác của bạn"
            optional
            value={comment}
            onChange={setComment}
            maxLength={survey.commentMaxLength}
            rows={4}
            hint="Không ghi số điện thoại, số căn cước hay địa chỉ của bạn."
          />
        </>
      )}
      {error && (
        <p className="ui-field__error" role="alert" data-testid="survey-error">
          {error}
        </p>
      )}
      <div className="step__actions">
        <Button className="btn-large" variant="primary" fullWidth loading={sending} disabled={sending} onClick={next}>
          {last ? 'Gửi đánh giá' : 'Tiếp tục'}
        </Button>
        {index > 0 && (
          <Button className="btn-large" variant="secondary" fullWidth disabled={sending} onClick={() => goTo(index - 1)}>
            Quay lại
          </Button>
        )}
      </div>
      {last && <p className="muted survey__source">Bộ câu hỏi phiên bản {survey.questionSetVersion}. {survey.source}</p>}
    </div>
  );
}
