/**
 * The bot's answers, shaped for Zalo: text at most 2,000 characters, at most 5 buttons.
 * Pure: each takes what the catalog or the units service returned.
 */
import type { ChatButtonT, ChatReplyT } from '@cchc/shared/api/chat';
import type { GuideSummaryT, HotlineT, ProcedureDetailT, ReferralT } from '@cchc/shared/api/catalog';
import { CHANNEL_LABELS } from '@cchc/shared/api/labels';
import type { UnitDetailT } from '@cchc/shared/api/units';

export const MAX_REPLY_CHARS = 2000;
export const MAX_BUTTONS = 5;

/** The reply within Zalo's limits: text cut at a line or word with "…", buttons cut to five. */
export function shaped(text: string, buttons: ChatButtonT[] = [], procedures?: { code: string; name: string }[]): ChatReplyT {
  const reply: ChatReplyT = { text: cut(text.trim(), MAX_REPLY_CHARS), buttons: buttons.slice(0, MAX_BUTTONS).map(shortTitle) };
  if (procedures) reply.procedures = procedures;
  return reply;
}

function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  const room = text.slice(0, max - 1);
  const at = Math.max(room.lastIndexOf('\n'), room.lastIndexOf(' '));
  return `${room.slice(0, at > max * 0.7 ? at : max - 1).trimEnd()}…`;
}

/** Zalo shows about 100 characters of a button's title. */
function shortTitle(button: ChatButtonT): ChatButtonT {
  return { ...button, title: cut(button.title, 100) };
}

export const MENU: ChatButtonT[] = [
  { type: 'query', title: 'Tra cứu thủ tục', text: 'Tôi muốn hỏi thủ tục hành chính' },
  { type: 'query', title: 'Số điện thoại đường dây nóng', text: 'Số điện thoại đường dây nóng' },
  { type: 'query', title: 'Gửi phản ánh, kiến nghị', text: 'Tôi muốn gửi phản ánh' },
  { type: 'query', title: 'Tra cứu phản ánh đã gửi', text: 'Tra cứu phản ánh của tôi' },
  { type: 'query', title: 'Địa chỉ, giờ làm việc', text: 'Địa chỉ và giờ làm việc của Ủy ban' },
];

export function welcome(unitName: string): ChatReplyT {
  return shaped(
    `Chào mừng bạn đến với kênh hỏi đáp của ${unitName}! Bạn có thể hỏi về thủ tục hành chính (cần giấy tờ gì, bao lâu, lệ phí, nộp ở đâu), số điện thoại đường dây nóng, gửi và tra cứu phản ánh, kiến nghị. Hãy gõ câu hỏi hoặc chọn bên dưới.`,
    MENU,
  );
}

export function greeting(unitName: string): ChatReplyT {
  return shaped(`Xin chào! Đây là kênh hỏi đáp của ${unitName}. Bạn cần hỏi thủ tục, số điện thoại hay muốn gửi phản ánh? Hãy gõ câu hỏi hoặc chọn bên dưới.`, MENU);
}

export function thanks(): ChatReplyT {
  return shaped('Rất vui được hỗ trợ bạn. Khi cần, bạn cứ nhắn câu hỏi tại đây nhé!', MENU.slice(0, 3));
}

export function emptyMessage(): ChatReplyT {
  return shaped('Mình chưa đọc được nội dung tin nhắn. Bạn hãy gõ câu hỏi bằng chữ, ví dụ: "đăng ký khai sinh cần giấy tờ gì".', MENU.slice(0, 3));
}

/** The satisfaction survey (issue 10): its page in the Mini App, opened for the unit. */
export function survey(unitSlug: string): ChatReplyT {
  return shaped(
    'Cảm ơn bạn muốn góp ý! Bạn có thể đánh giá mức độ hài lòng về việc giải quyết thủ tục, thái độ của cán bộ và việc xử lý phản ánh ngay trong Mini App (phiếu ngắn, không cần họ tên). Sau khi nhận trả lời phản ánh, bạn cũng đánh giá được trong mục "Phản ánh của tôi". Nếu muốn góp ý cụ thể, bạn có thể gửi phản ánh, kiến nghị.',
    [
      { type: 'open', title: 'Đánh giá sự hài lòng', path: `/survey?unit=${encodeURIComponent(unitSlug)}` },
      { type: 'open', title: 'Phản ánh của tôi', path: '/feedback/mine' },
      { type: 'query', title: 'Gửi góp ý, phản ánh', text: 'Tôi muốn gửi phản ánh' },
    ],
  );
}

export function fallback(): ChatReplyT {
  return shaped(
    'Xin lỗi, mình chưa hiểu câu hỏi này. Mình trả lời được về thủ tục hành chính, số điện thoại, địa chỉ và giờ làm việc, phản ánh, kiến nghị. Bạn có thể hỏi lại cách khác, hoặc bấm "Gặp cán bộ" để cán bộ trả lời.',
    [{ type: 'query', title: 'Gặp cán bộ', text: 'Gặp cán bộ' }, ...MENU.slice(0, 3)],
  );
}

export function handedOff(unitName: string): ChatReplyT {
  return shaped(`Mình đã chuyển câu hỏi của bạn đến cán bộ ${unitName}. Cán bộ sẽ trả lời bạn ngay tại đây trong giờ hành chính.`, MENU.slice(0, 2));
}

export function waitingForOfficer(): ChatReplyT {
  return shaped('Cán bộ đã nhận được câu hỏi của bạn và sẽ trả lời tại đây sớm nhất. Trong lúc chờ, bạn vẫn có thể hỏi thủ tục hay số điện thoại.', MENU.slice(0, 2));
}

export function askCommune(choices: { name: string }[]): ChatReplyT {
  const shown = choices.slice(0, MAX_BUTTONS);
  const rest = choices.length > shown.length ? `\nCác xã, phường khác: ${choices.slice(MAX_BUTTONS).map((c) => c.name).join(', ')}.` : '';
  return shaped(`Bạn ở xã, phường nào? Hãy chọn hoặc gõ tên xã, phường để mình trả lời đúng nơi giải quyết.${rest}`,
    shown.map((c) => ({ type: 'query', title: c.name, text: c.name })));
}

const procedurePath = (unitSlug: string, code: string) => `/units/${unitSlug}/procedures/${encodeURIComponent(code)}`;

/** The best procedure in full (what to bring, how long, how much, where), others as buttons. */
export function procedureAnswer(
  unitSlug: string,
  best: ProcedureDetailT,
  others: { code: string; name: string }[],
  referrals: ReferralT[],
): ChatReplyT {
  const lines: string[] = [`📄 ${best.name}`];
  const documents = best.documentCases.flatMap((c) => c.documents).slice(0, 6);
  if (documents.length > 0) {
    lines.push('', 'Cần mang:');
    for (const d of documents) lines.push(`• ${d.name}${d.originals > 0 ? ` (${d.originals} bản chính)` : d.copies > 0 ? ` (${d.copies} bản sao)` : ''}`);
    if (best.documentCases.length > 1) lines.push('(Tùy trường hợp; xem đủ trong chi tiết thủ tục.)');
  }
  const channel = best.channels.find((c) => c.kind === 'truc_tiep') ?? best.channels[0];
  if (channel) {
    lines.push('', `Thời hạn: ${channel.timeLimit || 'xem chi tiết'}`);
    lines.push(`Lệ phí: ${channel.fee || 'không thu'}`);
  }
  lines.push(`Nơi giải quyết: ${best.agency}`);
  const online = best.channels.some((c) => c.kind === 'truc_tuyen');
  if (online) lines.push(`Có thể nộp ${CHANNEL_LABELS.truc_tuyen.toLowerCase()} trên Cổng Dịch vụ công.`);
  for (const r of referrals) lines.push('', `ℹ️ ${r.agency}: ${r.reason}${r.phone ? ` Điện thoại: ${r.phone}.` : ''}`);
  const buttons: ChatButtonT[] = [
    { type: 'open', title: 'Xem chi tiết thủ tục', path: procedurePath(unitSlug, best.code) },
    ...others.slice(0, 2).map((o) => ({ type: 'query' as const, title: o.name, text: o.name })),
    ...referrals.filter((r) => r.phone).slice(0, 1).map((r) => ({ type: 'phone' as const, title: `Gọi ${r.agency}`, phone: r.phone! })),
    { type: 'query', title: 'Hỏi thủ tục khác', text: 'Tôi muốn hỏi thủ tục khác' },
  ];
  return shaped(lines.join('\n'), buttons, [best, ...others].map(({ code, name }) => ({ code, name })));
}

/** What another agency handles, with nothing of the commune's to show. */
export function referralAnswer(referrals: ReferralT[]): ChatReplyT {
  const lines = referrals.map((r) => `ℹ️ ${r.agency}\n${r.reason}${r.phone ? `\nĐiện thoại: ${r.phone}` : ''}${r.url ? `\nTrực tuyến: ${r.url}` : ''}`);
  const buttons: ChatButtonT[] = referrals.filter((r) => r.phone).slice(0, 2).map((r) => ({ type: 'phone', title: `Gọi ${r.agency}`, phone: r.phone! }));
  buttons.push({ type: 'query', title: 'Hỏi thủ tục khác', text: 'Tôi muốn hỏi thủ tục khác' });
  return shaped(lines.join('\n\n'), buttons, []);
}

export function procedureNotFound(): ChatReplyT {
  return shaped(
    'Bạn muốn hỏi thủ tục nào? Hãy gõ tên việc cần làm, ví dụ: "đăng ký khai sinh", "xác nhận độc thân", "chứng thực bản sao", "xin giấy phép xây dựng".',
    [
      { type: 'open', title: 'Xem danh mục thủ tục', path: '/procedures' },
      { type: 'query', title: 'Đăng ký khai sinh', text: 'Đăng ký khai sinh' },
      { type: 'query', title: 'Chứng thực bản sao', text: 'Chứng thực bản sao' },
    ],
    [],
  );
}

/** Procedures that match the question only faintly: the citizen picks one, or says it another way. */
export function procedureChoice(found: { code: string; name: string }[]): ChatReplyT {
  return shaped(
    'Bạn muốn hỏi thủ tục nào? Hãy chọn bên dưới, hoặc gõ tên việc cần làm, ví dụ: "đăng ký khai sinh", "chứng thực bản sao".',
    [...found.slice(0, 4).map((p) => ({ type: 'query' as const, title: p.name, text: p.name })), { type: 'open', title: 'Xem danh mục thủ tục', path: '/procedures' }],
    found,
  );
}

export function hotlineAnswer(hotlines: HotlineT[]): ChatReplyT {
  if (hotlines.length === 0) return shaped('Đơn vị chưa công bố số điện thoại đường dây nóng. Bạn có thể gửi phản ánh tại đây.', MENU.slice(2, 3));
  const lines = ['☎️ Số điện thoại đường dây nóng:'];
  for (const h of hotlines.slice(0, 8)) lines.push('', `• ${h.name}: ${h.phone}`, `  ${h.purpose}${h.hours ? ` (${h.hours})` : ''}`);
  return shaped(lines.join('\n'), hotlines.slice(0, MAX_BUTTONS).map((h) => ({ type: 'phone', title: `Gọi ${h.name}`, phone: h.phone })));
}

export function officeAnswer(unit: UnitDetailT): ChatReplyT {
  const lines = [`🏢 ${unit.name}`];
  lines.push(`Địa chỉ: ${unit.address ?? 'đơn vị chưa công bố địa chỉ'}`);
  if (unit.officeHours.length > 0) {
    lines.push('Giờ làm việc:');
    for (const h of unit.officeHours) lines.push(`• ${h.days}: ${h.hours}`);
  }
  lines.push('Ngoài giờ, bạn có thể nộp hồ sơ trực tuyến trên Cổng Dịch vụ công.');
  return shaped(lines.join('\n'), [
    { type: 'open', title: 'Xem trên Mini App', path: '/office' },
    { type: 'query', title: 'Số điện thoại đường dây nóng', text: 'Số điện thoại đường dây nóng' },
  ]);
}

export function guidesAnswer(guides: GuideSummaryT[], best: GuideSummaryT | undefined): ChatReplyT {
  if (guides.length === 0) return shaped('Đơn vị chưa có hướng dẫn dịch vụ công trực tuyến. Bạn có thể gọi đường dây nóng để được hỗ trợ.', MENU.slice(1, 2));
  const ordered = best ? [best, ...guides.filter((g) => g.slug !== best.slug)] : guides;
  const lines = ['💻 Hướng dẫn dịch vụ công trực tuyến:'];
  if (best) lines.push('', `${best.title}: ${best.summary}`);
  lines.push('', 'Các hướng dẫn khác:');
  for (const g of ordered.slice(best ? 1 : 0, 6)) lines.push(`• ${g.title}`);
  return shaped(lines.join('\n'), ordered.slice(0, 4).map((g) => ({ type: 'open', title: g.title, path: `/guides/${g.slug}` })));
}
