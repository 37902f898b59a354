/**
 * The value equation lab on the compare board: each team's two offers, rated, and what follows from
 * Smith's equation. Ratings are inputs and never ranked; more value, relative to the competitor, is
 * better.
 */
import { LEVER_NAMES, type ValueEquationReport } from '../../calc/value-equation-report';
import { capitalise } from '../../course/text';
import { displayNames, type ValueEquationState } from '../../scenario/labs/value-equation';
import { textRow, type BoardFigures, type LabBoard, type RowSpec } from '../lab';

type Figures = BoardFigures<ValueEquationState, ValueEquationReport>;

function rating(id: string, label: string, value: (f: Figures) => number): RowSpec<Figures> {
  return { id, label, kind: 'input', format: 'rating', better: null, value };
}

export const valueEquationBoard: LabBoard<ValueEquationState, ValueEquationReport> = {
  rows: [
    textRow('input', 'yourName', 'Your offer', (f) => displayNames(f.state).you),
    rating('you.productQuality', 'Your product quality', (f) => f.state.you.productQuality),
    rating('you.serviceQuality', 'Your service quality', (f) => f.state.you.serviceQuality),
    rating('you.price', 'Your price', (f) => f.state.you.price),
    rating('you.hassle', 'Your hassle', (f) => f.state.you.hassle),
    textRow('input', 'competitorName', 'Competitor', (f) => displayNames(f.state).competitor),
    rating('competitor.productQuality', 'Competitor’s product quality', (f) => f.state.competitor.productQuality),
    rating('competitor.serviceQuality', 'Competitor’s service quality', (f) => f.state.competitor.serviceQuality),
    rating('competitor.price', 'Competitor’s price', (f) => f.state.competitor.price),
    rating('competitor.hassle', 'Competitor’s hassle', (f) => f.state.competitor.hassle),
    {
      id: 'yourValue',
      label: 'Your perceived value',
      kind: 'output',
      format: 'number',
      better: 'higher',
      value: (f) => f.report?.yourValue ?? null,
    },
    {
      id: 'competitorValue',
      label: 'Competitor’s perceived value',
      kind: 'output',
      format: 'number',
      better: null,
      value: (f) => f.report?.competitorValue ?? null,
    },
    {
      id: 'relative',
      label: 'Relative value (yours ÷ competitor’s)',
      kind: 'output',
      format: 'ratio',
      better: 'higher',
      value: (f) => f.report?.relative ?? null,
    },
    {
      id: 'equivalentPrice',
      label: 'Value-equivalent price',
      kind: 'output',
      format: 'rating',
      better: 'higher',
      value: (f) => f.report?.equivalentPrice ?? null,
    },
    textRow('output', 'bestLever', 'Lever that buys most value', (f) => {
      const levers = f.report?.bestLevers ?? [];
      return levers.length > 0 ? levers.map((l) => capitalise(LEVER_NAMES[l])).join(', ') : null;
    }),
  ],
  headline: 'relative',
};
