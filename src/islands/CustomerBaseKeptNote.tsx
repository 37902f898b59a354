/** The customer-base lab's note of a log kept on this device on an earlier visit, to open or forget. */
import type { KeptLog } from '../stores/kept-log';

export function KeptNote({ kept, onOpen, onForget }: { kept: KeptLog; onOpen: () => void; onForget: () => void }) {
  return (
    <div class="cb-kept" role="group" aria-label="Data kept on this device">
      <p>
        You kept <strong>{kept.name}</strong> on this device on {new Date(kept.keptAt).toLocaleDateString()}
        {kept.settings ? ', with your settings' : ''}.
      </p>
      <button type="button" class="course-button small" onClick={onOpen}>
        Open it
      </button>{' '}
      <button type="button" class="course-button small" onClick={onForget}>
        Forget it
      </button>
    </div>
  );
}
