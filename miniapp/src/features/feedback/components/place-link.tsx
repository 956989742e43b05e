import { ExternalLink } from '../../../components/external-link.tsx';
import { MapPinIcon } from '../../../components/icons.tsx';
import { mapLink } from '../../../lib/map-link.ts';

/** "Xem trên bản đồ": the place on a map, opened outside the app (a Zalo webview inside Zalo). */
export function PlaceMapLink({ place, near }: { place: { address?: string | null; lat?: number | null; lng?: number | null }; near?: string }) {
  const href = mapLink(place, near);
  if (!href) return null;
  return (
    <ExternalLink href={href} className="map-link">
      <MapPinIcon size={22} /> Xem trên bản đồ
    </ExternalLink>
  );
}
