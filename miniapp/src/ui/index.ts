/** The UI kit shared by the Mini App and the officers' console. Styles: ./ui.css (imported by both entries). */
export { CheckboxField, FieldError, FormField, SelectField, TextAreaField, TextField, fieldDescribedBy } from './form-field.tsx';
export { EmptyState, StatesConfigContext, type StatesConfig, ErrorState, LoadingState, Spinner, canRetry, type StateError } from './states.tsx';
export { SeverityBadge, StatusBadge } from './status-badge.tsx';
export { ArticleHtml } from './article-html.tsx';
