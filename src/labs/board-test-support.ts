/** Helpers for the tests of the labs' rows on the compare board. Test code only. */
import { addLinks, emptyBoard, groupByLab, parseBoardLink, type BoardTeam } from '../workshop/board';
import type { BoardRow, BoardTable, CellValue } from '../workshop/board-table';

/** The teams of a board the links are pasted into, in the board's order. */
export function boardTeams(...links: string[]): BoardTeam[] {
  const { groups } = groupByLab(addLinks(emptyBoard(), links.map(parseBoardLink)));
  return groups.flatMap((g) => g.teams);
}

/** A table's row; throws when it has none with that id. */
export function row(table: BoardTable, id: string): BoardRow {
  const found = table.rows.find((r) => r.id === id);
  if (!found) throw new Error(`no row ${id}`);
  return found;
}

/** Numbers to four decimals, for comparing with figures worked by hand. */
export function near(values: readonly CellValue[]): CellValue[] {
  return values.map((v) => (typeof v === 'number' ? Math.round(v * 1e4) / 1e4 : v));
}
