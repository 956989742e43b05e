/**
 * The citizen as the Mini App knows them through Zalo (issue 9, Mini App identity):
 * GET /api/v1/me and POST /api/v1/me/phone. Without a Zalo token the answer is "not linked".
 */
import { Type, type Static } from '@sinclair/typebox';

export const Me = Type.Object({
  linked: Type.Boolean({ description: 'Đã nhận diện qua tài khoản Zalo (có mã truy cập Zalo hợp lệ)' }),
  name: Type.Union([Type.String(), Type.Null()], { description: 'Tên hiển thị trên Zalo' }),
  phone: Type.Union([Type.String(), Type.Null()], { description: 'Số điện thoại Zalo đã đồng ý chia sẻ, như người dân viết: 0912 345 678' }),
  phoneMasked: Type.Union([Type.String(), Type.Null()], { description: 'Số điện thoại đã che phần giữa: 0912 *** 678' }),
});
export type MeT = Static<typeof Me>;

export const PhoneTokenBody = Type.Object(
  {
    token: Type.String({ minLength: 1, maxLength: 2000, description: 'Mã nhận được từ getPhoneNumber() sau khi người dân đồng ý (hiệu lực khoảng 2 phút)' }),
  },
  { additionalProperties: false },
);
export type PhoneTokenBodyT = Static<typeof PhoneTokenBody>;
