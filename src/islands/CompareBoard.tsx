/**
 * The compare board (`/workshop/board/`): a facilitator pastes the share links teams send, and sees
 * the teams side by side, lab by lab. Thin: the board, its tables, best values, chart figures, link
 * and stored text all come from the board's worker (`src/workshop/board-view.ts`) through
 * `src/stores/compare-board.ts`; this island renders them and sends the facilitator's changes.
 */
import { atom } from 'nanostores';
import { useEffect, useId, useMemo, useRef, useState } from 'preact/hooks';
import { boardChartConfig } from '../charts/board';
import { mountChartWhenVisible } from '../kit/chart-mount';
import { ChartFigure } from '../kit/ChartFigure';
import { useFocusAfter, type FocusRequest } from '../kit/focus-after';
import { useHydrated, useStoreValue } from '../kit/hooks';
import { LinkNotice, linkOpenedAnnouncement } from '../kit/LinkNotice';
import { NameField } from '../kit/NameField';
import { ReorderButtons } from '../kit/ReorderButtons';
import { ShareBar } from '../kit/ShareBar';
import type { PageOpening } from '../stores/page-binding';
import { $boardFailure, $boardOpening, $boardPage, boardSettled, changeBoard } from '../stores/compare-board';
import { cleanText } from '../scenario/fields';
import type { ChartView, GroupView, RowView, TeamView } from '../workshop/board-view';
import './compare-board.css';

const BOARD_PATH = '/workshop/board/';

function BetterNote({ row }: { row: RowView }) {
  if (row.better === null) return null;
  return <span class="board-better">{row.better === 'higher' ? 'higher is better' : 'lower is better'}</span>;
}

function Rows({ rows, heading, columns }: { rows: RowView[]; heading: string; columns: number }) {
  return (
    <tbody>
      <tr class="board-rowgroup">
        <th scope="colgroup" colSpan={columns + 1}>
          {heading}
        </th>
      </tr>
      {rows.map((row) => (
        <tr key={row.id} data-row={row.id}>
          <th scope="row">
            {row.label}
            <BetterNote row={row} />
            {row.note && <span class="board-row-note">{row.note}</span>}
          </th>
          {row.cells.map((cell, i) =>
            cell.best ? (
              <td key={i} class="board-best" data-best="true">
                <strong>{cell.text}</strong> <span class="board-best-label">best</span>
              </td>
            ) : (
              <td key={i}>{cell.text}</td>
            ),
          )}
        </tr>
      ))}
    </tbody>
  );
}

function GroupTable({ group }: { group: GroupView }) {
  return (
    <div
      class="lab-table-scroll board-table-scroll"
      role="region"
      aria-label={`${group.title}: the teams side by side`}
      tabIndex={0}
    >
      <table class="board-table">
        <thead>
          <tr>
            <th scope="col">
              <span class="sr-only">Figure</span>
            </th>
            {group.teams.map((team) => (
              <th key={team.id} scope="col">
                <a href={team.href}>{team.name}</a>
              </th>
            ))}
          </tr>
        </thead>
        <Rows rows={group.inputs} heading="What the team entered" columns={group.teams.length} />
        <Rows rows={group.outputs} heading="What the lab worked out" columns={group.teams.length} />
      </table>
    </div>
  );
}

/** The headline figure per team as a bar chart (chart.js fetched when it scrolls into view), with its numbers as a table. */
function GroupChart({ chart, title }: { chart: ChartView; title: string }) {
  const store = useMemo(() => atom(chart), []);
  useEffect(() => {
    store.set(chart);
  }, [chart]);
  return (
    <ChartFigure
      class="board-chart"
      label={`Bar chart of ${chart.label.toLowerCase()} per team in ${title}; its numbers are in the table below it.`}
      caption={`${chart.label} per team.`}
      mount={(canvas, onFail) => mountChartWhenVisible(canvas, store, boardChartConfig, onFail)}
      summary="The chart’s numbers"
      tableLabel={`${chart.label} per team in ${title}`}
      tableOpen
      table={() => (
        <table class="board-chart-table">
          <thead>
            <tr>
              <th scope="col">Team</th>
              <th scope="col">{chart.label}</th>
            </tr>
          </thead>
          <tbody>
            {chart.labels.map((label, i) => (
              <tr key={i}>
                <th scope="row">{label}</th>
                <td>{chart.texts[i]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    />
  );
}

function TeamItem({
  team,
  group,
  limit,
  disabled,
  onFocusAfter,
  announce,
}: {
  team: TeamView;
  group: GroupView;
  /** The longest team name. */
  limit: number;
  disabled: boolean;
  onFocusAfter: (target: FocusRequest) => void;
  announce: (text: string) => void;
}) {
  const next = group.teams[team.place + 1] ?? group.teams[team.place - 1];
  return (
    <li class="board-team" data-team={team.id} data-item={String(team.id)}>
      <p class="board-team-heading">
        <span class="board-team-place">{team.place + 1}.</span> {team.name}{' '}
        <a href={team.href} class="board-team-open">
          Open in the lab<span class="sr-only">: {team.name}</span>
        </a>
      </p>
      <div class="board-team-controls">
        <NameField
          ariaLabel={`Name of team ${team.place + 1} in ${group.title}`}
          value={team.name}
          clean={(text) => cleanText(text, limit)}
          maxLength={limit}
          disabled={disabled}
          onRename={(text) => {
            void changeBoard({ kind: 'rename', id: team.id, name: text });
          }}
          onDone={(name) => {
            announce(`Team ${team.place + 1} in ${group.title} is now called ${name}.`);
          }}
        />
        <ReorderButtons
          name={team.name}
          place={team.place}
          of={team.of}
          disabled={disabled}
          removable
          onMove={(by) => {
            onFocusAfter({ item: String(team.id), control: by < 0 ? 'up' : 'down' });
            void changeBoard({ kind: 'move', id: team.id, by }).then(({ said }) => {
              announce(said);
            });
          }}
          onRemove={() => {
            onFocusAfter({ item: next ? String(next.id) : undefined, control: 'remove', fallback: 'textarea' });
            void changeBoard({ kind: 'remove', id: team.id }).then(({ said }) => {
              announce(said);
            });
          }}
        />
      </div>
      {team.issues.length > 0 && (
        <ul class="board-team-issues">
          {team.issues.map((issue) => (
            <li key={issue}>{issue}</li>
          ))}
        </ul>
      )}
    </li>
  );
}

function EmptyBoard({ disabled, onExample }: { disabled: boolean; onExample: () => void }) {
  return (
    <section class="board-empty" aria-labelledby="board-empty-heading">
      <h2 id="board-empty-heading">No teams on the board yet</h2>
      <p>
        Ask each team to press <strong>Copy link</strong> in the lab they worked in and send you the link: the value
        equation, lifetime ROI or customer value allocation lab, or the say–do gap poll in lesson 8. Paste all the links
        into the box above at once, in any order, even with chat text around them. Each link becomes a team, named by
        what is written before it on its line (“Blue team: https://…”) or numbered; teams that worked in different labs
        are compared lab by lab.
      </p>
      <p>
        <button type="button" class="course-button" disabled={disabled} onClick={onExample}>
          Load an example board
        </button>
      </p>
      <p class="board-empty-note">
        The example has three teams with illustrative numbers, taken from the labs’ own invented examples: two lifetime
        ROI campaigns and, from another lab, a value equation.
      </p>
    </section>
  );
}

export default function CompareBoard() {
  const ready = useHydrated();
  const page = useStoreValue($boardPage);
  const failure = useStoreValue($boardFailure);
  const id = useId();
  const [paste, setPaste] = useState('');
  const [said, setSaid] = useState('');
  const opening = useStoreValue($boardOpening);
  // The note about a board from a link, until dismissed; a new opening shows it again.
  const [dismissed, setDismissed] = useState<PageOpening | undefined>();
  const opened = opening === dismissed ? undefined : opening;
  const [titleText, setTitleText] = useState('');
  const root = useRef<HTMLDivElement>(null);
  // After a change the board is redrawn: put the keyboard back where the facilitator was.
  const focusAfter = useFocusAfter(root, page);

  useEffect(() => {
    if (!opening) return;
    setTitleText($boardPage.get()?.view.title ?? '');
    if (opening.origin === 'link') setSaid(linkOpenedAnnouncement('board', opening.issues));
  }, [opening]);

  const view = page?.view;
  const teamsAndFlagged = view ? view.teamCount + view.flagged.length : 0;

  const disabled = !ready || !page;
  const add = (): void => {
    void changeBoard({ kind: 'paste', text: paste }).then(({ said: text, keepPaste }) => {
      if (!keepPaste) {
        setPaste('');
        // Add links is disabled with the box empty, which would drop the keyboard to the page's top:
        // back to the box, for the next links (what was added is announced).
        root.current?.querySelector('textarea')?.focus();
      }
      setSaid(text);
    });
  };

  return (
    <div
      class="board not-content"
      data-board
      data-ready={ready && page ? 'true' : 'false'}
      aria-busy={ready && page ? undefined : 'true'}
      ref={root}
    >
      <section class="board-paste" aria-labelledby={`${id}-paste-heading`}>
        <h2 id={`${id}-paste-heading`}>Add teams’ links</h2>
        <label for={`${id}-paste`}>Share links, one or many (one per line, or as they came in a message)</label>
        <textarea
          id={`${id}-paste`}
          class="field-input"
          rows={4}
          value={paste}
          disabled={disabled}
          spellcheck={false}
          onInput={(e) => {
            setPaste(e.currentTarget.value);
          }}
        />
        <button type="button" class="course-button primary" disabled={disabled || paste.trim() === ''} onClick={add}>
          Add links
        </button>
      </section>

      {failure && <p class="board-failure">{failure}</p>}

      {opened?.origin === 'link' && (
        <LinkNotice
          what="board"
          issues={opened.issues}
          onDismiss={() => {
            setDismissed(opening);
          }}
        />
      )}
      {opened?.origin === 'saved' && (
        <p class="lab-resumed">This is your board from your last visit, kept in this browser.</p>
      )}

      {view && teamsAndFlagged === 0 && (
        <EmptyBoard
          disabled={disabled}
          onExample={() => {
            void changeBoard({ kind: 'example' }).then(({ said: text }) => {
              setTitleText($boardPage.get()?.view.title ?? '');
              setSaid(text);
              root.current?.querySelector<HTMLElement>('.board-title')?.focus();
            });
          }}
        />
      )}

      {view && teamsAndFlagged > 0 && (
        <section class="board-body" aria-labelledby={`${id}-title`}>
          <h2 id={`${id}-title`} class="board-title" tabIndex={-1}>
            {view.title || 'Compare board'}
          </h2>
          <div class="board-title-field">
            <label for={`${id}-title-field`}>Board title</label>
            <input
              id={`${id}-title-field`}
              class="field-input"
              type="text"
              maxLength={view.limits.title}
              value={titleText}
              disabled={disabled}
              onInput={(e) => {
                setTitleText(e.currentTarget.value);
                void changeBoard({ kind: 'title', title: e.currentTarget.value });
              }}
            />
          </div>
          <ShareBar
            link={view.link}
            path={BOARD_PATH}
            label="Copy link to this board"
            what="this board"
            settled={() => boardSettled().then(() => $boardPage.get()?.view.link ?? view.link)}
          />

          {view.flagged.length > 0 && (
            <section class="board-flagged" aria-labelledby={`${id}-flagged`}>
              <h3 id={`${id}-flagged`}>Links that could not be read</h3>
              <p class="board-flagged-intro">
                They are kept here, not compared and not in the board’s link. Ask the team for the link again, paste it
                above, then remove the old one.
              </p>
              <ul>
                {view.flagged.map((entry, i) => {
                  const next = view.flagged[i + 1] ?? view.flagged[i - 1];
                  return (
                    <li key={entry.id} data-flagged={entry.id} data-item={`flagged-${String(entry.id)}`}>
                      <code class="board-flagged-source">{entry.source}</code>
                      <p class="board-flagged-reason">{entry.reason}</p>
                      <button
                        type="button"
                        class="course-button small"
                        aria-label={`Remove the flagged link ${String(i + 1)}`}
                        data-focus="remove"
                        onClick={() => {
                          focusAfter({
                            item: next ? `flagged-${String(next.id)}` : undefined,
                            control: 'remove',
                            fallback: 'textarea',
                          });
                          void changeBoard({ kind: 'remove', id: entry.id }).then(({ said: text }) => {
                            setSaid(text);
                          });
                        }}
                      >
                        Remove
                      </button>
                    </li>
                  );
                })}
              </ul>
            </section>
          )}

          {view.groups.map((group) => (
            <section key={group.lab} class="board-group" data-group={group.lab} aria-labelledby={`${id}-${group.lab}`}>
              <h3 id={`${id}-${group.lab}`}>
                {group.title}{' '}
                <span class="board-group-count">
                  ({group.teams.length} {group.teams.length === 1 ? 'team' : 'teams'})
                </span>
              </h3>
              <ol class="board-teams">
                {group.teams.map((team) => (
                  <TeamItem
                    key={team.id}
                    team={team}
                    group={group}
                    limit={view.limits.teamName}
                    disabled={disabled}
                    onFocusAfter={focusAfter}
                    announce={setSaid}
                  />
                ))}
              </ol>
              {group.problems.length > 0 && (
                <ul class="board-problems">
                  {group.problems.map((problem) => (
                    <li key={problem}>{problem}</li>
                  ))}
                </ul>
              )}
              <GroupTable group={group} />
              {group.teams.length > 1 ? (
                <p class="board-best-note">
                  The best value in each row where more or less is better is marked “best”. Inputs are never marked.
                </p>
              ) : (
                <p class="board-best-note">Add another team from this lab to compare.</p>
              )}
              <GroupChart chart={group.chart} title={group.title} />
            </section>
          ))}
        </section>
      )}
      <p class="sr-only" role="status">
        {said}
      </p>
    </div>
  );
}
