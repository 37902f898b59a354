/** The value equation lab's entry in the registry. */
import { valueEquationReport, type ValueEquationReport } from '../../calc/value-equation-report';
import { valueEquationScenario, type ValueEquationState } from '../../scenario/labs/value-equation';
import { defineScenarioLab } from '../lab';
import { valueEquationAbout } from './about';
import { valueEquationBoard } from './board';
import { valueEquationHeadline } from './headline';

export const valueEquationLab = defineScenarioLab<ValueEquationState, ValueEquationReport & { ok: true }>({
  about: valueEquationAbout,
  definition: valueEquationScenario,
  // Any two offers a link opens have a report: the codec keeps ratings on the scale and price +
  // hassle above 0, the only inputs it refuses.
  report: (state) => ({ ok: true, ...valueEquationReport(state.you, state.competitor) }),
  headline: valueEquationHeadline,
  board: valueEquationBoard,
});
