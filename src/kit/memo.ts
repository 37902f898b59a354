/**
 * Skips re-rendering a component whose props are shallowly equal to the last ones: the lab's
 * inputs would otherwise re-render on every slider step. Built on Preact's public class API
 * (`shouldComponentUpdate`), without pulling `preact/compat` into the islands' bundle.
 */
import { Component, createElement, type ComponentType, type FunctionComponent } from 'preact';

function shallowDiffers(a: object, b: object): boolean {
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  for (const key in left) if (!(key in right)) return true;
  for (const key in right) if (left[key] !== right[key]) return true;
  return false;
}

export function memo<P extends object>(inner: FunctionComponent<P>): ComponentType<P> {
  return class Memo extends Component<P> {
    override shouldComponentUpdate(next: P): boolean {
      return shallowDiffers(this.props, next);
    }

    override render() {
      return createElement(inner, this.props);
    }
  };
}
