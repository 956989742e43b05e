import { formatDay } from '@cchc/shared/calendar/working-days';
import type { OaMessage } from '../../zalo/oa-message.ts';
import type { FeedbackNoticeFacts } from '../feedback/notices.service.ts';

export type NoticeKind = 'pakn_received' | 'pakn_answered' | 'pakn_needs_info' | 'officer_new_pakn' | 'officer_due_tomorrow';
export const NOTICE_KINDS: readonly NoticeKind[] = ['pakn_received', 'pakn_answered', 'pakn_needs_info', 'officer_new_pakn', 'officer_due_tomorrow'];

interface Context {
  facts: FeedbackNoticeFacts;
  unitName: string;
  unitSlug: string;
  /** A Mini App path → the link an OA button opens. */
  link: (path: string) => string;
}

const ANSWER_MAX = 1500;

/** The OA message of a PAKN notice, in the words a citizen or an officer reads at a glance. */
export function noticeMessage(kind: NoticeKind, { facts, unitName, unitSlug, link }: Context): OaMessage {
  const mine = { kind: 'url' as const, title: 'Xem phản ánh của tôi', url: link(`/feedback/mine?unit=${unitSlug}`) };
  const console_ = { kind: 'url' as const, title: 'Mở hàng đợi PAKN', url: link(`/console/feedback?code=${facts.code}`) };
  switch (kind) {
    case 'pakn_received':
      return {
        type: 'text',
        text: `${unitName} đã nhận phản ánh, kiến nghị của bạn.\nMã theo dõi: ${facts.code}\nHạn trả lời: ${formatDay(facts.dueDate)}.\nBạn sẽ được báo qua Zalo khi có câu trả lời.`,
        buttons: [mine],
      };
    case 'pakn_answered': {
      const answer = facts.answer ?? '';
      const shown = answer.length > ANSWER_MAX ? `${answer.slice(0, ANSWER_MAX).trimEnd()}… (xem tiếp trong ứng dụng)` : answer;
      return {
        type: 'text',
        text: `Phản ánh ${facts.code} đã có câu trả lời của ${unitName}:\n\n${shown}\n\nMời bạn xem và đánh giá mức độ hài lòng.`,
        buttons: [
          { ...mine, title: 'Xem và đánh giá' },
          // The satisfaction survey for this PAKN (issue 10): one response per citizen and PAKN.
          { kind: 'url', title: 'Đánh giá sự hài lòng', url: link(`/survey?unit=${encodeURIComponent(unitSlug)}&feedback=${encodeURIComponent(facts.code)}`) },
        ],
      };
    }
    case 'pakn_needs_info':
      return {
        type: 'text',
        text: `Phản ánh ${facts.code} cần bổ sung thông tin${facts.note ? `: ${facts.note}` : '.'}\nVui lòng gửi lại phản ánh với đầy đủ thông tin để ${unitName} xem xét.`,
        buttons: [{ kind: 'url', title: 'Gửi lại phản ánh', url: link(`/feedback/new?unit=${unitSlug}`) }, mine],
      };
    case 'officer_new_pakn':
      return { type: 'text', text: `Có phản ánh mới ${facts.code} tại ${unitName}. Hạn trả lời: ${formatDay(facts.dueDate)}.`, buttons: [console_] };
    case 'officer_due_tomorrow':
      return { type: 'text', text: `Nhắc việc: phản ánh ${facts.code} của ${unitName} đến hạn trả lời ngày mai (${formatDay(facts.dueDate)}) và chưa được trả lời.`, buttons: [console_] };
  }
}

/** The parameters every ZNS template of a notice is registered with. */
export function noticeTemplateData(facts: FeedbackNoticeFacts, unitName: string): Record<string, string> {
  return { ma_pakn: facts.code, don_vi: unitName, han_tra_loi: formatDay(facts.dueDate) };
}
