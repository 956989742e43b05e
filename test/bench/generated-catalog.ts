import type { ProcedureInput } from '@cchc/shared/api/procedure-content';

const ACTIONS = ['Cấp', 'Cấp lại', 'Điều chỉnh', 'Gia hạn', 'Thu hồi', 'Xác nhận', 'Đăng ký', 'Thẩm định', 'Phê duyệt', 'Công nhận'];
const OBJECTS = [
  'giấy phép khai thác tài nguyên nước', 'giấy chứng nhận an toàn thực phẩm', 'quyết định hỗ trợ sản xuất nông nghiệp',
  'hồ sơ trợ giúp pháp lý', 'danh hiệu gia đình văn hóa', 'phương án phòng cháy chữa cháy', 'kế hoạch bảo vệ môi trường',
  'giấy phép tổ chức lễ hội', 'hợp tác xã nông nghiệp', 'tổ hợp tác', 'điểm kinh doanh xăng dầu', 'cơ sở giáo dục mầm non',
  'nhà văn hóa thôn', 'công trình thủy lợi nhỏ', 'chương trình khuyến nông', 'đề án giảm nghèo',
];
const FIELDS = ['Tài nguyên nước', 'An toàn thực phẩm', 'Nông nghiệp', 'Trợ giúp pháp lý', 'Văn hóa', 'Phòng cháy, chữa cháy', 'Môi trường', 'Giáo dục', 'Kinh tế hợp tác', 'Thủy lợi'];

/** n realistic-looking commune procedures, for load tests of a large catalog. */
export function generatedProcedures(n: number): ProcedureInput[] {
  return Array.from({ length: n }, (_, i) => {
    const name = `${ACTIONS[i % ACTIONS.length]} ${OBJECTS[(i >> 3) % OBJECTS.length]} (mẫu số ${i + 1})`;
    return {
      code: `3.${String(100000 + i).padStart(6, '0')}`,
      name,
      field: FIELDS[i % FIELDS.length],
      onlineLevel: i % 3 === 0 ? 'toan_trinh' : i % 3 === 1 ? 'mot_phan' : 'khong',
      summary: `Thủ tục ${name.toLowerCase()} tại Ủy ban nhân dân cấp xã.`,
      content: {
        level: 'Cấp xã',
        steps: ['Bước 1: Nộp hồ sơ tại Bộ phận Một cửa.', 'Bước 2: Cán bộ kiểm tra, tiếp nhận.', 'Bước 3: Nhận kết quả.'],
        channels: [
          { kind: 'truc_tiep', timeLimit: '05 ngày làm việc', fee: 'Không' },
          { kind: 'truc_tuyen', timeLimit: '05 ngày làm việc', fee: 'Không' },
        ],
        documentCases: [{ case: '', documents: [{ name: 'Đơn đề nghị theo mẫu', originals: 1, copies: 0 }, { name: 'Giấy tờ chứng minh', originals: 0, copies: 1 }] }],
        subjects: 'Cá nhân, tổ chức',
        agency: 'Ủy ban nhân dân cấp xã',
        result: 'Văn bản chấp thuận',
        conditions: '',
        legalBasis: [{ number: '01/2025/NĐ-CP', title: 'Nghị định (mẫu dữ liệu sinh tự động)' }],
        onlineUrl: null,
        sourceUrl: null,
      },
    };
  });
}
