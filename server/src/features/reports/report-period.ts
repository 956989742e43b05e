import { parsePeriod, type Period } from '@cchc/shared/plan/periods';
import { InvalidInputError } from '../../lib/domain-errors.ts';

/** A report's period: a quarter, half-year or year key; anything else is a 400 the officer can fix. */
export function reportPeriod(key: string): Period {
  const period = parsePeriod(key);
  if (!period) {
    throw new InvalidInputError('VALIDATION_FAILED', `Kỳ báo cáo "${key.slice(0, 20)}" không hợp lệ. Vui lòng chọn quý (2026-Q1), 6 tháng (2026-H1) hoặc năm (2026).`);
  }
  if (period.kind === 'month') {
    throw new InvalidInputError('VALIDATION_FAILED', 'Báo cáo được lập theo quý, 6 tháng hoặc năm, không theo tháng. Vui lòng chọn quý (2026-Q1), 6 tháng (2026-H1) hoặc năm (2026).');
  }
  return period;
}
