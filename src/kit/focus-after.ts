/**
 * Puts the keyboard back where the learner was once a list has been redrawn after a move, a removal
 * or an addition: on the same control of the moved item, the next item's Remove, a new item's name.
 * Used by the allocation lab's tiers, the agenda's items and the compare board's teams.
 *
 * Items carry `data-item="<key>"` and their controls `data-focus="up" | "down" | "remove" | "name"`.
 * When the wanted control is disabled (Move up on the first item), the other move button is used,
 * then the item's name; when the item is gone, `fallback` (a selector within the list's root).
 */
import type { RefObject } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

export interface FocusRequest {
  /** The item's `data-item`, or `undefined` to go straight to `fallback`. */
  item: string | undefined;
  control: string;
  /** A selector within the root, for when the item or its controls are not there. */
  fallback?: string;
}

const OTHER_MOVE: Record<string, string | undefined> = { up: 'down', down: 'up' };

/** The element a request lands on in `root`, or `undefined`. Exported for tests. */
export function focusTarget(root: ParentNode, request: FocusRequest): HTMLElement | undefined {
  const item = request.item === undefined ? null : root.querySelector(`[data-item="${CSS.escape(request.item)}"]`);
  const usable = (control: string | undefined): HTMLElement | null | undefined =>
    control === undefined ? undefined : item?.querySelector<HTMLElement>(`[data-focus="${control}"]:not(:disabled)`);
  return (
    usable(request.control) ??
    usable(OTHER_MOVE[request.control]) ??
    usable('name') ??
    (request.fallback ? root.querySelector<HTMLElement>(request.fallback) : null) ??
    undefined
  );
}

/**
 * Returns the function that asks for focus after the next redraw: the request is carried out after
 * the render in which `redrawn` changes (the list's data), not before, so it lands on the new list.
 */
export function useFocusAfter(root: RefObject<HTMLElement>, redrawn: unknown): (request: FocusRequest) => void {
  const wanted = useRef<FocusRequest | undefined>(undefined);
  useEffect(() => {
    const request = wanted.current;
    if (!request || !root.current) return;
    wanted.current = undefined;
    focusTarget(root.current, request)?.focus();
  }, [redrawn]);
  return (request) => {
    wanted.current = request;
  };
}
