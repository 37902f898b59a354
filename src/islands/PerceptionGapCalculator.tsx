/**
 * Lesson 8's perception-gap calculator: a room polls two groups on one statement, and sees each
 * group's share, the gap, and how sure the room can be of it (a 95% interval), beside Shaun Smith's
 * 63/41 from his survey of 550 executives. Thin: state in `src/stores/perception-gap.ts`, the
 * arithmetic in `src/calc/perception-gap.ts`, the link format in `src/scenario/labs/perception-gap.ts`.
 * Its links open the lesson with the room's numbers in it.
 */
import { SMITH_REFERENCE } from '../calc/perception-gap';
import { formatNumber, formatPercent, formatPoints } from '../course/format';
import { cleanText } from '../scenario/fields';
import {
  COUNT_LIMITS,
  GROUP_NAME_MAX_LENGTH,
  SIZE_LIMITS,
  type PerceptionGapState,
} from '../scenario/labs/perception-gap';
import {
  $inputProblems,
  $perceptionGap,
  $perceptionGapResult,
  $revision,
  perceptionGapLab,
  renameGroup,
  setCount,
  setInputProblem,
  type CountKey,
} from '../stores/perception-gap';
import { groupLabel, perceptionGapHeadline } from '../labs/perception-gap/headline';
import { PendingNote } from '../kit/PendingNote';
import { LabFrame } from '../kit/LabFrame';
import { NameField } from '../kit/NameField';
import { NumberInput } from '../kit/NumberInput';
import { kindFormats } from '../course/number-kinds';
import { useStoreValue } from '../kit/hooks';
import './perception-gap.css';

const LESSON_PATH = '/lessons/closing-the-say-do-gap/';
const SOURCE = '/sources/#where-value-comes-from--say-do-gap';
const COUNT = kindFormats('USD').count(0);
const cleanGroupName = (text: string): string => cleanText(text, GROUP_NAME_MAX_LENGTH);
const SETTERS: Record<CountKey, (value: number) => string | undefined> = {
  agreeA: (v) => setCount('agreeA', v),
  sizeA: (v) => setCount('sizeA', v),
  agreeB: (v) => setCount('agreeB', v),
  sizeB: (v) => setCount('sizeB', v),
};

function Group({
  side,
  state,
  revision,
  disabled,
}: {
  side: 'A' | 'B';
  state: PerceptionGapState;
  revision: number;
  disabled: boolean;
}) {
  const name = state[`name${side}`];
  const who = groupLabel(state, side);
  return (
    <fieldset class="lab-group" disabled={disabled}>
      <legend>{side === 'A' ? 'First group' : 'Second group'}</legend>
      <NameField
        labelClass="field-label"
        inputClass="number-input-field gap-name"
        ariaLabel={`Name of the ${side === 'A' ? 'first' : 'second'} group`}
        value={name}
        clean={cleanGroupName}
        maxLength={GROUP_NAME_MAX_LENGTH}
        revision={revision}
        onRename={(text) => {
          renameGroup(side, text);
        }}
      />
      {(
        [
          [`agree${side}`, 'Agreed', 'How many said they agree.', COUNT_LIMITS],
          [`size${side}`, 'Asked', 'How many were asked, agreeing or not.', SIZE_LIMITS],
        ] as const
      ).map(([key, fieldLabel, hint, limits]) => (
        <NumberInput
          key={key}
          problemId={key}
          label={fieldLabel}
          hint={hint}
          value={state[key]}
          limits={limits}
          format={COUNT.format}
          describe={COUNT.describe}
          grouping
          fieldLabel={`${fieldLabel}, ${who}`}
          expect={`Enter a whole number from ${formatNumber(limits.min, 0)} to ${formatNumber(limits.max, 0)}.`}
          onValue={SETTERS[key]}
          onProblem={setInputProblem}
          problemLabel={`${who}, ${fieldLabel.toLowerCase()}`}
          revision={revision}
          recheck={key.startsWith('agree') ? state[`size${side}`] : state[`agree${side}`]}
          disabled={disabled}
        />
      ))}
    </fieldset>
  );
}

/** Position on a −100…+100-point scale, as a percentage of the bar's width. */
function at(points: number): string {
  return `${(points + 1) * 50}%`;
}

export default function PerceptionGapCalculator({ embedded = true }: { embedded?: boolean }) {
  const state = useStoreValue($perceptionGap);
  const result = useStoreValue($perceptionGapResult);
  const revision = useStoreValue($revision);
  const problems = useStoreValue($inputProblems);
  const said = result ? perceptionGapHeadline(state, result) : '';
  const smithGap = SMITH_REFERENCE.senior - SMITH_REFERENCE.others;
  return (
    <LabFrame
      id="perception-gap"
      path={LESSON_PATH}
      lab={perceptionGapLab}
      state={state}
      embedded={embedded}
      headline={said}
      shareTitle="Say–do gap poll"
      credit={
        <>
          Smith’s figures are from <cite>Where value comes from (Part 2)</cite> (smith+co, 2008; see{' '}
          <a href={SOURCE}>Sources</a>). The interval is Newcombe’s hybrid score method (Statistics in Medicine, 1998).
          The starting numbers are an illustrative room until you enter your own.
        </>
      }
    >
      {({ ready }) => (
        <>
          <div class="lab-inputs">
            <Group side="A" state={state} revision={revision} disabled={!ready} />
            <Group side="B" state={state} revision={revision} disabled={!ready} />
          </div>
          <section class="lab-results" aria-label="Results">
            <p class="lab-headline">{said}</p>
            <PendingNote problems={problems} />
            {result && (
              <>
                <dl class="lab-values lab-values--tabular">
                  <div>
                    <dt>{groupLabel(state, 'A')}</dt>
                    <dd>{formatPercent(result.shareA)}</dd>
                  </div>
                  <div>
                    <dt>{groupLabel(state, 'B')}</dt>
                    <dd>{formatPercent(result.shareB)}</dd>
                  </div>
                  <div>
                    <dt>Gap</dt>
                    <dd class="lab-small-value">{formatPoints(result.gap)}</dd>
                  </div>
                  <div>
                    <dt>95% interval</dt>
                    <dd class="lab-small-value">
                      {formatPoints(result.low).replace(/ points?$/, '')} to {formatPoints(result.high)}
                    </dd>
                  </div>
                </dl>
                <div class="gap-scale" aria-hidden="true">
                  <span class="gap-zero" style={{ left: at(0) }} />
                  <span
                    class="gap-interval"
                    style={{ left: at(result.low), width: `${(result.high - result.low) * 50}%` }}
                  />
                  <span class="gap-point" style={{ left: at(result.gap) }} />
                  <span class="gap-smith" style={{ left: at(smithGap) }} title="Smith’s 22 points" />
                </div>
                <p class="lab-note">
                  The bar runs from −100 to +100 points, with no gap in the middle: the dot is your room’s gap, the band
                  its 95% interval, and the tick Smith’s 22 points.
                </p>
                <p class="gap-reference">
                  Smith’s survey of 550 Polish executives: {formatPercent(SMITH_REFERENCE.senior)} of senior managers
                  against {formatPercent(SMITH_REFERENCE.others)} of non-managers agreed, a gap of{' '}
                  {formatPoints(smithGap)}. He does not give the two groups’ sizes, so no interval can be drawn for it.
                </p>
              </>
            )}
          </section>
        </>
      )}
    </LabFrame>
  );
}
