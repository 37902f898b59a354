/**
 * The say–do gap poll on the compare board: each room's two groups, their shares agreeing and the
 * gap between them. A poll has no better direction: a larger gap is a finding, not a win.
 */
import type { PerceptionGapState } from '../../scenario/labs/perception-gap';
import { textRow, type BoardFigures, type LabBoard, type RowSpec } from '../lab';
import { groupLabel } from './headline';
import type { PerceptionGapReport } from './report';

type Figures = BoardFigures<PerceptionGapState, PerceptionGapReport>;

function count(id: 'agreeA' | 'sizeA' | 'agreeB' | 'sizeB', label: string): RowSpec<Figures> {
  return { id, label, kind: 'input', format: 'number', better: null, value: (f) => f.state[id] };
}

function figure(
  id: 'shareA' | 'shareB' | 'gap' | 'low' | 'high',
  label: string,
  format: 'percent' | 'points',
): RowSpec<Figures> {
  return { id, label, kind: 'output', format, better: null, value: (f) => f.report?.[id] ?? null };
}

export const perceptionGapBoard: LabBoard<PerceptionGapState, PerceptionGapReport> = {
  rows: [
    textRow('input', 'nameA', 'First group', (f) => groupLabel(f.state, 'A')),
    count('agreeA', 'Agreed in the first group'),
    count('sizeA', 'Asked in the first group'),
    textRow('input', 'nameB', 'Second group', (f) => groupLabel(f.state, 'B')),
    count('agreeB', 'Agreed in the second group'),
    count('sizeB', 'Asked in the second group'),
    figure('shareA', 'Share of the first group agreeing', 'percent'),
    figure('shareB', 'Share of the second group agreeing', 'percent'),
    figure('gap', 'Gap', 'points'),
    figure('low', '95% interval, low end', 'points'),
    figure('high', '95% interval, high end', 'points'),
    textRow('output', 'clear', 'Shows a clear gap', (f) => (f.report ? (f.report.clear ? 'Yes' : 'Not yet') : null)),
  ],
  headline: 'gap',
};
