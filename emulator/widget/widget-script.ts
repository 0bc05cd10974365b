// The script a merchant page loads in place of https://js.fintoc.com/v1: it defines
// window.Fintoc.create(options) with open, close/hide and destroy (the public API of
// @fintoc/fintoc-js and Fintoc's docs), and opens the emulator's own checkout in an iframe.
// Messages are taken only from the emulator's origin and from this widget's own frame.
export const widgetScript = String.raw`(function () {
  "use strict";
  if (window.Fintoc && window.Fintoc.emulator) return;
  var current = document.currentScript;
  var origin = new URL(current && current.src ? current.src : location.href).origin;

  function call(fn) {
    if (typeof fn !== "function") return;
    try { fn.apply(null, Array.prototype.slice.call(arguments, 1)); }
    catch (error) { setTimeout(function () { throw error; }); }
  }

  function create(options) {
    if (!options || typeof options !== "object") throw new TypeError("Fintoc.create needs options");
    if (options.product !== "payments")
      throw new Error("Fintoc emulator: only product \"payments\" (checkout sessions) is emulated");
    if (typeof options.publicKey !== "string" || /^sk_/.test(options.publicKey))
      throw new Error("Fintoc: publicKey must be your public key (pk_test_… or pk_live_…), never the secret key");
    if (typeof options.sessionToken !== "string" || !options.sessionToken)
      throw new Error("Fintoc: sessionToken is required");

    var overlay = null, iframe = null, closeButton = null, returnFocus = null;
    var destroyed = false, ended = false;

    function end(kind) {
      if (ended) return;
      ended = true;
      if (kind === "success") call(options.onSuccess);
      else call(options.onExit);
    }

    function onMessage(event) {
      if (event.origin !== origin || !iframe || event.source !== iframe.contentWindow) return;
      var data = event.data;
      if (!data || data.source !== "fintoc-emulator-frame") return;
      if (data.type === "event" && typeof data.name === "string")
        call(options.onEvent, data.name, { timestamp: Date.now() });
      else if (data.type === "success") end("success");
      else if (data.type === "exit") end("exit");
      else if (data.type === "close") { hide(); end("exit"); }
    }

    function onKey(event) {
      if (event.key === "Escape" && overlay && !overlay.hidden) { hide(); end("exit"); }
    }

    function build() {
      overlay = document.createElement("div");
      overlay.setAttribute("role", "dialog");
      overlay.setAttribute("aria-modal", "true");
      overlay.setAttribute("aria-label", "Pagar con Fintoc");
      overlay.setAttribute("data-fintoc-widget", "");
      overlay.style.cssText = "position:fixed;inset:0;z-index:2147483647;background:rgba(11,20,55,.55);display:flex;align-items:center;justify-content:center";
      var box = document.createElement("div");
      box.style.cssText = "position:relative;width:min(960px,100%);height:min(760px,100%);background:#f3f5fa;border-radius:14px;overflow:hidden;box-shadow:0 12px 40px rgba(0,0,0,.3)";
      closeButton = document.createElement("button");
      closeButton.type = "button";
      closeButton.textContent = "×";
      closeButton.setAttribute("aria-label", "Cerrar Fintoc");
      closeButton.style.cssText = "position:absolute;top:8px;right:8px;width:44px;height:44px;border:0;border-radius:22px;background:#0b1437;color:#fff;font-size:26px;line-height:1;cursor:pointer";
      closeButton.addEventListener("click", function () { hide(); end("exit"); });
      iframe = document.createElement("iframe");
      iframe.title = "Fintoc: pago";
      iframe.style.cssText = "border:0;width:100%;height:100%;display:block";
      iframe.src = origin + "/widget/frame?" + new URLSearchParams({
        public_key: options.publicKey,
        session_token: options.sessionToken,
        product: options.product,
        origin: location.origin,
      }).toString();
      box.appendChild(iframe);
      box.appendChild(closeButton);
      overlay.appendChild(box);
      document.body.appendChild(overlay);
      window.addEventListener("message", onMessage);
      document.addEventListener("keydown", onKey);
    }

    function open() {
      if (destroyed) throw new Error("Fintoc: this widget was destroyed; call Fintoc.create again");
      returnFocus = document.activeElement;
      if (!overlay) build();
      overlay.hidden = false;
      overlay.style.display = "flex";
      ended = false;
      closeButton.focus();
      call(options.onEvent, "opened", { timestamp: Date.now() });
    }

    function hide() {
      if (!overlay || overlay.hidden) return;
      overlay.hidden = true;
      overlay.style.display = "none";
      if (returnFocus && typeof returnFocus.focus === "function") returnFocus.focus();
    }

    function destroy() {
      if (destroyed) return;
      destroyed = true;
      hide();
      window.removeEventListener("message", onMessage);
      document.removeEventListener("keydown", onKey);
      if (overlay && overlay.parentNode) overlay.parentNode.removeChild(overlay);
      overlay = iframe = closeButton = null;
    }

    return { open: open, close: hide, hide: hide, destroy: destroy };
  }

  window.Fintoc = { create: create, emulator: true };
})();
`;

// Runs inside the frame: posts what the server put in <meta name="fintoc-frame"> to the page
// that opened the widget, addressed to that exact origin, reports payment_in_progress when the
// shopper pays, and gives final steps a close button.
export const frameScript = String.raw`(function () {
  "use strict";
  var meta = document.querySelector('meta[name="fintoc-frame"]');
  if (!meta || window.parent === window) return;
  var config = JSON.parse(meta.getAttribute("content"));
  function post(message) {
    message.source = "fintoc-emulator-frame";
    window.parent.postMessage(message, config.parentOrigin);
  }
  config.messages.forEach(post);
  // Paying (the outcome form of a payment, or the saved account's one-click) starts the
  // transfer: Fintoc reports payment_in_progress then. A widget closed from here on may still
  // end in a payment, which only the webhook or a retrieve can tell.
  document.addEventListener("submit", function (event) {
    var action = event.target && event.target.getAttribute("action");
    if (action && /\/pay$/.test(new URL(action, location.href).pathname))
      post({ type: "event", name: "payment_in_progress" });
  });
  var final = config.messages.some(function (m) { return m.type !== "event"; });
  var card = document.querySelector(".result");
  if (final && card) {
    var button = document.createElement("button");
    button.type = "button";
    button.className = "button";
    button.textContent = "Cerrar";
    button.addEventListener("click", function () { post({ type: "close" }); });
    card.appendChild(button);
  }
})();
`;
