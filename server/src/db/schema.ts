import type { ColumnType, Generated, JSONColumnType } from 'kysely';
import type { GuideDetailT, OnlineLevelT } from '@cchc/shared/api/catalog';
import type { OfficeHoursT, UnitKindT } from '@cchc/shared/api/units';
import type { ProcedureContent } from '@cchc/shared/api/procedure-content';
import type { ChannelT, KindT, PeriodicityT } from '@cchc/shared/plan/vocabulary';

type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type UpdatedAt = ColumnType<Date, Date | string | undefined, Date | string>;

export interface UnitsTable {
  id: Generated<number>;
  slug: string;
  name: string;
  kind: UnitKindT;
  parent_id: number | null;
  address: string | null;
  office_hours: JSONColumnType<OfficeHoursT[]>;
  is_demo: Generated<boolean>;
  catalog_version: Generated<number>;
  reopen_days: Generated<number>;
  /** The unit's stricter deadline to transfer a PAKN outside its competence (≤ 5); null: NĐ 20/2008's 05 days. */
  transfer_working_days: number | null;
  /** The unit's stricter deadline for the notice of handling (≤ 10); null: Luật Tiếp công dân's 10 days. */
  notice_working_days: number | null;
  /** The commune shows its satisfaction figures in the Mini App (issue 10). */
  publish_satisfaction: Generated<boolean>;
  created_at: CreatedAt;
}

/** 022: where a PAKN outside a commune's competence goes (Công an xã, the city's departments), per province. */
export interface TransferAgenciesTable {
  id: Generated<number>;
  /** The province (the city unit) whose communes transfer to it. */
  province_id: number;
  slug: string;
  name: string;
  position: Generated<number>;
  active: Generated<boolean>;
  created_at: CreatedAt;
}

export type ProcedureStatus = 'active' | 'amended' | 'repealed';

export interface ProceduresTable {
  id: Generated<number>;
  unit_id: number;
  code: string;
  name: string;
  field: string;
  online_level: OnlineLevelT;
  summary: string;
  detail: JSONColumnType<ProcedureContent>;
  status: Generated<ProcedureStatus>;
  updated_at: UpdatedAt;
}

export type RevisionAction = 'published' | 'updated' | 'amended' | 'repealed';

export interface ProcedureRevisionsTable {
  id: Generated<number>;
  unit_id: number;
  procedure_id: number;
  action: RevisionAction;
  decision: string;
  /** A calendar day, returned as 'YYYY-MM-DD'. */
  decided_on: string | null;
  snapshot: JSONColumnType<Record<string, unknown>>;
  recorded_at: CreatedAt;
}

export interface HotlinesTable {
  id: Generated<number>;
  unit_id: number;
  name: string;
  phone: string;
  purpose: string;
  hours: string;
  is_demo: Generated<boolean>;
  position: number;
}

export interface GuidesTable {
  id: Generated<number>;
  unit_id: number;
  slug: string;
  title: string;
  summary: string;
  steps: JSONColumnType<GuideDetailT['steps']>;
  links: JSONColumnType<GuideDetailT['links']>;
  position: number;
}

export interface SchemaMigrationsTable {
  name: string;
  applied_at: CreatedAt;
}

export interface CalendarYearsTable {
  year: number;
  days_off: JSONColumnType<string[]>;
  working_days: JSONColumnType<string[]>;
  source: Generated<string>;
  updated_at: UpdatedAt;
  /** sha256 of the built-in table this row holds (calendar-sync.ts); null when an administrator entered it, or before 004. */
  builtin_hash: Generated<string | null>;
  /** True once a city administrator has saved this year: never overwritten by a built-in correction. */
  edited_by_admin: Generated<boolean>;
}

export type OfficerRole = 'city_admin' | 'unit_admin' | 'leader' | 'officer';

export interface OfficersTable {
  id: Generated<number>;
  unit_id: number;
  username: string;
  display_name: string;
  role: OfficerRole;
  password_hash: string;
  failed_logins: Generated<number>;
  locked_until: Date | null;
  active: Generated<boolean>;
  created_at: CreatedAt;
  /** 008: when an administrator disabled the account (null while active). */
  disabled_at: Date | null;
}

export interface RateLimitCountersTable {
  key: string;
  count: number;
  expires_at: Date;
}

export interface OfficerSessionsTable {
  token_hash: string;
  officer_id: number;
  unit_id: number;
  csrf_token: string;
  created_at: CreatedAt;
  expires_at: Date;
  last_seen_at: UpdatedAt;
}

export interface FeedbackTopicsTable {
  id: Generated<number>;
  unit_id: number;
  name: string;
  position: number;
  active: Generated<boolean>;
  code: string;
}

export type Severity = 'khan' | 'binh_thuong' | 'phuc_tap';

export interface FeedbackDeadlinesTable {
  id: Generated<number>;
  unit_id: number;
  topic_id: number | null;
  severity: Severity;
  working_days: number;
}

export interface UploadsTable {
  id: string;
  content_type: 'image/jpeg' | 'image/png' | 'image/webp';
  size_bytes: number;
  sha256: string;
  path: string;
  citizen_key: string;
  feedback_id: number | null;
  created_at: CreatedAt;
  /** The client address, while the upload is not attached to a PAKN (the per-address quota); null once attached. */
  client_address: string | null;
}

export interface FeedbackLocation {
  lat: number | null;
  lng: number | null;
  address: string | null;
}

export type FeedbackChannel = 'miniapp' | 'zalo_oa' | 'open311' | 'phone' | 'desk';

export type FeedbackStatus = 'moi' | 'da_tiep_nhan' | 'dang_xu_ly' | 'da_chuyen' | 'da_tra_loi' | 'dong' | 'mo_lai' | 'tu_choi';
export type RejectReason = 'khieu_nai_to_cao' | 'thieu_thong_tin' | 'trung' | 'ngoai_tham_quyen';

export interface FeedbackTable {
  id: Generated<number>;
  unit_id: number;
  code: string;
  access_key_hash: string;
  kind: 'phan_anh' | 'kien_nghi';
  topic_id: number;
  content: string;
  location: ColumnType<FeedbackLocation | null, string | null, string | null>;
  contact_name: string;
  contact_phone: string;
  contact_address: string;
  hide_identity: Generated<boolean>;
  citizen_key: string;
  channel: Generated<FeedbackChannel>;
  status: Generated<FeedbackStatus>;
  severity: Severity | null;
  field: string | null;
  /** 013: the lĩnh vực from the unit's managed list (feedback_fields); `field` keeps the text typed before. */
  field_id: number | null;
  /** 013: working days from receipt to the approved answer, counted with the working-day calendar. */
  handling_working_days: number | null;
  assignee_id: number | null;
  transferred_from_unit_id: number | null;
  /** 022: the agency (Công an xã, a city department) it was transferred to, by its name then. */
  transferred_to_agency: string | null;
  /** 022: the signed văn bản trả lời (PDF) attached to the answer; public only when the leader publishes it. */
  answer_document_path: string | null;
  answer_document_name: string | null;
  answer_document_bytes: number | null;
  answer_document_public: Generated<boolean>;
  duplicate_of_id: number | null;
  reject_reason: RejectReason | null;
  reject_note: string | null;
  received_at: CreatedAt;
  transfer_due_date: string;
  due_date: string;
  /** The due instant of a PAKN timed in working hours (khẩn); null: by the end of due_date. */
  due_at: Date | null;
  answer_draft: string | null;
  answer_submitted_at: Date | null;
  answer: string | null;
  answered_at: Date | null;
  answered_by: number | null;
  published: Generated<boolean>;
  published_at: Date | null;
  /** The leader's edited public copy (migration 007); null: the original, masked. */
  public_content: string | null;
  public_answer: string | null;
  rating: 'hai_long' | 'khong_hai_long' | null;
  rating_comment: string | null;
  rated_at: Date | null;
  closed_at: Date | null;
  idempotency_key: string | null;
  request_hash: string | null;
  updated_at: UpdatedAt;
}

export interface FeedbackPhotosTable {
  id: string;
  unit_id: number;
  feedback_id: number;
  upload_id: string;
  position: number;
  public: Generated<boolean>;
}

export interface FeedbackEventsTable {
  id: Generated<number>;
  unit_id: number;
  feedback_id: number;
  actor_kind: 'citizen' | 'officer' | 'system' | 'integration';
  officer_id: number | null;
  action: string;
  from_status: FeedbackStatus | null;
  to_status: FeedbackStatus | null;
  internal: Generated<boolean>;
  note: string | null;
  data: ColumnType<Record<string, unknown> | null, string | null, never>;
  created_at: CreatedAt;
}

export interface Open311KeysTable {
  id: Generated<number>;
  unit_id: number | null;
  name: string;
  key_hash: string;
  created_at: CreatedAt;
  /** 008: a revoked key stops working at once; the row stays for the PAKN it sent. */
  revoked_at: Date | null;
  last_used_at: Date | null;
}

/** 009: an Open311 request's e-mail and media links, kept for the unit, never in public answers. */
export interface Open311RequestDetailsTable {
  feedback_id: number;
  key_id: number;
  email: string | null;
  media_urls: string[];
  address_id: string | null;
  created_at: CreatedAt;
}

// ── plans (010, feature `plans`): communication plans, their tasks and counted targets ──
export interface PlansTable {
  id: Generated<number>;
  unit_id: number;
  number: string;
  signed_on: string | null;
  title: string;
  legal_basis: JSONColumnType<string[]>;
  starts_on: string;
  ends_on: string;
  version: Generated<number>;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}
export interface PlanTasksTable {
  id: Generated<number>;
  plan_id: number;
  position: number;
  content: string;
  lead: string;
  partners: string;
  timeframe: string;
  product: string;
}
export interface PlanTargetsTable {
  id: Generated<number>;
  plan_id: number;
  position: number;
  label: string;
  channel: ChannelT;
  kind: KindT;
  minimum: number;
  periodicity: PeriodicityT;
  office: string;
  task_position: number | null;
}
// ── end plans ──
// --- activities (features/activities, migration 011) ---
export interface ActivityBatchesTable {
  id: Generated<number>;
  unit_id: number;
  /** 'YYYY-MM'. */
  month: string;
  office: string;
  office_key: string;
  created_by: number | null;
  updated_at: UpdatedAt;
}

export interface ActivitiesTable {
  id: Generated<number>;
  unit_id: number;
  /** A Viet Nam calendar day, returned as 'YYYY-MM-DD'. */
  day: string;
  channel: string;
  kind: string;
  title: string;
  link: string | null;
  count: Generated<number>;
  attendees: Generated<number>;
  office: string | null;
  note: string | null;
  batch_id: number | null;
  version: Generated<number>;
  created_by: number | null;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface ActivityEvidenceTable {
  activity_id: number;
  file_name: string;
  content_type: string;
  size_bytes: number;
  sha256: string;
  path: string;
  created_at: CreatedAt;
}
// --- end activities ---
// ── articles (feature articles, migration 012) ─────────────────────────────
export interface ArticleMediaTable {
  id: string;
  unit_id: number;
  kind: 'image' | 'audio';
  content_type: string;
  extension: string;
  size_bytes: number;
  path: string;
  created_at: CreatedAt;
}

export interface ArticlesTable {
  id: Generated<number>;
  unit_id: number;
  title: string;
  summary: Generated<string>;
  body_html: Generated<string>;
  cover_media_id: string | null;
  audio_media_id: string | null;
  status: Generated<'draft' | 'published'>;
  /** Viet Nam day, 'YYYY-MM-DD'. */
  published_on: string | null;
  published_at: Date | null;
  version: Generated<number>;
  is_demo: Generated<boolean>;
  created_at: CreatedAt;
  updated_at: ColumnType<Date, Date | string | undefined, Date | string>;
}

export interface ArticleReaderDaysTable {
  article_id: number;
  day: string;
  unit_id: number;
  readers: Generated<number>;
  shares: Generated<number>;
}

/** 016: readers and shares per unit and month (its first day), kept by triggers on article_reader_days. */
export interface ArticleReaderMonthsTable {
  unit_id: number;
  month: string;
  readers: number;
  shares: number;
}

/** 016: activities' count and attendees per unit, month (its first day), channel and kind, kept by triggers on activities. */
export interface ActivityMonthCountsTable {
  unit_id: number;
  month: string;
  channel: string;
  kind: string;
  count: number;
  attendees: number;
}

export interface ArticleReaderSeenTable {
  day: string;
  token: Buffer;
}
// ── end articles ───────────────────────────────────────────────────────────
// --- reports (server/src/features/reports): migration 014 ---
export interface ReportTextsTable {
  unit_id: number;
  period_key: string;
  direction: Generated<string>;
  shortcomings: Generated<string>;
  next_steps: Generated<string>;
  number: Generated<string>;
  signer_title: Generated<string>;
  signer_name: Generated<string>;
  version: Generated<number>;
  updated_by: number | null;
  updated_at: UpdatedAt;
}

export interface ReportDueSettingsTable {
  city_unit_id: number;
  day_of_month: number;
  month_rule: Generated<'last_month' | 'next_month'>;
  version: Generated<number>;
  updated_by: number | null;
  updated_at: UpdatedAt;
}
// --- end reports ---
// ── PAKN figures (issue 8): the lĩnh vực list (rules) and the figures' summary (figures) ──
export interface FeedbackFieldsTable {
  id: Generated<number>;
  unit_id: number;
  name: string;
  /** The name folded (lower case, no diacritics, single spaces): unique per unit. */
  key: string;
  position: Generated<number>;
  active: Generated<boolean>;
  created_at: CreatedAt;
}

/** Kept by the trigger of migration 013 on every PAKN write: counts per unit, month ('m') or day ('d'), topic, lĩnh vực (0: none). */
export interface FeedbackFiguresTable {
  /** 'd' only since 015 (the month rows moved to their own tables). */
  grain: 'm' | 'd';
  unit_id: number;
  bucket: string;
  topic_id: number;
  field_id: number;
  received: number;
  answered: number;
  answered_on_time: number;
  answered_late: number;
  rejected: number;
  open: number;
  rated: number;
  satisfied: number;
}

export interface FeedbackFiguresDurationsTable {
  /** 'd' only since 015 (the month rows moved to their own tables). */
  grain: 'm' | 'd';
  unit_id: number;
  bucket: string;
  working_days: number;
  n: number;
}

/** 015: the month rows of feedback_figures (which keeps the day rows), by topic and by lĩnh vực apart. */
export interface FeedbackFiguresMonthsTable {
  month: string;
  unit_id: number;
  /** 't': key is a topic id; 'f': key is a lĩnh vực id (0: not classified). */
  dim: 't' | 'f';
  key: number;
  received: number;
  answered: number;
  answered_on_time: number;
  answered_late: number;
  rejected: number;
  open: number;
  rated: number;
  satisfied: number;
}

/** 015: the month rows of feedback_figures_durations. */
export interface FeedbackFiguresMonthDurationsTable {
  month: string;
  unit_id: number;
  working_days: number;
  n: number;
}

export interface FeedbackFiguresOpenTable {
  unit_id: number;
  received_day: string;
  topic_id: number;
  field_id: number;
  due_day: string;
  n: number;
}
// ── end PAKN figures ──

export interface ZaloOaTokensTable {
  oa_id: string;
  access_token: string;
  refresh_token: string;
  access_expires_at: Date;
  generation: Generated<number>;
  refreshed_at: Generated<Date>;
}

export interface ZaloEventsTable {
  id: Generated<number>;
  dedupe_key: string;
  event_name: string;
  user_id: string | null;
  payload: ColumnType<Record<string, unknown>, string, string>;
  status: Generated<'pending' | 'done' | 'failed'>;
  attempts: Generated<number>;
  run_after: Generated<Date>;
  locked_until: Date | null;
  received_at: Generated<Date>;
  processed_at: Date | null;
  last_error: string | null;
}

export interface OfficerZaloLinksTable {
  officer_id: number;
  oa_user_id: string;
  linked_at: Generated<Date>;
}

export interface OfficerZaloLinkCodesTable {
  code_hash: string;
  officer_id: number;
  expires_at: Date;
}

export type OutboxRecipientKind = 'oa_user' | 'citizen' | 'officer';
export type OutboxStatus = 'pending' | 'sent' | 'undeliverable' | 'failed';

export interface NotificationOutboxTable {
  id: Generated<number>;
  kind: string;
  unit_id: number | null;
  recipient_kind: OutboxRecipientKind;
  recipient: string;
  feedback_id: number | null;
  message: ColumnType<Record<string, unknown> | null, string | null, string | null>;
  dedupe_key: string;
  status: Generated<OutboxStatus>;
  attempts: Generated<number>;
  run_after: Generated<Date>;
  locked_until: Date | null;
  created_at: Generated<Date>;
  sent_at: Date | null;
  via: 'oa' | 'zns' | null;
  last_error: string | null;
}

export interface CitizensTable {
  id: Generated<number>;
  zalo_app_user_id: string;
  zalo_oa_user_id: string | null;
  display_name: Generated<string>;
  phone: string | null;
  phone_confirmed_at: Date | null;
  created_at: Generated<Date>;
  seen_at: Generated<Date>;
}

export type ChatChannelColumn = 'zalo_oa' | 'miniapp';
export type ChatHandoff = 'waiting' | 'answered';
export type ChatAuthor = 'citizen' | 'bot' | 'officer';

export interface ChatConversationsTable {
  id: string;
  channel: ChatChannelColumn;
  user_key: string;
  unit_id: number;
  /** The chatbot's ChatState (features/chatbot/chat-state.ts). */
  state: JSONColumnType<Record<string, unknown>>;
  version: Generated<number>;
  expires_at: Date;
  handoff: ChatHandoff | null;
  handed_off_at: Date | null;
  last_message_at: Generated<Date>;
  created_at: CreatedAt;
}

export interface ChatMessagesTable {
  id: Generated<number>;
  conversation_id: string;
  author: ChatAuthor;
  officer_id: number | null;
  body: string;
  created_at: CreatedAt;
}

/** Every rating a citizen gave a PAKN (issue 10): kept when a re-approval clears feedback.rating. */
export interface FeedbackRatingsTable {
  id: Generated<number>;
  feedback_id: number;
  unit_id: number;
  value: 'hai_long' | 'khong_hai_long';
  comment: string | null;
  rated_at: Generated<Date>;
}

export interface SurveyQuestionSetsTable {
  id: Generated<number>;
  city_id: number;
  version: number;
  status: 'draft' | 'open' | 'closed';
  title: string;
  intro: Generated<string>;
  source: string;
  expectations: JSONColumnType<{ code: string; text: string }[]>;
  created_at: CreatedAt;
  opened_at: Date | null;
  closed_at: Date | null;
}

export interface SurveyQuestionsTable {
  id: Generated<number>;
  question_set_id: number;
  code: string;
  factor: number | null;
  kind: 'criterion' | 'satisfaction' | 'overall';
  text: string;
  required: boolean;
  position: number;
}

export interface SurveyResponsesTable {
  id: Generated<number>;
  unit_id: number;
  question_set_id: number;
  received_at: Generated<Date>;
  received_day: ColumnType<string, string, never>;
  procedure_code: string | null;
  feedback_code: string | null;
  desk: string | null;
  respondent_hash: string;
  transaction_key: string;
  expectations: ColumnType<string[], string[] | undefined, never>;
  comment: string | null;
}

export interface SurveyAnswersTable {
  response_id: number;
  question_id: number;
  value: number;
}

/** Sums kept by triggers (migration 021): grain 'm'|'d', dim 'q'|'p'|'r'|'e'. */
export interface SurveyCountsTable {
  grain: 'm' | 'd';
  bucket: ColumnType<string, string, string>;
  unit_id: number;
  dim: 'q' | 'p' | 'r' | 'e';
  key: string;
  value: number;
  n: number;
}

export interface DB {
  units: UnitsTable;
  transfer_agencies: TransferAgenciesTable;
  procedures: ProceduresTable;
  procedure_revisions: ProcedureRevisionsTable;
  hotlines: HotlinesTable;
  guides: GuidesTable;
  schema_migrations: SchemaMigrationsTable;
  calendar_years: CalendarYearsTable;
  officers: OfficersTable;
  officer_sessions: OfficerSessionsTable;
  feedback_topics: FeedbackTopicsTable;
  feedback_deadlines: FeedbackDeadlinesTable;
  uploads: UploadsTable;
  feedback: FeedbackTable;
  feedback_photos: FeedbackPhotosTable;
  feedback_events: FeedbackEventsTable;
  open311_keys: Open311KeysTable;
  open311_request_details: Open311RequestDetailsTable;
  rate_limit_counters: RateLimitCountersTable;
  // plans (010)
  plans: PlansTable;
  plan_tasks: PlanTasksTable;
  plan_targets: PlanTargetsTable;
  // activities
  activity_batches: ActivityBatchesTable;
  activities: ActivitiesTable;
  activity_evidence: ActivityEvidenceTable;
  // articles
  article_media: ArticleMediaTable;
  articles: ArticlesTable;
  article_reader_days: ArticleReaderDaysTable;
  article_reader_seen: ArticleReaderSeenTable;
  // progress speed (migration 016)
  activity_month_counts: ActivityMonthCountsTable;
  article_reader_months: ArticleReaderMonthsTable;
  // reports (migration 014)
  report_texts: ReportTextsTable;
  report_due_settings: ReportDueSettingsTable;
  // PAKN figures (issue 8)
  feedback_fields: FeedbackFieldsTable;
  feedback_figures: FeedbackFiguresTable;
  feedback_figures_durations: FeedbackFiguresDurationsTable;
  feedback_figures_open: FeedbackFiguresOpenTable;
  feedback_figures_months: FeedbackFiguresMonthsTable;
  feedback_figures_month_durations: FeedbackFiguresMonthDurationsTable;
  // Zalo (issue 9)
  zalo_oa_tokens: ZaloOaTokensTable;
  zalo_events: ZaloEventsTable;
  // notifications (issue 9)
  officer_zalo_links: OfficerZaloLinksTable;
  officer_zalo_link_codes: OfficerZaloLinkCodesTable;
  notification_outbox: NotificationOutboxTable;
  citizens: CitizensTable;
  // the chatbot (migration 018)
  chat_conversations: ChatConversationsTable;
  chat_messages: ChatMessagesTable;
  // satisfaction (issue 10, migration 021)
  feedback_ratings: FeedbackRatingsTable;
  survey_question_sets: SurveyQuestionSetsTable;
  survey_questions: SurveyQuestionsTable;
  survey_responses: SurveyResponsesTable;
  survey_answers: SurveyAnswersTable;
  survey_counts: SurveyCountsTable;
}
