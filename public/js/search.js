// Site search with Pagefind. The index holds the pages of one script. The
// query is searched as typed and put into that script (character by
// character, with a map of the corpus's characters): a character can have
// two forms in one script (范 in the name 范明政, 範 in 模範), so neither
// form alone finds every page. Each result is shown in the reader's script,
// at the same page in the reader's folder. A query typed in either script
// finds the same pages.
//
// A large site's index comes in parts (data-pagefind lists each part's
// pagefind.js), merged into the first. A part that lacks a query's word
// answers with near matches, so a result is kept only when its title or text
// contains every word of the query, compared with every character in one
// form (`fold`); the best-scored candidates are checked a page of results at
// a time, up to MAX_CHECKED.
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
  var bundles = tag.getAttribute('data-pagefind').split(' ');
  var SHOWN = 20;
  var MAX_CHECKED = 200;
  var engine = null;
  var root = null;
  var toIndex = {};
  var toReader = {};
  var fold = {};

  function setStatus(text) { status.textContent = text; }

  function load() {
    if (engine) return Promise.resolve(engine);
    var bundle = new URL(bundles[0], location.href);
    root = new URL('../', bundle);
    return import(bundle.href).then(function (pagefind) {
      return pagefind.options({ baseUrl: root.pathname }).then(function () {
        return Promise.all(bundles.slice(1).map(function (other) {
          return pagefind.mergeIndex(new URL('./', new URL(other, location.href)).pathname, { baseUrl: root.pathname });
        }));
      }).then(function () {
        return fetch(new URL(tag.getAttribute('data-chars'), location.href)).then(function (r) { return r.json(); });
      }).then(function (maps) {
        toIndex = maps[indexVariant] || {};
        // Results are in the indexed script: shown as they are to a reader of that script.
        toReader = variant === indexVariant ? {} : maps[variant] || {};
        fold = maps.fold || {};
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

  // Letters and digits only, lower-cased, each character in one form: what "contains" compares.
  function letters(text) {
    return mapChars(text.replace(/[^\p{L}\p{N}]+/gu, '').toLowerCase(), fold);
  }

  // The query's words as Pagefind searches them: a quoted query is one phrase; otherwise the query
  // is split into words by the browser's word segmenter (as pagefind.js does), so 普京訪問 asks
  // for 普, 京 and 訪問 (as Chromium's segmenter splits it), not for the four characters in a row.
  var segmenter = typeof Intl !== 'undefined' && Intl.Segmenter ? new Intl.Segmenter(indexVariant || 'zh', { granularity: 'word' }) : null;
  function queryWords(query) {
    if (/^\s*".+"\s*$/.test(query) || !segmenter) return query.split(/\s+/).map(letters).filter(Boolean);
    return Array.from(segmenter.segment(query), function (s) { return letters(s.segment); }).filter(Boolean);
  }

  // The results (best score first) whose title or text contains every word of the query.
  function containing(results, words) {
    var kept = [];
    function next(from) {
      if (kept.length >= SHOWN || from >= results.length || from >= MAX_CHECKED) return Promise.resolve(kept.slice(0, SHOWN));
      return Promise.all(results.slice(from, from + SHOWN).map(function (r) { return r.data(); })).then(function (items) {
        items.forEach(function (item) {
          var text = letters(((item.meta && item.meta.title) || '') + ' ' + (item.content || ''));
          if (words.every(function (w) { return text.indexOf(w) >= 0; })) kept.push(item);
        });
        return next(from + SHOWN);
      });
    }
    return next(0);
  }

  // The results of every query, best score first, each page once.
  function searchAll(pagefind, queries) {
    return Promise.all(queries.map(function (q) { return pagefind.search(q); })).then(function (all) {
      var seen = {};
      return all.reduce(function (results, found) { return results.concat(found.results); }, [])
        .sort(function (a, b) { return b.score - a.score; })
        .filter(function (r) { return seen[r.id] ? false : (seen[r.id] = true); });
    });
  }

  function run(query) {
    list.textContent = '';
    if (!query.trim()) { setStatus(''); return; }
    var typed = query.trim();
    var indexed;
    load().then(function (pagefind) {
      indexed = mapChars(typed, toIndex);
      return searchAll(pagefind, indexed === typed ? [typed] : [indexed, typed]);
    }).then(function (results) {
      return containing(results, queryWords(indexed));
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
