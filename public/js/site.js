// The script switch keeps the reader's place (the same section in the other
// script) and remembers the choice for the site's root page.
(function () {
  'use strict';
  var KEY = 'zh-microsite:variant';
  document.addEventListener('click', function (event) {
    var link = event.target instanceof Element ? event.target.closest('.script-switch a[hreflang]') : null;
    if (!link) return;
    try { localStorage.setItem(KEY, link.getAttribute('hreflang')); } catch (e) { /* storage may be off */ }
    if (location.hash && link.getAttribute('href').indexOf('#') < 0) {
      event.preventDefault();
      location.href = link.getAttribute('href') + location.hash;
    }
  });
})();
