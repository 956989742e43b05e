import type { ReferralT } from '@cchc/shared/api/catalog';
import { phoneDigits } from '@cchc/shared/text/phone';
import { ExternalLink, isWebUrl } from '../../../components/external-link.tsx';
import { BuildingIcon, ExternalIcon, PhoneIcon } from '../../../components/icons.tsx';
import { isInZalo, openPhone } from '../../../lib/zalo.ts';

/** Another agency handles what was asked: who, why, a call button and the online route. */
export function ReferralCard({ referral }: { referral: ReferralT }) {
  return (
    <section className="card referral-card" data-testid="referral-card" aria-label={`Nơi giải quyết: ${referral.agency}`}>
      <p className="referral-card__kicker">Việc này do cơ quan khác giải quyết</p>
      <h2 className="referral-card__agency">
        <BuildingIcon size={24} /> <span>{referral.agency}</span>
      </h2>
      <p className="referral-card__reason">{referral.reason}</p>
      {referral.phone && (
        <a
          className="call-button"
          href={`tel:${phoneDigits(referral.phone)}`}
          aria-label={`Gọi ${referral.agency}: ${referral.phone}`}
          onClick={(event) => {
            if (!isInZalo()) return;
            event.preventDefault();
            void openPhone(referral.phone!);
          }}
        >
          <PhoneIcon size={26} />
          <span className="call-button__label">Gọi</span>
          <span className="call-button__number">{referral.phone}</span>
        </a>
      )}
      {isWebUrl(referral.url) && (
        <ExternalLink href={referral.url} className="referral-card__online">
          <ExternalIcon size={22} /> <span>Nộp trực tuyến</span>
        </ExternalLink>
      )}
    </section>
  );
}
