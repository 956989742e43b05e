import type { OfficerFeedbackT } from '@cchc/shared/api/console';
import { useEffect, useRef, useState } from 'react';
import { apiUrl } from '../../../../lib/api-client.ts';

type Photo = OfficerFeedbackT['photos'][number];

/** The citizen's photos: thumbnails; a click enlarges one (Esc or "Đóng" closes). */
export function PhotoGrid({ photos }: { photos: Photo[] }) {
  const [open, setOpen] = useState<number | null>(null);
  const closeRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (open === null) return;
    closeRef.current?.focus();
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setOpen(null);
      if (event.key === 'ArrowRight') setOpen((i) => (i === null ? i : (i + 1) % photos.length));
      if (event.key === 'ArrowLeft') setOpen((i) => (i === null ? i : (i - 1 + photos.length) % photos.length));
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [open, photos.length]);

  if (photos.length === 0) return <p className="c-muted">Không có ảnh.</p>;
  return (
    <>
      <ul className="c-photos" data-testid="photos">
        {photos.map((photo, index) => (
          <li key={photo.id}>
            <button type="button" className="c-photos__item" onClick={() => setOpen(index)} aria-label={`Phóng to ảnh ${index + 1}`}>
              <img src={apiUrl(photo.url)} alt={`Ảnh ${index + 1}`} loading="lazy" />
              {photo.public && <span className="c-badge c-photos__public">Công khai</span>}
            </button>
          </li>
        ))}
      </ul>
      {open !== null && photos[open] && (
        <div className="c-lightbox" role="dialog" aria-modal="true" aria-label={`Ảnh ${open + 1}/${photos.length}`} onClick={() => setOpen(null)}>
          <img src={apiUrl(photos[open].url)} alt={`Ảnh ${open + 1}`} onClick={(e) => e.stopPropagation()} />
          <div className="c-lightbox__bar" onClick={(e) => e.stopPropagation()}>
            <span>
              Ảnh {open + 1}/{photos.length}
            </span>
            {photos.length > 1 && (
              <button type="button" className="c-btn" onClick={() => setOpen((open + 1) % photos.length)}>
                Ảnh tiếp
              </button>
            )}
            <button type="button" className="c-btn c-btn--primary" ref={closeRef} onClick={() => setOpen(null)}>
              Đóng
            </button>
          </div>
        </div>
      )}
    </>
  );
}

/** Tick the photos to show publicly with the answer. */
export function PublicPhotoPicker({ photos, value, onChange }: { photos: Photo[]; value: string[]; onChange: (ids: string[]) => void }) {
  if (photos.length === 0) return null;
  return (
    <fieldset className="c-photo-pick">
      <legend>Ảnh được công khai cùng câu trả lời</legend>
      <ul className="c-photos">
        {photos.map((photo, index) => {
          const checked = value.includes(photo.id);
          return (
            <li key={photo.id}>
              <label className={checked ? 'c-photo-pick__item c-photo-pick__item--on' : 'c-photo-pick__item'}>
                <img src={apiUrl(photo.url)} alt={`Ảnh ${index + 1}`} loading="lazy" />
                <span>
                  <input
                    type="checkbox"
                    checked={checked}
                    onChange={(e) => onChange(e.target.checked ? [...value, photo.id] : value.filter((id) => id !== photo.id))}
                  />{' '}
                  Công khai ảnh {index + 1}
                </span>
              </label>
            </li>
          );
        })}
      </ul>
      <p className="ui-field__hint">Chỉ chọn ảnh không lộ mặt người, biển số xe hay thông tin cá nhân.</p>
    </fieldset>
  );
}
