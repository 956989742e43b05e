import { MAX_PHOTOS } from '../api/limits.ts';
import { useState } from 'react';
import { CameraIcon, ImageIcon, TrashIcon } from '../../../components/icons.tsx';
import { addPhotos, removePhoto, retryPhoto, type PhotoDraft } from '../hooks/use-feedback-draft.ts';

function PhotoStatus({ photo }: { photo: PhotoDraft }) {
  if (photo.status === 'preparing') return <p className="photo__status">Đang chuẩn bị ảnh…</p>;
  if (photo.status === 'uploading') {
    const percent = Math.round(photo.progress * 100);
    return (
      <div className="photo__status">
        <p>Đang tải lên {percent}%</p>
        <div className="photo__bar" role="progressbar" aria-label="Tải ảnh lên" aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent}>
          <span style={{ width: `${percent}%` }} />
        </div>
      </div>
    );
  }
  if (photo.status === 'error') {
    return (
      <div className="photo__status photo__status--error" role="alert">
        <p>{photo.error}</p>
        <button type="button" className="small-button" onClick={() => retryPhoto(photo.localId)}>
          Thử lại
        </button>
      </div>
    );
  }
  return <p className="photo__status photo__status--done">Đã tải lên</p>;
}

/** Up to 4 photos: take one with the camera or choose from the phone; each uploads at once, with progress. */
export function PhotoPicker({ photos }: { photos: PhotoDraft[] }) {
  const [notice, setNotice] = useState<string | null>(null);
  const room = MAX_PHOTOS - photos.length;

  const onFiles = (list: FileList | null, input: HTMLInputElement) => {
    const chosen = Array.from(list ?? []);
    input.value = '';
    if (chosen.length === 0) return;
    const left = addPhotos(chosen);
    setNotice(left > 0 ? `Chỉ gửi được tối đa ${MAX_PHOTOS} ảnh: ${left} ảnh không được thêm.` : null);
  };

  return (
    <section className="photo-picker" aria-labelledby="photos-title">
      <h2 className="section-title" id="photos-title">
        Ảnh chụp <span className="muted">(không bắt buộc, tối đa {MAX_PHOTOS} ảnh)</span>
      </h2>
      {photos.length > 0 && (
        <ul className="photo-grid" data-testid="photo-list">
          {photos.map((photo, index) => (
            <li key={photo.localId} className="photo" data-status={photo.status}>
              <div className="photo__frame">
                {photo.previewUrl ? (
                  <img className="photo__image" src={photo.previewUrl} alt={`Ảnh ${index + 1}`} />
                ) : (
                  <span className="photo__placeholder">
                    <ImageIcon size={36} />
                  </span>
                )}
              </div>
              <PhotoStatus photo={photo} />
              <button type="button" className="small-button small-button--danger" aria-label={`Xoá ảnh ${index + 1}`} onClick={() => removePhoto(photo.localId)}>
                <TrashIcon size={20} /> Xoá ảnh
              </button>
            </li>
          ))}
        </ul>
      )}
      {room > 0 ? (
        <div className="photo-picker__buttons">
          <label className="file-button file-button--primary">
            <input
              type="file"
              accept="image/*"
              capture="environment"
              className="file-button__input"
              data-testid="photo-camera-input"
              onChange={(event) => onFiles(event.target.files, event.target)}
            />
            <CameraIcon size={26} /> Chụp ảnh
          </label>
          <label className="file-button">
            <input
              type="file"
              accept="image/*"
              multiple
              className="file-button__input"
              data-testid="photo-input"
              onChange={(event) => onFiles(event.target.files, event.target)}
            />
            <ImageIcon size={26} /> Chọn ảnh có sẵn
          </label>
        </div>
      ) : (
        <p className="muted">Đã đủ {MAX_PHOTOS} ảnh. Muốn đổi ảnh, hãy xoá bớt một ảnh.</p>
      )}
      {notice && (
        <p className="ui-field__error" role="alert">
          {notice}
        </p>
      )}
    </section>
  );
}
