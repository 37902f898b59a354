/**
 * A number input of the lifetime ROI lab, as the lab's main inputs and its engagement-content
 * section (loaded later, see `lazy-ltv-breakdowns.tsx`) both use it.
 */
import type { LtvRoiReport } from '../calc/ltv-roi-report';
import { LTV_ROI_LIMITS, type LtvRoiNumber, type LtvRoiState } from '../scenario/labs/ltv-roi';
import { setInputProblem, setNumber } from '../stores/ltv-roi';
import { NumberInput } from '../kit/NumberInput';
import type { kindFormats } from '../course/number-kinds';
import type { FieldSpec } from '../labs/ltv-roi/inputs';

/** Each number's setter, made once so the inputs' props stay the same between renders. */
const SETTERS = Object.fromEntries(
  Object.keys(LTV_ROI_LIMITS).map((key) => [key, (value: number) => setNumber(key as LtvRoiNumber, value)]),
) as Record<LtvRoiNumber, (value: number) => string | undefined>;

export function Field({
  spec,
  value,
  formats,
  revision,
  disabled,
}: {
  spec: FieldSpec;
  value: number;
  formats: ReturnType<typeof kindFormats>;
  revision: number;
  disabled: boolean;
}) {
  const limits = LTV_ROI_LIMITS[spec.key];
  const kind = formats[spec.kind](limits.decimals);
  return (
    <NumberInput
      problemId={spec.key}
      label={spec.label}
      hint={spec.hint}
      value={value}
      limits={limits}
      slider={spec.slider ? SLIDER : undefined}
      format={kind.format}
      describe={kind.describe}
      grouping
      prefix={kind.prefix}
      suffix={kind.suffix}
      expect={`Enter ${kind.noun} from ${kind.describe(limits.min)} to ${kind.describe(limits.max)}.`}
      onValue={SETTERS[spec.key]}
      onProblem={setInputProblem}
      problemLabel={spec.label}
      revision={revision}
      disabled={disabled}
    />
  );
}

const SLIDER = {};

/** What each section of the lab's results takes: the scenario, its figures, and its heading level. */
export interface LtvSectionProps {
  state: LtvRoiState;
  report: LtvRoiReport;
  heading: 'h2' | 'h3';
}
