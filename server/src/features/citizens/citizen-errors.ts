import { InvalidInputError, UnauthenticatedError, UnavailableError } from '../../lib/domain-errors.ts';

/** The Bearer token from the Mini App is refused by Zalo (expired or not Zalo's). */
export const zaloSessionExpired = () =>
  new UnauthenticatedError(
    'UNAUTHENTICATED',
    'Phiên Zalo của bạn đã hết hạn hoặc không hợp lệ. Vui lòng đóng ứng dụng và mở lại từ Zalo để tiếp tục.',
  );

/** Zalo does not answer now: the request can be tried again. */
export const zaloUnavailable = () =>
  new UnavailableError('SERVICE_UNAVAILABLE', 'Chưa kết nối được với Zalo để xác nhận tài khoản của bạn. Vui lòng thử lại sau ít phút.', 30);

/** A Zalo identity is needed (the phone number comes from Zalo only). */
export const zaloIdentityRequired = () =>
  new UnauthenticatedError('UNAUTHENTICATED', 'Chức năng này chỉ dùng được khi mở ứng dụng trong Zalo. Vui lòng mở ứng dụng từ Zalo và thử lại.');

/** The getPhoneNumber() token is expired, used for another user, or forged. */
export const phoneTokenRefused = () =>
  new InvalidInputError(
    'VALIDATION_FAILED',
    'Mã xác nhận số điện thoại đã hết hạn hoặc không hợp lệ. Vui lòng bấm "Dùng số điện thoại Zalo" và đồng ý lại.',
  );
