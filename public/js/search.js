// Site search with Pagefind. The query is first put into the page's script
// (character by character, with a map of the corpus's characters), so a
// query typed in either script finds the same pages.
(function () {
  'use strict';
  var tag = document.currentScript;
  var form = document.getElementById('search-form');
  var input = document.getElementById('search-q');
  var status = document.getElementById('search-status');
  var list = document.getElementById('search-results');
  var variant = document.documentElement.lang;
  var engine = null;
  var chars = {};

  function setStatus(text) { status.textContent = text; }

  function load() {
    if (engine) return Promise.resolve(engine);
    var bundle = new URL(tag.getAttribute('data-pagefind'), location.href);
    var root = new URL('../', bundle);
    return import(bundle.href).then(function (pagefind) {
      return pagefind.options({ baseUrl: root.pathname }).then(function () {
        return fetch(new URL(tag.getAttribute('data-chars'), location.href)).then(function (r) { return r.json(); });
      }).then(function (maps) {
        chars = maps[variant] || {};
        engine = pagefind;
        return pagefind;
      });
    });
  }

  function inScript(text) {
    return Array.from(text).map(function (ch) { return chars[ch] || ch; }).join('');
  }

  // Excerpts mark hits with <mark>; everything else is shown as text.
  function excerpt(html) {
    var p = document.createElement('p');
    html.split(/(<mark>|<\/mark>)/).reduce(function (inMark, part) {
      if (part === '<mark>') return true;
      if (part === '</mark>') return false;
      var text = new DOMParser().parseFromString(part, 'text/html').body.textContent || '';
      if (inMark) { var m = document.createElement('mark'); m.textContent = text; p.appendChild(m); } else p.appendChild(document.createTextNode(text));
      return inMark;
    }, false);
    return p;
  }

  function run(query) {
    list.textContent = '';
    if (!query.trim()) { setStatus(''); return; }
    load().then(function (pagefind) {
      return pagefind.search(inScript(query.trim()));
    }).then(function (found) {
      return Promise.all(found.results.slice(0, 20).map(function (r) { return r.data(); }));
    }).then(function (items) {
      setStatus(items.length ? '' : status.getAttribute('data-none'));
      items.forEach(function (item) {
        var li = document.createElement('li');
        var a = document.createElement('a');
        a.href = item.url;
        a.textContent = (item.meta && item.meta.title) || item.url;
        var h = document.createElement('h3');
        h.appendChild(a);
        li.appendChild(h);
        li.appendChild(excerpt(item.excerpt || ''));
        list.appendChild(li);
      });
    }).catch(function () {
      setStatus(status.getAttribute('data-unavailable'));
    });
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var url = new URL(location.href);
    url.searchParams.set('q', input.value);
    history.replaceState(null, '', url);
    run(input.value);
  });
  var initial = new URL(location.href).searchParams.get('q');
  if (initial) { input.value = initial; run(initial); }
})();
