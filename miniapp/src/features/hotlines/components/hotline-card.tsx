import type { HotlineT } from '@cchc/shared/api/catalog';
import { ClockIcon, InfoIcon, PhoneIcon } from '../../../components/icons.tsx';
import { phoneDigits } from '@cchc/shared/text/phone';
import { isInZalo, openPhone } from '../../../lib/zalo.ts';

/** A hotline: who answers, what for, when, and a big call button (a real tel: link in a browser). */
export function HotlineCard({ hotline }: { hotline: HotlineT }) {
  const number = phoneDigits(hotline.phone);
  return (
    <li className="card hotline-card" data-testid="hotline-card">
      <h2 className="hotline-card__name">{hotline.name}</h2>
      {hotline.purpose && <p className="hotline-card__purpose">{hotline.purpose}</p>}
      {hotline.hours && (
        <p className="hotline-card__hours">
          <ClockIcon size={20} /> <span>{hotline.hours}</span>
        </p>
      )}
      <a
        className="call-button"
        href={`tel:${number}`}
        aria-label={`Gọi ${hotline.name}: ${hotline.phone}`}
        onClick={(event) => {
          if (!isInZalo()) return;
          event.preventDefault();
          void openPhone(hotline.phone);
        }}
      >
        <PhoneIcon size={26} />
        <span className="call-button__label">Gọi</span>
        <span className="call-button__number">{hotline.phone}</span>
      </a>
      {hotline.isDemo && (
        <p className="demo-note">
          <InfoIcon size={18} /> <span>Số điện thoại minh họa (dữ liệu demo)</span>
        </p>
      )}
    </li>
  );
}
