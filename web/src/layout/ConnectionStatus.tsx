import { useConnectionState } from '../api/live';

const TEXT = {
  connecting: 'Connecting to live updates…',
  connected: 'Live',
  reconnecting: 'Connection lost: reconnecting. Figures may be out of date.',
};

/** Says whether the view is live; a drop is announced to screen readers. */
export function ConnectionStatus() {
  const state = useConnectionState();
  return (
    <span className={`connection connection-${state}`} role="status" aria-live="polite">
      {TEXT[state]}
    </span>
  );
}
