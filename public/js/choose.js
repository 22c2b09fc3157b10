// The root page: go to the script the reader chose before, else the one their
// browser's languages ask for (zh-TW, zh-HK, zh-MO and zh-Hant → Traditional, or the
// regional variant when the site has it;
// other Chinese → Simplified). Without JavaScript both links stay on the page.
(function () {
  'use strict';
  var KEY = 'zh-microsite:variant';
  var links = document.querySelectorAll('a[data-variant]');
  function go(variant) {
    for (var i = 0; i < links.length; i++) {
      if (links[i].getAttribute('data-variant') === variant) { location.replace(links[i].href); return true; }
    }
    return false;
  }
  for (var i = 0; i < links.length; i++) {
    links[i].addEventListener('click', function () {
      try { localStorage.setItem(KEY, this.getAttribute('data-variant')); } catch (e) { /* storage may be off */ }
    });
  }
  var chosen = null;
  try { chosen = localStorage.getItem(KEY); } catch (e) { /* storage may be off */ }
  if (chosen && go(chosen)) return;
  var langs = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || ''];
  for (var j = 0; j < langs.length; j++) {
    var tag = String(langs[j]).toLowerCase();
    if (tag.indexOf('zh') !== 0) continue;
    if (/^zh-(hant-)?tw/.test(tag) && go('zh-TW')) return;
    if (/^zh-(hant-)?(hk|mo)/.test(tag) && go('zh-HK')) return;
    if (/^zh-(tw|hk|mo|hant)/.test(tag)) { go('zh-Hant'); return; }
    go('zh-Hans');
    return;
  }
})();
