/**
 * Everything around a lab's own inputs and results: the hydration marker, the binding of the
 * scenario to the page's address and this browser (the lab's store does it: `bindPage`), the notice
 * for a scenario opened from a link, the presets with Reset and Undo, the screen-reader status
 * line, Copy link, the link to the lab's own page when embedded, the credit and the phone summary.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { encodeScenario } from '../scenario/codec';
import type { LabStore } from '../stores/lab-store';
import type { PageOpening } from '../stores/page-binding';
import { useAnnouncement, useHydrated, useStoreValue } from './hooks';
import { LinkNotice, linkOpenedAnnouncement } from './LinkNotice';
import { PresetBar } from './PresetBar';
import { pageUrl, ShareBar } from './ShareBar';

export interface LabFrameProps<S extends object> {
  /** The lab's id, as in `/labs/<id>/`: the frame's `data-lab`. */
  id: string;
  /** The page its links open, when that is not `/labs/<id>/` (a calculator that lives in a lesson). */
  path?: string;
  lab: LabStore<S>;
  /** The scenario now (the lab reads the store; the frame takes it from the lab). */
  state: S;
  /** Inside a lesson: never touch the page's URL. */
  embedded: boolean;
  /** The results in one sentence, spoken to screen readers once the learner pauses. */
  headline: string;
  /** Title of the Web Share sheet. */
  shareTitle: string;
  /** Who the lab's ideas come from, under the share bar. */
  credit: ComponentChildren;
  /** Kept in sight on phones while the inputs scroll (hidden from screen readers, who hear `headline`). */
  summary?: ComponentChildren;
  /** The lab itself, given whether it is ready for input and a way to announce something at once. */
  children: (frame: { ready: boolean; announce: (text: string) => void }) => ComponentChildren;
}

export function LabFrame<S extends object>(props: LabFrameProps<S>) {
  const { id, lab, state, embedded } = props;
  const ready = useHydrated();
  const opening = useStoreValue(lab.$opening);
  const replacement = useStoreValue(lab.$replacement);
  // The opening whose notice the learner dismissed (or replaced with a preset): a new opening shows again.
  const [dismissed, setDismissed] = useState<PageOpening | undefined>();
  const shown = opening === dismissed ? undefined : opening;
  const [announcement, announce] = useAnnouncement(props.headline);
  useEffect(() => lab.bindPage(embedded), [embedded]);
  useEffect(() => {
    if (opening?.origin === 'link') announce(linkOpenedAnnouncement('scenario', opening.issues));
  }, [opening]);
  // The state in the store is valid by construction; encode once per change, not per element.
  const fragment = useMemo(() => encodeScenario(lab.definition, state), [state]);
  const labPath = props.path ?? `/labs/${id}/`;
  const story = replacement?.story;
  return (
    <div
      class={`lab ${id}-lab not-content`}
      data-lab={id}
      data-ready={ready ? 'true' : 'false'}
      aria-busy={ready ? undefined : 'true'}
      // While the learner types in a field, the phone summary bar steps aside so it cannot cover the
      // field's message. Set on the element directly: re-rendering the lab on every focus move would
      // cost more than it shows.
      onFocusIn={(e) => {
        const target = e.target;
        const typing =
          target instanceof HTMLInputElement ? target.type === 'text' : target instanceof HTMLSelectElement;
        e.currentTarget.toggleAttribute('data-typing', typing);
      }}
      onFocusOut={(e) => {
        e.currentTarget.removeAttribute('data-typing');
      }}
    >
      {shown?.origin === 'link' && (
        <LinkNotice
          what="scenario"
          issues={shown.issues}
          onDismiss={() => {
            setDismissed(opening);
          }}
        />
      )}
      <PresetBar
        presets={lab.presets}
        label="Start from a scenario"
        ready={ready}
        onPreset={(presetId) => {
          setDismissed(opening);
          lab.applyPreset(presetId);
        }}
        onReset={() => {
          setDismissed(opening);
          lab.resetLab();
        }}
        onUndo={replacement ? lab.undo : undefined}
        story={story}
      />
      {shown?.origin === 'saved' && (
        <p class="lab-resumed">
          These are your numbers from your last visit, kept in this browser. Reset starts again from the lab’s example.
        </p>
      )}
      {props.children({ ready, announce })}
      <p class="sr-only" role="status">
        {announcement}
      </p>
      <ShareBar link={{ ok: true, fragment }} path={labPath} what="this scenario" shareTitle={props.shareTitle} />
      {embedded && props.path === undefined && (
        <p class="lab-standalone">
          <a href={pageUrl(labPath, fragment)}>Open this scenario on the lab’s own page</a>
        </p>
      )}
      <p class="lab-credit">{props.credit}</p>
      {props.summary && (
        <div class="lab-summary" aria-hidden="true">
          {props.summary}
        </div>
      )}
    </div>
  );
}
