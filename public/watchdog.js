// If the app has not started 8 s after parsing, show the pre-rendered repair offer: unregister
// the service worker, delete the caches (never the case's storage), reload. ADR 0016; ES5 file.
(function () {
  var root = document.getElementById('root');
  var panel = document.getElementById('repair');
  var button = panel && panel.querySelector('button');
  if (!root || !button) return;
  var started = function () {
    return root.hasAttribute('data-app');
  };
  setTimeout(function () {
    if (started()) return;
    panel.hidden = false;
    // Hidden again if the app starts late (a slow network).
    new MutationObserver(function (_, watch) {
      if (!started()) return;
      panel.hidden = true;
      watch.disconnect();
    }).observe(root, { attributes: true });
  }, 8000);
  var each = function (list, f) {
    return Promise.all(list.map(f));
  };
  button.addEventListener('click', function () {
    button.disabled = true;
    var sw = navigator.serviceWorker;
    var reload = function () {
      location.reload();
    };
    Promise.all([
      sw &&
        sw.getRegistrations().then(function (all) {
          return each(all, function (r) {
            return r.unregister();
          });
        }),
      window.caches &&
        caches.keys().then(function (names) {
          return each(names, function (n) {
            return caches.delete(n);
          });
        }),
    ]).then(reload, reload);
  });
})();
