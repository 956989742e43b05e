import type { ReactNode } from 'react';

export const STEPS = [
  { key: 'kind', label: 'Loại' },
  { key: 'topic', label: 'Lĩnh vực' },
  { key: 'content', label: 'Nội dung' },
  { key: 'photos', label: 'Ảnh, địa điểm' },
  { key: 'contact', label: 'Người gửi' },
  { key: 'review', label: 'Xem lại, gửi' },
] as const;

export type StepKey = (typeof STEPS)[number]['key'];

export function stepPath(step: StepKey): string {
  return step === 'kind' ? '/feedback/new' : `/feedback/new/${step}`;
}

/** "Bước 3/6" with a progress bar and the question of this screen as the page heading. */
export function StepFrame({ step, title, lead, children }: { step: StepKey; title: string; lead?: ReactNode; children: ReactNode }) {
  const index = STEPS.findIndex((s) => s.key === step);
  return (
    <div className="step">
      <div className="step__progress">
        <p className="step__count">
          Bước {index + 1}/{STEPS.length}: {STEPS[index].label}
        </p>
        <div
          className="step__bar"
          role="progressbar"
          aria-label="Tiến độ gửi phản ánh"
          aria-valuemin={1}
          aria-valuemax={STEPS.length}
          aria-valuenow={index + 1}
        >
          <span style={{ width: `${((index + 1) / STEPS.length) * 100}%` }} />
        </div>
      </div>
      <h1 className="page-title">{title}</h1>
      {lead && <p className="lead">{lead}</p>}
      {children}
    </div>
  );
}

/** The bottom buttons of a step: the main action, full width and large. */
export function StepActions({ children }: { children: ReactNode }) {
  return <div className="step__actions">{children}</div>;
}
