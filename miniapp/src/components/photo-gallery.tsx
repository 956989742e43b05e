import { useEffect, useRef, useState } from 'react';
import { apiUrl } from '../lib/api-client.ts';

type GalleryPhoto = { id: string; url: string };

/** Photos as a grid of thumbnails; a tap shows one full screen (Close button, Escape, or a tap outside). */
export function PhotoGallery({ photos, label }: { photos: GalleryPhoto[]; label: string }) {
  const [open, setOpen] = useState<number | null>(null);
  const closeRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (open === null) return;
    closeRef.current?.focus();
    const onKey = (event: KeyboardEvent) => event.key === 'Escape' && setOpen(null);
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [open]);

  if (photos.length === 0) return null;
  return (
    <>
      <ul className="gallery" aria-label={label}>
        {photos.map((photo, index) => (
          <li key={photo.id}>
            <button type="button" className="gallery__item" onClick={() => setOpen(index)} aria-label={`Xem lớn ảnh ${index + 1}`}>
              <img src={apiUrl(photo.url)} alt={`Ảnh ${index + 1}`} loading="lazy" />
            </button>
          </li>
        ))}
      </ul>
      {open !== null && photos[open] && (
        <div className="lightbox" role="dialog" aria-modal="true" aria-label={`Ảnh ${open + 1}`} onClick={() => setOpen(null)}>
          <img className="lightbox__image" src={apiUrl(photos[open].url)} alt={`Ảnh ${open + 1}`} onClick={(event) => event.stopPropagation()} />
          <button type="button" className="lightbox__close" ref={closeRef} onClick={() => setOpen(null)}>
            Đóng
          </button>
        </div>
      )}
    </>
  );
}
