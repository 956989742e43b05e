/**
 * What a communication plan counts and where: the vocabulary shared by plans (targets),
 * activities, articles, progress, dashboards and the periodic report. Targets, activities
 * and counts name a channel and a kind from these lists; labels are the words of the plans.
 */
import { Type, type Static } from '@sinclair/typebox';

export const CHANNELS = {
  dai_truyen_thanh: 'Đài truyền thanh, loa truyền thanh',
  cong_thong_tin: 'Cổng/Trang thông tin điện tử',
  fanpage: 'Trang mạng xã hội (Fanpage)',
  zalo_oa: 'Zalo OA',
  mini_app: 'Mini App',
  truc_quan: 'Tuyên truyền trực quan',
  hoi_nghi: 'Hội nghị, tọa đàm, lồng ghép',
  truc_tiep: 'Trực tiếp tại bộ phận một cửa, cơ sở',
  khac: 'Kênh khác',
} as const;
export type ChannelT = keyof typeof CHANNELS;

export const KINDS = {
  tin_bai: { label: 'Tin, bài', unit: 'tin, bài' },
  phong_su: { label: 'Phóng sự, video', unit: 'phóng sự' },
  file_am_thanh: { label: 'File âm thanh', unit: 'file' },
  van_ban: { label: 'Văn bản đăng tải', unit: 'văn bản' },
  bang_ron: { label: 'Băng rôn, khẩu hiệu, pano', unit: 'cái' },
  to_roi: { label: 'Tờ rơi, tài liệu', unit: 'bản' },
  hoi_nghi: { label: 'Hội nghị, tọa đàm, buổi lồng ghép', unit: 'buổi' },
  doi_thoai: { label: 'Đối thoại với người dân, doanh nghiệp', unit: 'cuộc' },
  tap_huan: { label: 'Tập huấn, bồi dưỡng', unit: 'lớp' },
  hoc_vien: { label: 'Lượt học viên được tập huấn', unit: 'học viên' },
  cuoc_thi: { label: 'Cuộc thi', unit: 'cuộc thi' },
  luot_tham_du: { label: 'Lượt người tham dự', unit: 'lượt người' },
  luot_truy_cap: { label: 'Lượt truy cập, tương tác', unit: 'lượt' },
  ho_tro: { label: 'Buổi hỗ trợ người dân (dịch vụ công, chuyển đổi số)', unit: 'buổi' },
  to_cong_nghe_so: { label: 'Tổ công nghệ số cộng đồng hoạt động', unit: 'tổ' },
  khac: { label: 'Hoạt động khác', unit: 'hoạt động' },
} as const;
export type KindT = keyof typeof KINDS;

/** How often a target's minimum repeats. */
export const PERIODICITIES = { month: 'tháng', quarter: 'quý', half: '6 tháng', year: 'năm' } as const;
export type PeriodicityT = keyof typeof PERIODICITIES;

const keys = <T extends Record<string, unknown>>(o: T) => Object.keys(o) as (keyof T & string)[];
export const Channel = Type.Union(keys(CHANNELS).map((k) => Type.Literal(k)), { description: 'Kênh tuyên truyền' });
export const Kind = Type.Union(keys(KINDS).map((k) => Type.Literal(k)), { description: 'Loại sản phẩm, hoạt động được đếm' });
export const Periodicity = Type.Union(keys(PERIODICITIES).map((k) => Type.Literal(k)), { description: 'Chu kỳ lặp của chỉ tiêu' });

/**
 * One counted fact, as every source of counts (activities, articles, reader counts)
 * gives it to progress and to the report: per unit, Viet Nam calendar day, channel and kind.
 * `count` adds up (items, people, visits); `attendees` is the attendance where it applies.
 */
export const CountRow = Type.Object({
  unitId: Type.Integer(),
  day: Type.String({ format: 'date' }),
  channel: Channel,
  kind: Kind,
  count: Type.Integer({ minimum: 0 }),
  attendees: Type.Integer({ minimum: 0 }),
});
export type CountRowT = Static<typeof CountRow>;

/**
 * A source of counted facts over an inclusive range of Viet Nam calendar days, one row per
 * unit, day, channel and kind. Given `spans` (sorted days, the first being fromDay; see
 * `count-spans.ts`), it sums per span instead: a row's `day` is then its span's first day.
 */
export interface CountSource {
  counts(unitIds: number[], fromDay: string, toDay: string, spans?: readonly string[]): Promise<CountRowT[]>;
}
