import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { answerBoardRequest } from '../workers/board-requests';
import { emptyBoard } from '../workshop/board';
import { boardLink } from '../workshop/board-link';
import { applyBoardAction } from '../workshop/board-view';
import { fakeTab } from './fake-tab';

// The board's worker, answered in this process by the same code the worker runs.
vi.mock('../workers/board-client', () => ({
  askBoardWorker: (request: Parameters<typeof answerBoardRequest>[0]) =>
    Promise.resolve(answerBoardRequest({ ...request, id: 0 }, 'en-GB')),
}));

/** A colleague's board with two teams, as the link they would send. */
function colleaguesLink(): string {
  const example = applyBoardAction(emptyBoard(), { kind: 'example' }).board;
  const titled = applyBoardAction(example, { kind: 'title', title: 'Warsaw, day 2' }).board;
  const link = boardLink(titled);
  if (!link.ok) throw new Error(link.reason);
  return link.fragment;
}

describe('the compare board’s address', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.resetModules();
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  async function openPage(start: string) {
    const tab = fakeTab(start);
    const store = await import('./compare-board');
    const stop = store.$boardPage.listen(() => undefined);
    await vi.advanceTimersByTimeAsync(0);
    return { tab, store, stop };
  }

  test('a change is written to the address, at once after a pause and at most every 150 ms while typing', async () => {
    const { tab, store, stop } = await openPage('https://course.example.org/workshop/board/');
    await vi.advanceTimersByTimeAsync(150);
    await store.changeBoard({ kind: 'title', title: 'Day 1' });
    await store.changeBoard({ kind: 'title', title: 'Day 12' });
    expect(tab.hash).toBe('');
    await vi.advanceTimersByTimeAsync(0);
    expect(tab.hash).toMatch(/^#v=1&n=Day%2012/);
    await store.changeBoard({ kind: 'title', title: 'Day 123' });
    await vi.advanceTimersByTimeAsync(100);
    expect(tab.hash).toBe('#v=1&n=Day%2012');
    await vi.advanceTimersByTimeAsync(50);
    expect(tab.hash).toBe('#v=1&n=Day%20123');
    stop();
  });

  test('a board link followed while a change is still to be written opens that board, and stays in the address', async () => {
    const link = colleaguesLink();
    const { tab, store, stop } = await openPage('https://course.example.org/workshop/board/');
    await store.changeBoard({ kind: 'example' });
    await vi.advanceTimersByTimeAsync(1);
    // A second change within 150 ms of the first's write waits its turn; the link is pasted into the
    // address bar before it is written, and the write falls due before the browser says so.
    await store.changeBoard({ kind: 'title', title: 'Our board' });
    await vi.advanceTimersByTimeAsync(148);
    tab.follow(`#${link}`);
    await vi.advanceTimersByTimeAsync(1);
    expect(tab.hash).toBe(`#${link}`);
    expect(store.$boardPage.get()?.view.title).toBe('Warsaw, day 2');
    expect(store.$boardOpening.get()?.origin).toBe('link');
    await vi.advanceTimersByTimeAsync(150);
    expect(tab.hash).toBe(`#${link}`);
    stop();
  });
});
