import { useEffect } from 'react';
import { Navigate, useParams } from 'react-router-dom';
import { useNavigate } from 'zmp-ui';
import { AppPage } from '../components/app-page.tsx';
import { ContactStep } from '../features/feedback/components/contact-step.tsx';
import { ContentStep } from '../features/feedback/components/content-step.tsx';
import { KindStep } from '../features/feedback/components/kind-step.tsx';
import { PhotosStep } from '../features/feedback/components/photos-step.tsx';
import { ReviewStep } from '../features/feedback/components/review-step.tsx';
import { STEPS, stepPath, type StepKey } from '../features/feedback/components/step-frame.tsx';
import { TopicStep } from '../features/feedback/components/topic-step.tsx';
import { validateContact } from '../features/feedback/components/contact-step.tsx';
import { firstMissingStep, startDraftFor, useFeedbackDraft } from '../features/feedback/hooks/use-feedback-draft.ts';
import { useChosenUnit } from '../features/units/hooks/use-current-unit.ts';

/** One screen per step of "Gửi phản ánh, kiến nghị": /feedback/new, /feedback/new/topic, … /feedback/new/review. */
export default function FeedbackNewPage() {
  const unit = useChosenUnit();
  const navigate = useNavigate();
  const { step: param } = useParams();
  const draft = useFeedbackDraft();
  const step = (param ?? 'kind') as StepKey;
  const index = STEPS.findIndex((s) => s.key === step);

  useEffect(() => startDraftFor(unit.slug), [unit.slug]);

  if (index < 0) return <Navigate to="/feedback/new" replace />;

  // A later step opened before the earlier ones were filled in (a reload, an old link): go back to the gap.
  const missing = firstMissingStep(draft);
  const missingIndex = missing ? STEPS.findIndex((s) => s.key === missing) : -1;
  if (draft.unit === unit.slug && missingIndex >= 0 && missingIndex < index) return <Navigate to={stepPath(missing!)} replace />;
  if (step === 'review' && Object.keys(validateContact(draft.contact)).length > 0) return <Navigate to={stepPath('contact')} replace />;

  const goTo = (next: StepKey) => navigate(stepPath(next));
  const following = STEPS[index + 1]?.key;
  const onNext = () => following && goTo(following);
  const backTo = index === 0 ? '/' : stepPath(STEPS[index - 1].key);

  return (
    <AppPage title="Gửi phản ánh, kiến nghị" backTo={backTo}>
      {step === 'kind' && <KindStep onNext={onNext} />}
      {step === 'topic' && <TopicStep unit={unit.slug} onNext={onNext} />}
      {step === 'content' && <ContentStep unit={unit.slug} onNext={onNext} />}
      {step === 'photos' && <PhotosStep onNext={onNext} />}
      {step === 'contact' && <ContactStep onNext={onNext} />}
      {step === 'review' && (
        <ReviewStep unit={unit.slug} unitName={unit.name} onSent={() => navigate('/feedback/sent', { replace: true })} />
      )}
    </AppPage>
  );
}
