import { Link } from 'react-router-dom';
import { AppPage } from '../components/app-page.tsx';
import { ExternalLink } from '../components/external-link.tsx';
import { ClockIcon, InfoIcon, MapPinIcon, PhoneIcon } from '../components/icons.tsx';
import { ErrorState, LoadingState } from '../ui/index.ts';
import { useChosenUnit } from '../features/units/hooks/use-current-unit.ts';
import { useUnitDetail } from '../features/units/hooks/use-units.ts';

export default function OfficePage() {
  const unit = useChosenUnit();
  const detail = useUnitDetail(unit.slug);
  return (
    <AppPage title="Địa chỉ & giờ làm việc" backTo="/">
      {detail.status === 'loading' && <LoadingState />}
      {detail.status === 'error' && <ErrorState error={detail.error} onRetry={detail.reload} />}
      {detail.status === 'success' && detail.data && (
        <article className="office">
          <h1 className="page-title">{detail.data.name}</h1>

          <section className="card office__block">
            <h2 className="card__title">
              <MapPinIcon /> Địa chỉ
            </h2>
            <p className="text-block">{detail.data.address ?? 'Chưa có thông tin địa chỉ. Vui lòng gọi đường dây nóng để hỏi.'}</p>
            {detail.data.address && (
              <ExternalLink
                className="button-link button-link--secondary"
                href={`https://www.google.com/maps/search/?api=1&query=${encodeURIComponent(detail.data.address)}`}
              >
                Xem trên bản đồ
              </ExternalLink>
            )}
          </section>

          <section className="card office__block">
            <h2 className="card__title">
              <ClockIcon /> Giờ làm việc
            </h2>
            {detail.data.officeHours.length === 0 ? (
              <p className="text-block">Chưa có thông tin giờ làm việc.</p>
            ) : (
              <dl className="hours">
                {detail.data.officeHours.map((slot, index) => (
                  <div key={index} className="hours__row">
                    <dt>{slot.days}</dt>
                    <dd>{slot.hours}</dd>
                  </div>
                ))}
              </dl>
            )}
            <p className="muted">Nghỉ các ngày lễ, Tết theo quy định.</p>
          </section>

          <Link className="button-link button-link--primary" to="/hotlines">
            <PhoneIcon /> Gọi đường dây nóng
          </Link>

          {detail.data.isDemo && (
            <p className="demo-note">
              <InfoIcon size={18} /> <span>Thông tin minh họa (dữ liệu demo)</span>
            </p>
          )}
        </article>
      )}
    </AppPage>
  );
}
