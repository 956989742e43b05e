/**
 * A map page for a place: the position when the citizen shared one, else the address they typed (with the
 * commune, so the search lands nearby). Google Maps: it opens the maps app on phones.
 */
export function mapLink(place: { address?: string | null; lat?: number | null; lng?: number | null }, near?: string): string | null {
  if (typeof place.lat === 'number' && typeof place.lng === 'number') {
    return `https://www.google.com/maps/search/?api=1&query=${place.lat},${place.lng}`;
  }
  const address = place.address?.trim();
  if (!address) return null;
  const query = near && !address.toLowerCase().includes(near.toLowerCase()) ? `${address}, ${near}` : address;
  return `https://www.google.com/maps/search/?api=1&query=${encodeURIComponent(query)}`;
}
