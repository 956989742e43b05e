import { CONTACT_ATTRIBUTES, type Open311AttributeT, type Open311PostRequestBodyT } from '@cchc/shared/api/open311';
import { cleanText } from '@cchc/shared/text/normalize';
import { InvalidInputError } from '../../lib/domain-errors.ts';

const LAW = 'Nghị định 20/2008/NĐ-CP, Điều 7';

/**
 * The contact the law asks of a PAKN's sender. Open311 makes names and phone optional;
 * here they are required attributes of every service, and may also come in the
 * specification's own fields (first_name/last_name, phone) or, for the address,
 * contact_address or address_string.
 */
export const CONTACT_DEFINITION: Open311AttributeT[] = [
  {
    variable: true,
    code: CONTACT_ATTRIBUTES.name,
    datatype: 'string',
    required: true,
    datatype_description: 'Họ và tên; có thể gửi bằng first_name và last_name.',
    order: 1,
    description: `Họ và tên người phản ánh (bắt buộc theo ${LAW}).`,
  },
  {
    variable: true,
    code: CONTACT_ATTRIBUTES.phone,
    datatype: 'string',
    required: true,
    datatype_description: 'Số di động 10 chữ số hoặc số cố định có mã vùng; có thể gửi bằng phone.',
    order: 2,
    description: `Số điện thoại người phản ánh (bắt buộc theo ${LAW}).`,
  },
  {
    variable: true,
    code: CONTACT_ATTRIBUTES.address,
    datatype: 'string',
    required: true,
    datatype_description: 'Địa chỉ liên hệ; có thể gửi bằng contact_address, không có thì dùng address_string.',
    order: 3,
    description: `Địa chỉ liên hệ của người phản ánh (bắt buộc theo ${LAW}).`,
  },
];

export interface SenderContact {
  name: string;
  phone: string;
  address: string;
}

const missing = (what: string, attribute: string, alternative: string) =>
  new InvalidInputError('VALIDATION_FAILED', `Thiếu ${what} (attribute[${attribute}] hoặc ${alternative}), bắt buộc theo ${LAW}. Xem định nghĩa dịch vụ services/{service_code}.xml.`);

/** The sender's contact from the attributes or the specification's fields; a spec-shaped 400 names what is missing. */
export function senderContact(body: Open311PostRequestBodyT): SenderContact {
  const attribute = body.attribute ?? {};
  const name = cleanText(attribute[CONTACT_ATTRIBUTES.name] ?? [body.first_name, body.last_name].filter(Boolean).join(' '));
  const phone = cleanText(attribute[CONTACT_ATTRIBUTES.phone] ?? body.phone ?? '');
  const address = cleanText(attribute[CONTACT_ATTRIBUTES.address] ?? body.contact_address ?? body.address_string ?? '');
  if (name.length < 2) throw missing('họ tên người phản ánh', CONTACT_ATTRIBUTES.name, 'first_name, last_name');
  if (!phone) throw missing('số điện thoại người phản ánh', CONTACT_ATTRIBUTES.phone, 'phone');
  if (address.length < 5) throw missing('địa chỉ liên hệ của người phản ánh', CONTACT_ATTRIBUTES.address, 'contact_address');
  return { name, phone, address };
}
