import { useEffect, useState } from 'preact/hooks';

/** True once the island has hydrated: until then the server-rendered inputs cannot respond. */
export function useHydrated(): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    setReady(true);
  }, []);
  return ready;
}
