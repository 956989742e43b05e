import { useState } from 'react';
import { Button } from 'zmp-ui';
import { TextField } from '../../../ui/index.ts';
import { LocateIcon, MapPinIcon } from '../../../components/icons.tsx';
import { getLocation, LocationError } from '../../../lib/zalo.ts';
import { updateDraft, useFeedbackDraft } from '../hooks/use-feedback-draft.ts';
import { PhotoPicker } from './photo-picker.tsx';
import { PlaceMapLink } from './place-link.tsx';
import { StepActions, StepFrame } from './step-frame.tsx';

/** Step 4: photos and the place (both optional). */
export function PhotosStep({ onNext }: { onNext: () => void }) {
  const draft = useFeedbackDraft();
  const [locating, setLocating] = useState(false);
  const [locationError, setLocationError] = useState<string | null>(null);
  const [blocker, setBlocker] = useState<string | null>(null);

  const busy = draft.photos.some((p) => p.status === 'preparing' || p.status === 'uploading');
  const failed = draft.photos.some((p) => p.status === 'error');

  const locate = async () => {
    setLocating(true);
    setLocationError(null);
    try {
      const position = await getLocation();
      updateDraft({ location: { lat: Math.round(position.lat * 1e6) / 1e6, lng: Math.round(position.lng * 1e6) / 1e6 } });
    } catch (error) {
      setLocationError(error instanceof LocationError ? error.message : 'Không lấy được vị trí lúc này. Bạn hãy nhập địa chỉ.');
    } finally {
      setLocating(false);
    }
  };

  const next = () => {
    if (busy) {
      setBlocker('Vui lòng đợi ảnh tải lên xong.');
      return;
    }
    if (failed) {
      setBlocker('Có ảnh chưa tải lên được. Hãy bấm “Thử lại” hoặc xoá ảnh đó.');
      return;
    }
    setBlocker(null);
    onNext();
  };

  return (
    <StepFrame step="photos" title="Ảnh và nơi xảy ra sự việc" lead="Ảnh và địa điểm giúp cán bộ xử lý nhanh hơn. Bạn có thể bỏ qua bước này.">
      <PhotoPicker photos={draft.photos} />

      <section className="place" aria-labelledby="place-title">
        <h2 className="section-title" id="place-title">
          Địa điểm <span className="muted">(không bắt buộc)</span>
        </h2>
        <TextField
          label="Địa chỉ nơi xảy ra sự việc"
          hint="Ví dụ: trước nhà số 12, thôn Đông, gần cổng trường tiểu học."
          value={draft.address}
          onChange={(value) => updateDraft({ address: value })}
          maxLength={300}
          autoComplete="off"
        />
        {draft.location ? (
          <div className="location-chip" data-testid="location">
            <MapPinIcon size={24} />
            <span>Đã ghi vị trí hiện tại</span>
            <PlaceMapLink place={draft.location} />
            <button type="button" className="small-button" onClick={() => updateDraft({ location: null })}>
              Bỏ vị trí
            </button>
          </div>
        ) : (
          <Button className="btn-large" variant="secondary" fullWidth loading={locating} disabled={locating} prefixIcon={<LocateIcon />} onClick={() => void locate()}>
            Dùng vị trí hiện tại
          </Button>
        )}
        {locationError && (
          <p className="ui-field__error" role="alert">
            {locationError}
          </p>
        )}
      </section>

      <StepActions>
        {blocker && (
          <p className="ui-field__error" role="alert">
            {blocker}
          </p>
        )}
        <Button className="btn-large" variant="primary" fullWidth onClick={next}>
          {draft.photos.length === 0 && !draft.address.trim() && !draft.location ? 'Bỏ qua, tiếp tục' : 'Tiếp tục'}
        </Button>
      </StepActions>
    </StepFrame>
  );
}
