import { Link } from 'react-router-dom';
import type { StatesConfig, StateError } from '../ui/index.ts';
import { AlertIcon } from './icons.tsx';

/** The Mini App's additions to the kit's error state: an icon, and a way out when the unit or page is gone. */
function errorActions(error: StateError | undefined | null) {
  if (error?.code === 'UNIT_NOT_FOUND') {
    return (
      <Link className="link-button" to="/units">
        Chọn lại xã, phường
      </Link>
    );
  }
  if (error?.status === 404) {
    return (
      <Link className="link-button" to="/">
        Về trang chủ
      </Link>
    );
  }
  return null;
}

export const MINIAPP_STATES: StatesConfig = {
  errorIcon: <AlertIcon size={40} className="ui-state__icon" />,
  errorActions,
};
