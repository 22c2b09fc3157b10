// Site search with Pagefind. The index holds the pages of one script; the
// query is put into that script (character by character, with a map of the
// corpus's characters), and each result is shown in the reader's script, at
// the same page in the reader's folder. A query typed in either script finds
// the same pages.
(function () {
  'use strict';
  var tag = document.currentScript;
  var form = document.getElementById('search-form');
  var input = document.getElementById('search-q');
  var status = document.getElementById('search-status');
  var list = document.getElementById('search-results');
  var variant = document.documentElement.lang;
  var indexVariant = tag.getAttribute('data-index-variant');
  var indexDir = '/' + tag.getAttribute('data-index-dir') + '/';
  var ownDir = '/' + tag.getAttribute('data-dir') + '/';
  var engine = null;
  var root = null;
  var toIndex = {};
  var toReader = {};

  function setStatus(text) { status.textContent = text; }

  function load() {
    if (engine) return Promise.resolve(engine);
    var bundle = new URL(tag.getAttribute('data-pagefind'), location.href);
    root = new URL('../', bundle);
    return import(bundle.href).then(function (pagefind) {
      return pagefind.options({ baseUrl: root.pathname }).then(function () {
        return fetch(new URL(tag.getAttribute('data-chars'), location.href)).then(function (r) { return r.json(); });
      }).then(function (maps) {
        toIndex = maps[indexVariant] || {};
        toReader = maps[variant] || {};
        engine = pagefind;
        return pagefind;
      });
    });
  }

  function mapChars(text, map) {
    return Array.from(text).map(function (ch) { return map[ch] || ch; }).join('');
  }

  // The same page in the reader's folder: …/zh-hant/articles/x.html → …/zh-hans/articles/x.html.
  function readerUrl(url) {
    var indexed = root.pathname + indexDir.slice(1);
    return url.indexOf(indexed) === 0 ? root.pathname + ownDir.slice(1) + url.slice(indexed.length) : url;
  }

  // Excerpts mark hits with <mark>; everything else is shown as text.
  function excerpt(html) {
    var p = document.createElement('p');
    html.split(/(<mark>|<\/mark>)/).reduce(function (inMark, part) {
      if (part === '<mark>') return true;
      if (part === '</mark>') return false;
      var text = new DOMParser().parseFromString(part, 'text/html').body.textContent || '';
      text = mapChars(text, toReader);
      if (inMark) { var m = document.createElement('mark'); m.textContent = text; p.appendChild(m); } else p.appendChild(document.createTextNode(text));
      return inMark;
    }, false);
    return p;
  }

  function run(query) {
    list.textContent = '';
    if (!query.trim()) { setStatus(''); return; }
    load().then(function (pagefind) {
      return pagefind.search(mapChars(query.trim(), toIndex));
    }).then(function (found) {
      return Promise.all(found.results.slice(0, 20).map(function (r) { return r.data(); }));
    }).then(function (items) {
      setStatus(items.length ? '' : status.getAttribute('data-none'));
      items.forEach(function (item) {
        var li = document.createElement('li');
        var a = document.createElement('a');
        a.href = readerUrl(item.url);
        a.textContent = mapChars((item.meta && item.meta.title) || item.url, toReader);
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
