// A module of the page loaded on demand (a chunk of its own), for parts the first screen does not show.
import { useEffect, useState } from "preact/hooks";

/** The module `load` gives, once `wanted` has been true and it has loaded; undefined until then. */
export function useModule<M>(load: () => Promise<M>, wanted: boolean): M | undefined {
  const [module, setModule] = useState<M | undefined>();
  useEffect(() => {
    if (!wanted || module !== undefined) return;
    let current = true;
    void load().then((loaded) => current && setModule(() => loaded));
    return () => {
      current = false;
    };
  }, [wanted]);
  return module;
}
