import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { Executor } from '../../db/executor.ts';
import { InvalidInputError } from '../../lib/domain-errors.ts';
import { listForUnit, upsertAgency } from './transfer-agencies.repository.ts';

export interface TransferAgency {
  slug: string;
  name: string;
}

/**
 * Where a PAKN outside a commune's competence really goes besides another commune: Công an xã and the
 * city's departments, kept per province (the city unit). Read on every use (a few rows), never cached.
 */
export class TransferAgencies {
  constructor(private readonly db: Kysely<DB>) {}

  list(unitId: number): Promise<TransferAgency[]> {
    return listForUnit(this.db, unitId);
  }

  /** The agency of this slug in the unit's province; 400 in words when there is none. */
  async get(unitId: number, slug: string): Promise<TransferAgency> {
    const agency = (await this.list(unitId)).find((a) => a.slug === slug.trim());
    if (!agency) throw new InvalidInputError('VALIDATION_FAILED', 'Cơ quan nhận đã chọn không có trong danh sách của thành phố. Vui lòng chọn lại.');
    return agency;
  }
}

/** The demo province's agencies (Hải Phòng): the commune police and the city's specialised departments. */
export const DEMO_TRANSFER_AGENCIES: readonly TransferAgency[] = [
  { slug: 'cong-an-xa', name: 'Công an xã (nơi xảy ra sự việc)' },
  { slug: 'phong-van-hoa-xa-hoi', name: 'Phòng Văn hóa – Xã hội' },
  { slug: 'phong-kinh-te', name: 'Phòng Kinh tế' },
  { slug: 'phong-tai-nguyen-moi-truong', name: 'Phòng Tài nguyên và Môi trường' },
  { slug: 'phong-quan-ly-do-thi', name: 'Phòng Quản lý đô thị' },
  { slug: 'phong-tu-phap', name: 'Phòng Tư pháp' },
  { slug: 'phong-noi-vu', name: 'Phòng Nội vụ' },
  { slug: 'phong-y-te', name: 'Phòng Y tế' },
  { slug: 'phong-giao-duc-dao-tao', name: 'Phòng Giáo dục và Đào tạo' },
];

export async function seedTransferAgencies(db: Executor, provinceId: number, agencies: readonly TransferAgency[] = DEMO_TRANSFER_AGENCIES): Promise<void> {
  for (const [position, agency] of agencies.entries()) await upsertAgency(db, provinceId, { ...agency, position });
}
