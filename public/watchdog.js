// If the app has not started a few seconds after the page was parsed — a damaged script in the
// browser's cache can leave it dead even online — show the pre-rendered repair offer: it
// unregisters the service worker, deletes the caches (the app's stored copy only: the case, in
// localStorage and sessionStorage, is left alone) and reloads. Hidden again if the app starts
// late (a slow network). Plain ES5 in a file of its own: the CSP forbids inline script.
(function () {
  var DELAY_MS = 8000;
  var root = document.getElementById('root');
  var panel = document.getElementById('repair');
  if (!root || !panel) return;
  var started = function () {
    return root.hasAttribute('data-app');
  };

  window.setTimeout(function () {
    if (started()) return;
    panel.hidden = false;
    if (window.MutationObserver) {
      var watch = new MutationObserver(function () {
        if (!started()) return;
        panel.hidden = true;
        watch.disconnect();
      });
      watch.observe(root, { attributes: true });
    }
  }, DELAY_MS);

  var button = panel.querySelector('button');
  if (!button) return;
  button.addEventListener('click', function () {
    button.disabled = true;
    var jobs = [];
    if (navigator.serviceWorker && navigator.serviceWorker.getRegistrations)
      jobs.push(
        navigator.serviceWorker.getRegistrations().then(function (all) {
          return Promise.all(
            all.map(function (r) {
              return r.unregister();
            }),
          );
        }),
      );
    if (window.caches)
      jobs.push(
        caches.keys().then(function (names) {
          return Promise.all(
            names.map(function (name) {
              return caches.delete(name);
            }),
          );
        }),
      );
    var reload = function () {
      location.reload();
    };
    Promise.all(jobs).then(reload, reload);
  });
})();
