/**
 * Skips re-rendering a component whose props are shallowly equal to the last ones: the lab's
 * inputs re-render on every slider step otherwise. The same technique as `preact/compat`'s `memo`,
 * without pulling compat into the islands' bundle.
 */
import { createElement, type ComponentChildren, type FunctionComponent } from 'preact';

function shallowDiffers(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  for (const key in a) if (key !== '__source' && !(key in b)) return true;
  for (const key in b) if (key !== '__source' && a[key] !== b[key]) return true;
  return false;
}

export function memo<P extends object>(component: FunctionComponent<P>): FunctionComponent<P> {
  function Memoed(this: { props: P; shouldComponentUpdate?: (next: P) => boolean }, props: P): ComponentChildren {
    this.shouldComponentUpdate = (next: P) =>
      shallowDiffers(this.props as Record<string, unknown>, next as Record<string, unknown>);
    return createElement(component, props);
  }
  return Memoed as FunctionComponent<P>;
}
