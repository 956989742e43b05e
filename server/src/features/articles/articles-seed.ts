import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { demoArticleTitles, insertArticle, setPublished } from './articles.repository.ts';
import { setReaderDay } from './reader-counts.repository.ts';

interface DemoArticle {
  title: string;
  summary: string;
  body: string;
  /** Published day; null: a draft. */
  on: string | null;
  /** Readers on the published day and the two after it. */
  readers?: [number, number, number];
}

const p = (...lines: string[]) => lines.map((l) => `<p>${l}</p>`).join('');

const ARTICLES: DemoArticle[] = [
  {
    title: 'Hướng dẫn kích hoạt tài khoản định danh điện tử VNeID mức độ 2',
    summary: 'Người dân mang căn cước đến Bộ phận Một cửa để được cán bộ hỗ trợ kích hoạt, miễn phí.',
    body:
      p('Tài khoản định danh điện tử mức độ 2 trên ứng dụng <strong>VNeID</strong> giúp người dân đăng nhập Cổng Dịch vụ công quốc gia, nộp hồ sơ trực tuyến và sử dụng giấy tờ điện tử thay cho bản giấy.') +
      '<h2>Các bước thực hiện</h2><ol><li>Tải ứng dụng VNeID trên điện thoại.</li><li>Đến Bộ phận Một cửa hoặc công an xã, mang theo căn cước.</li><li>Cán bộ thu nhận ảnh chân dung, vân tay và hướng dẫn kích hoạt.</li></ol>' +
      p('Thời gian hỗ trợ: giờ hành chính các ngày làm việc và sáng thứ Bảy.'),
    on: '2025-03-12',
    readers: [86, 41, 17],
  },
  {
    title: 'Nộp hồ sơ trực tuyến toàn trình trên Cổng Dịch vụ công quốc gia',
    summary: 'Nhiều thủ tục hộ tịch, chứng thực đã làm được trực tuyến toàn trình, không phải đến trụ sở.',
    body:
      p('Người dân có thể đăng ký khai sinh, khai tử, kết hôn, cấp bản sao trích lục hộ tịch… trực tuyến tại <a href="https://dichvucong.gov.vn">dichvucong.gov.vn</a>.') +
      '<ul><li>Đăng nhập bằng tài khoản VNeID.</li><li>Chọn thủ tục, điền tờ khai, đính kèm giấy tờ.</li><li>Theo dõi kết quả và nhận thông báo qua ứng dụng.</li></ul>' +
      p('<em>Lưu ý:</em> hồ sơ nộp ngoài giờ hành chính được tiếp nhận vào ngày làm việc tiếp theo.'),
    on: '2025-06-20',
    readers: [64, 30, 12],
  },
  {
    title: 'Thanh toán không dùng tiền mặt khi làm thủ tục hành chính',
    summary: 'Phí, lệ phí có thể nộp qua ứng dụng ngân hàng, ví điện tử hoặc mã QR tại Bộ phận Một cửa.',
    body:
      p('Từ nay, người dân nộp phí, lệ phí thủ tục hành chính bằng chuyển khoản, quét mã QR hoặc qua Cổng Dịch vụ công, không cần mang tiền mặt.') +
      '<blockquote>Thanh toán điện tử nhanh, minh bạch, có biên lai điện tử gửi ngay về điện thoại.</blockquote>',
    on: '2025-10-08',
    readers: [52, 22, 9],
  },
  {
    title: 'Lịch tiếp công dân của Chủ tịch UBND năm 2026',
    summary: 'Chủ tịch UBND tiếp công dân định kỳ vào ngày 15 hằng tháng tại trụ sở UBND.',
    body:
      p('Thực hiện Luật Tiếp công dân, Chủ tịch UBND tiếp công dân định kỳ <strong>ngày 15 hằng tháng</strong>; nếu trùng ngày nghỉ thì tiếp vào ngày làm việc kế tiếp.') +
      p('Người dân có thể gửi phản ánh, kiến nghị trước qua Mini App để được sắp xếp lịch và trả lời đúng hạn.'),
    on: '2026-01-06',
    readers: [73, 35, 14],
  },
  {
    title: 'Đối thoại giữa Chủ tịch UBND với người dân về cải cách hành chính',
    summary: 'Hội nghị đối thoại lắng nghe ý kiến về giải quyết thủ tục hành chính, dịch vụ công trực tuyến.',
    body: p('UBND tổ chức hội nghị đối thoại với người dân và doanh nghiệp. Các ý kiến được ghi nhận, giải đáp tại chỗ hoặc trả lời bằng văn bản.'),
    on: null,
  },
];

const addDays = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/**
 * Demo articles per demo unit: real-sounding CCHC news (VNeID, dịch vụ công trực tuyến, thanh toán
 * không dùng tiền mặt, lịch tiếp công dân), published across 2025–2026, with reader counts.
 * Idempotent: an article already seeded (same title, is_demo) is left as it is.
 */
export async function seedDemoArticles(db: Kysely<DB>, unitIds: number[]): Promise<number> {
  let created = 0;
  for (const unitId of unitIds) {
    const existing = await demoArticleTitles(db, unitId);
    for (const a of ARTICLES) {
      if (existing.has(a.title)) continue;
      await db.transaction().execute(async (tx) => {
        const row = await insertArticle(tx, unitId, { title: a.title, summary: a.summary, bodyHtml: a.body, coverMediaId: null, audioMediaId: null }, true);
        if (!a.on) return;
        await setPublished(tx, unitId, row.id, row.version, a.on);
        for (const [i, readers] of (a.readers ?? [0, 0, 0]).entries()) {
          if (readers > 0) await setReaderDay(tx, { articleId: row.id, unitId, day: addDays(a.on, i), readers: readers + (unitId % 7), shares: Math.floor(readers / 10) });
        }
      });
      created++;
    }
  }
  return created;
}
