/**
 * The words of a communication plan: what is counted (kinds) and where (channels), and how
 * often a minimum repeats. No schema here, so the console can import the words without
 * pulling TypeBox into its bundle; vocabulary.ts builds the schemas from them.
 */
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
const mapValues = <K extends string, V, W>(o: Record<K, V>, f: (v: V) => W) =>
  Object.fromEntries(Object.entries(o).map(([k, v]) => [k, f(v as V)])) as Record<K, W>;

export const CHANNEL_ORDER = keys(CHANNELS);
export const KIND_ORDER = keys(KINDS);
export const PERIODICITY_ORDER = keys(PERIODICITIES);
/** What a kind is called in a list or a select: "Tin, bài", "Hội nghị, tọa đàm, buổi lồng ghép". */
export const KIND_LABELS: Record<KindT, string> = mapValues(KINDS, (k) => k.label);
/** What one of a kind is called when counted: "5 / 6 tin, bài". */
export const KIND_UNITS: Record<KindT, string> = mapValues(KINDS, (k) => k.unit);
export const CHANNEL_LABELS: Record<ChannelT, string> = CHANNELS;
export const PERIODICITY_LABELS: Record<PeriodicityT, string> = PERIODICITIES;
