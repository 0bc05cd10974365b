"use client";

import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from "react";
import {
  loadFintoc,
  type Fintoc,
  type FintocWidget,
  type WidgetConfig,
} from "@/lib/checkout/fintoc-widget";

// "idle" in the server's HTML and until the page has hydrated.
export type WidgetLoad = "idle" | "loading" | "ready" | "failed";

const noSubscription = () => () => {};

export type WidgetCallbacks = {
  onSuccess: () => void;
  onExit: () => void;
  onEvent: (name: string) => void;
};

// Loads Fintoc's script once the page runs (so nothing of it is in the server's HTML, and a
// shopper without JavaScript sees the hosted page only) and opens one widget at a time.
export function useFintocWidget(config: WidgetConfig) {
  const hydrated = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  const [load, setLoad] = useState<Exclude<WidgetLoad, "idle">>("loading");
  const fintoc = useRef<Fintoc | null>(null);
  const widget = useRef<FintocWidget | null>(null);

  useEffect(() => {
    let live = true;
    void loadFintoc(config.scriptUrl).then((result) => {
      if (!live) return;
      fintoc.current = result.ok ? result.fintoc : null;
      setLoad(result.ok ? "ready" : "failed");
    });
    return () => {
      live = false;
    };
  }, [config.scriptUrl]);

  const destroy = useCallback(() => {
    widget.current?.destroy();
    widget.current = null;
  }, []);

  // A fresh widget per token: Fintoc's docs have destroy() then create() to reopen.
  const open = useCallback(
    (sessionToken: string, callbacks: WidgetCallbacks) => {
      if (!fintoc.current) return false;
      destroy();
      widget.current = fintoc.current.create({
        product: "payments",
        publicKey: config.publicKey,
        sessionToken,
        ...callbacks,
      });
      widget.current.open();
      return true;
    },
    [config.publicKey, destroy],
  );

  useEffect(() => destroy, [destroy]);

  return { load: hydrated ? load : ("idle" as const), open, destroy };
}
