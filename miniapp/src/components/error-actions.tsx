import { Link } from 'react-router-dom';
import { canRetry, type StatesConfig, type StateError } from '../ui/index.ts';
import { AlertIcon } from './icons.tsx';
import { useGoBack } from './app-page.tsx';

/** The Mini App's additions to the kit's error state: an icon, and a way out when the unit or page is gone. */
function errorActions(error: StateError | undefined | null) {
  if (error?.code === 'UNIT_NOT_FOUND') {
    return (
      <Link className="link-button" to="/units">
        Chọn lại xã, phường
      </Link>
    );
  }
  // Not there, or refused: retrying gives the same answer, so the ways out instead.
  if (error && !canRetry(error)) return <NotFoundActions />;
  return null;
}

/** Back where the citizen came from, or home. */
function NotFoundActions() {
  const goBack = useGoBack('/');
  return (
    <>
      <button type="button" className="ui-button ui-button--primary" onClick={goBack}>
        Quay lại
      </button>
      <Link className="link-button" to="/">
        Về trang chủ
      </Link>
    </>
  );
}

export const MINIAPP_STATES: StatesConfig = {
  errorIcon: <AlertIcon size={40} className="ui-state__icon" />,
  errorActions,
};
