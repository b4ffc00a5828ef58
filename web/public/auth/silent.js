// Silent sign-in runs in a hidden frame: hand the identity provider's answer to the app (oidc-client-ts).
// A file of its own, not an inline script: the Content-Security-Policy allows scripts from the app's origin only.
window.parent.postMessage(
  { source: 'oidc-client', url: window.location.href, keepOpen: false },
  window.location.origin,
);
