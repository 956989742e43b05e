import { describe, expect, it } from 'vitest';

// Imported by computed paths: the Mini App's sources are typechecked by its own project (JSX, vite's types), not the tests'.
const STATES = '../../../../miniapp/src/ui/states.tsx';
const MAP_LINK = '../../../../miniapp/src/lib/map-link.ts';
const KIND_NAMES = '../../../../miniapp/src/features/feedback/kind-names.ts';
type Place = { address?: string | null; lat?: number | null; lng?: number | null };
const { canRetry } = (await import(/* @vite-ignore */ STATES)) as { canRetry: (error: { status?: number } | null) => boolean };
const { mapLink } = (await import(/* @vite-ignore */ MAP_LINK)) as { mapLink: (place: Place, near?: string) => string | null };
const { kindOfCode } = (await import(/* @vite-ignore */ KIND_NAMES)) as { kindOfCode: (code: string) => string };

describe('"Thử lại" only where trying again can help', () => {
  it('offers it after a network failure, a timeout, a busy or failing server', () => {
    for (const status of [undefined, 0, 408, 429, 500, 502, 503]) expect(canRetry({ status }), String(status)).toBe(true);
    expect(canRetry(null)).toBe(true);
  });

  it('not after a 404 or a refusal: the same answer would come back', () => {
    for (const status of [400, 401, 403, 404, 409, 410, 422]) expect(canRetry({ status }), String(status)).toBe(false);
  });
});

describe('a place on a map', () => {
  it('points at the position when the citizen shared one', () => {
    expect(mapLink({ lat: 20.78, lng: 106.45, address: 'Ngõ 3' })).toBe('https://www.google.com/maps/search/?api=1&query=20.78,106.45');
  });

  it('else searches the address typed, near the commune', () => {
    expect(mapLink({ address: 'Ngõ 3 thôn Nam' }, 'Xã Bình Giang')).toBe(
      `https://www.google.com/maps/search/?api=1&query=${encodeURIComponent('Ngõ 3 thôn Nam, Xã Bình Giang')}`,
    );
    expect(mapLink({ address: 'Thôn Nam, xã Bình Giang' }, 'Xã Bình Giang')).toContain(encodeURIComponent('Thôn Nam, xã Bình Giang'));
    expect(mapLink({ address: '  ' })).toBeNull();
    expect(mapLink({})).toBeNull();
  });
});

describe('the kind is in the code', () => {
  it('KN is a kiến nghị, PA a phản ánh', () => {
    expect(kindOfCode('KN-2612-6K7ZM')).toBe('kien_nghi');
    expect(kindOfCode('kn-2612-6k7zm')).toBe('kien_nghi');
    expect(kindOfCode('PA-2612-6K7ZM')).toBe('phan_anh');
  });
});
