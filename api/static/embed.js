/*!
 * presslens embeddable search widget.
 *
 * Usage (two lines, no build step, no framework):
 *   <script src="https://SEARCH-HOST/embed.js" defer></script>
 *   <presslens-search></presslens-search>
 *
 * Attributes: api (API base URL; default = origin this script was loaded from),
 * query (initial query), facets ("outlet,language,speaker"), per-page (1-50), lang ("en"|"sv"),
 * other-languages ("off": "also in other languages" starts unticked; by default it is ticked),
 * api-key (only when the API requires read keys; visible to anyone who can see the page).
 * Theming: CSS custom properties --presslens-* (see WIDGET.md).
 *
 * Safety rule of this file: API strings only ever become text nodes or <mark> elements
 * created with document.createElement; nothing here parses markup from strings.
 */
(() => {
  'use strict';

  const TAG = 'presslens-search';
  if (customElements.get(TAG)) return; // the script was included twice: keep the first

  // The origin the script came from is the default API base. currentScript is only set
  // while this file first runs, so read it now.
  const SCRIPT_SRC = document.currentScript && document.currentScript.src;
  const DEFAULT_API = SCRIPT_SRC ? new URL(SCRIPT_SRC).origin : location.origin;

  const DEBOUNCE_MS = 150;
  const URL_PREFIX = 'pl_';
  const KNOWN_FACETS = ['outlet', 'language', 'speaker'];
  const SORTS = ['relevance', 'newest', 'oldest'];

  // ---------------------------------------------------------------------------------------
  // Interface strings. Add a language by adding a key with the same fields.
  // ---------------------------------------------------------------------------------------
  const STRINGS = {
    en: {
      searchLabel: 'Search news',
      placeholder: 'Search news…',
      submit: 'Search',
      suggestions: 'Suggestions',
      kinds: { speaker: 'speaker', term: 'word', title: 'title' },
      filters: 'Filters',
      facet_outlet: 'Outlet',
      facet_language: 'Language',
      facet_speaker: 'Speaker',
      dateRange: 'Date',
      since: 'From',
      until: 'To',
      sort: 'Sort by',
      sort_relevance: 'Relevance',
      sort_newest: 'Newest first',
      sort_oldest: 'Oldest first',
      clear: 'Clear filters',
      idle: 'Type to search the archive.',
      loading: 'Searching…',
      results: (n) => (n === 1 ? '1 result' : `${n.toLocaleString('en')} results`),
      took: (ms) => `in ${ms} ms`,
      noResults: (q) => `No results for “${q}”.`,
      didYouMean: 'Did you mean',
      showingFor: 'Showing results for',
      insteadOf: (q) => `you typed “${q}”`,
      fallback: 'No article contains all the words; showing articles with any of them.',
      pagination: 'Pages',
      prev: 'Previous',
      next: 'Next',
      pageN: (n) => `Page ${n}`,
      pageOf: (p, n) => `Page ${p} of ${n}`,
      speakers: 'Speakers',
      unknown: 'unknown',
      errorUnreachable: 'The search service could not be reached.',
      errorGeneric: 'The search failed',
      retry: 'Try again',
      translate: 'Also in other languages',
      translated: 'Found through a translation',
    },
    sv: {
      searchLabel: 'Sök nyheter',
      placeholder: 'Sök nyheter…',
      submit: 'Sök',
      suggestions: 'Förslag',
      kinds: { speaker: 'talare', term: 'ord', title: 'rubrik' },
      filters: 'Filter',
      facet_outlet: 'Källa',
      facet_language: 'Språk',
      facet_speaker: 'Talare',
      dateRange: 'Datum',
      since: 'Från',
      until: 'Till',
      sort: 'Sortera efter',
      sort_relevance: 'Relevans',
      sort_newest: 'Nyast först',
      sort_oldest: 'Äldst först',
      clear: 'Rensa filter',
      idle: 'Skriv för att söka i arkivet.',
      loading: 'Söker…',
      results: (n) => (n === 1 ? '1 träff' : `${n.toLocaleString('sv')} träffar`),
      took: (ms) => `på ${String(ms).replace('.', ',')} ms`,
      noResults: (q) => `Inga träffar för ”${q}”.`,
      didYouMean: 'Menade du',
      showingFor: 'Visar träffar för',
      insteadOf: (q) => `du skrev ”${q}”`,
      fallback: 'Ingen artikel innehåller alla orden; visar artiklar med något av dem.',
      pagination: 'Sidor',
      prev: 'Föregående',
      next: 'Nästa',
      pageN: (n) => `Sida ${n}`,
      pageOf: (p, n) => `Sida ${p} av ${n}`,
      speakers: 'Talare',
      unknown: 'okänd',
      errorUnreachable: 'Söktjänsten gick inte att nå.',
      errorGeneric: 'Sökningen misslyckades',
      retry: 'Försök igen',
      translate: 'Även på andra språk',
      translated: 'Hittad genom en översättning',
    },
  };

  // ---------------------------------------------------------------------------------------
  // Styles: one constructable stylesheet shared by every instance (no inline <style>, so a
  // strict Content-Security-Policy needs no 'unsafe-inline').
  // ---------------------------------------------------------------------------------------
  const CSS = `
:host {
  all: initial; display: block; box-sizing: border-box;
  --_accent: var(--presslens-accent, #0b57d0);
  --_accent-text: var(--presslens-accent-text, #ffffff);
  --_bg: var(--presslens-bg, #ffffff); --_surface: var(--presslens-surface, #f4f6f9);
  --_text: var(--presslens-text, #1b1f24); --_muted: var(--presslens-muted, #4f5a66);
  --_border: var(--presslens-border, #c9d1db); --_radius: var(--presslens-radius, 8px);
  --_mark-bg: var(--presslens-mark-bg, #ffe27a); --_mark-text: var(--presslens-mark-text, #1b1f24);
  --_focus: var(--presslens-focus, #0b57d0); --_error: var(--presslens-error, #b3261e);
}
:host([hidden]) { display: none; }
*, *::before, *::after { box-sizing: inherit; }
/* Font and colours are set here, not on :host, so host-page rules on the element can't leak in. */
.root { padding: 1rem; border-radius: var(--_radius); container-type: inline-size;
  font-family: var(--presslens-font, system-ui, -apple-system, "Segoe UI", Roboto, sans-serif);
  font-size: var(--presslens-font-size, 16px); line-height: 1.5; text-align: start;
  color: var(--_text); background: var(--_bg); }
.sr-only { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden;
  clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
:focus-visible { outline: 3px solid var(--_focus); outline-offset: 2px; }
button, input, select { font: inherit; color: inherit; }
.search { position: relative; display: flex; gap: .5rem; }
.combo { position: relative; flex: 1; }
.input { width: 100%; padding: .6rem .8rem; border: 1px solid var(--_border);
  border-radius: var(--_radius); background: var(--_bg); }
.btn { padding: .5rem .9rem; border: 1px solid var(--_accent); border-radius: var(--_radius);
  background: var(--_accent); color: var(--_accent-text); cursor: pointer; }
.btn.secondary { background: transparent; color: var(--_accent); }
.btn:disabled { opacity: .55; cursor: default; }
.listbox { position: absolute; z-index: 10; left: 0; right: 0; top: calc(100% + 2px); margin: 0;
  padding: .25rem 0; list-style: none; background: var(--_bg); border: 1px solid var(--_border);
  border-radius: var(--_radius); box-shadow: 0 6px 18px rgb(0 0 0 / .12); }
.listbox[hidden] { display: none; }
.option { display: flex; justify-content: space-between; gap: 1rem; padding: .35rem .8rem;
  cursor: pointer; }
.option[aria-selected="true"], .option:hover { background: var(--_surface);
  box-shadow: inset 3px 0 0 var(--_accent); }
.kind { color: var(--_muted); font-size: .8em; }
.layout { display: grid; grid-template-columns: minmax(11rem, 15rem) 1fr; gap: 1.25rem;
  margin-top: 1rem; }
.filters-toggle { display: none; cursor: pointer; font-weight: 600; padding: .25rem 0; }
@container (max-width: 40rem) {
  .layout { grid-template-columns: 1fr; } .filters-toggle { display: list-item; } }
.filters { display: flex; flex-direction: column; gap: .9rem; }
fieldset { margin: 0; padding: .6rem .75rem; border: 1px solid var(--_border);
  border-radius: var(--_radius); min-width: 0; }
legend { padding: 0 .3rem; font-weight: 600; }
.facet-list { list-style: none; margin: 0; padding: 0; max-height: 14rem; overflow-y: auto; }
.facet-list label { display: flex; align-items: center; gap: .45rem; padding: .15rem 0;
  cursor: pointer; }
.facet-list .count { margin-left: auto; color: var(--_muted); font-variant-numeric: tabular-nums; }
.facet-list input { accent-color: var(--_accent); margin: 0; }
.field { display: flex; flex-direction: column; gap: .15rem; margin-bottom: .4rem; }
.field input, .field select { padding: .3rem .4rem; border: 1px solid var(--_border);
  border-radius: calc(var(--_radius) / 2); background: var(--_bg); }
.status { color: var(--_muted); margin: 0 0 .5rem; }
.notice { margin: .25rem 0 .75rem; padding: .5rem .75rem; background: var(--_surface);
  border-radius: var(--_radius); }
.linklike { padding: 0; border: 0; background: none; color: var(--_accent); cursor: pointer;
  text-decoration: underline; font-weight: 600; }
.error { margin: .5rem 0; padding: .75rem 1rem; border: 2px solid var(--_error);
  border-radius: var(--_radius); color: var(--_error); background: var(--_bg); }
.error p { margin: 0 0 .5rem; }
.results { list-style: none; margin: 0; padding: 0; }
.results[aria-busy="true"] { opacity: .6; }
.hit { padding: .8rem 0; border-bottom: 1px solid var(--_border); }
.hit h3 { margin: 0 0 .2rem; font-size: 1.1em; line-height: 1.3; }
.hit h3 a { color: var(--_accent); }
.meta { margin: 0 0 .3rem; color: var(--_muted); font-size: .875em; }
.translate { display: flex; align-items: center; gap: .45rem; margin: .5rem 0 0; }
.translate[hidden] { display: none; } .translate input { accent-color: var(--_accent); margin: 0; }
.meta span + span::before { content: " · "; }
.snippet { margin: .25rem 0 0; }
mark { background: var(--_mark-bg); color: var(--_mark-text); padding: 0 .1em; border-radius: 2px; }
.pager { display: flex; flex-wrap: wrap; gap: .35rem; align-items: center; margin-top: 1rem;
  padding: 0; list-style: none; }
.pager [aria-current="page"] { background: var(--_accent); color: var(--_accent-text); }
`;

  let sharedSheet = null;
  /** Attach the widget CSS to a shadow root, constructably when the browser can. */
  function adoptStyles(root) {
    if ('adoptedStyleSheets' in Document.prototype && 'replaceSync' in CSSStyleSheet.prototype) {
      if (!sharedSheet) {
        sharedSheet = new CSSStyleSheet();
        sharedSheet.replaceSync(CSS);
      }
      root.adoptedStyleSheets = [sharedSheet];
    } else {
      // Old browsers only: needs style-src 'unsafe-inline' under a strict CSP.
      root.append(h('style', {}, CSS));
    }
  }

  // ---------------------------------------------------------------------------------------
  // DOM helpers: everything is built with createElement + text nodes.
  // ---------------------------------------------------------------------------------------

  /** Create an element; props are properties (or attributes for aria-*, data-*, role...). */
  function h(tag, props = {}, ...children) {
    const el = document.createElement(tag);
    for (const [key, value] of Object.entries(props)) {
      if (value === undefined || value === null || value === false) continue;
      if (key.startsWith('on') && typeof value === 'function') {
        el.addEventListener(key.slice(2), value);
      } else if (key in el && !key.includes('-') && key !== 'list') {
        el[key] = value;
      } else {
        el.setAttribute(key, value === true ? '' : String(value));
      }
    }
    for (const child of children.flat()) {
      if (child === null || child === undefined || child === false) continue;
      el.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return el;
  }

  const ENTITIES = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#x27;': "'", '&#39;': "'" };
  /** Decode the five entities the API escapes; single pass, so "&amp;lt;" stays "&lt;". */
  function decodeEntities(s) {
    return s.replace(/&(?:amp|lt|gt|quot|#x27|#39);/g, (m) => ENTITIES[m]);
  }

  /**
   * Append an API highlight string (HTML-escaped text whose only tags are <mark>/</mark>)
   * to parent as text nodes and <mark> elements. Any other "tag" is escaped text already,
   * so it can only ever show up literally.
   */
  function appendHighlighted(parent, escaped) {
    let target = parent;
    for (const piece of String(escaped || '').split(/(<mark>|<\/mark>)/)) {
      if (piece === '<mark>') {
        target = parent.appendChild(document.createElement('mark'));
      } else if (piece === '</mark>') {
        target = parent;
      } else if (piece) {
        target.append(document.createTextNode(decodeEntities(piece)));
      }
    }
    return parent;
  }

  /** fn delayed until ms after the last call; .cancel() drops a pending call. */
  function debounce(fn, ms) {
    let timer = 0;
    const wrapped = () => { clearTimeout(timer); timer = setTimeout(fn, ms); };
    wrapped.cancel = () => clearTimeout(timer);
    return wrapped;
  }

  let uid = 0;
  const nextId = (name) => `pl-${name}-${++uid}`;

  // ---------------------------------------------------------------------------------------
  // Search state <-> page URL (pl_q, pl_outlet..., pl_page).
  // ---------------------------------------------------------------------------------------

  /** @returns the empty search state (``translate``: whether "also in other languages" is on). */
  const emptyState = (translate = true) => ({
    q: '', outlet: [], language: [], speaker: [], since: '', until: '', sort: 'relevance', page: 1,
    typing: false, // q was typed, not committed (see _searchUrl)
    translate,
  });

  const isDate = (s) => /^\d{4}-\d{2}-\d{2}$/.test(s);

  /** Read the state from location.search; null when the URL holds no widget parameters. */
  function stateFromUrl(translate = true) {
    const params = new URLSearchParams(location.search);
    if (![...params.keys()].some((k) => k.startsWith(URL_PREFIX))) return null;
    const get = (key) => params.get(URL_PREFIX + key) || '';
    const s = emptyState(translate);
    s.q = get('q');
    for (const f of KNOWN_FACETS) s[f] = params.getAll(URL_PREFIX + f).filter(Boolean);
    s.since = isDate(get('since')) ? get('since') : '';
    s.until = isDate(get('until')) ? get('until') : '';
    s.sort = SORTS.includes(get('sort')) ? get('sort') : 'relevance';
    s.page = Math.max(1, parseInt(get('page'), 10) || 1);
    s.typing = get('typing') === '1';
    if (get('translate') === '1' || get('translate') === '0') s.translate = get('translate') === '1';
    return s;
  }

  /** The page URL with the widget's parameters replaced by state (other params kept). */
  function urlForState(s, translate = true) {
    const url = new URL(location.href);
    for (const key of [...url.searchParams.keys()]) {
      if (key.startsWith(URL_PREFIX)) url.searchParams.delete(key);
    }
    if (s.q) url.searchParams.set(`${URL_PREFIX}q`, s.q);
    for (const f of KNOWN_FACETS) for (const v of s[f]) url.searchParams.append(`${URL_PREFIX}${f}`, v);
    if (s.since) url.searchParams.set(`${URL_PREFIX}since`, s.since);
    if (s.until) url.searchParams.set(`${URL_PREFIX}until`, s.until);
    if (s.sort !== 'relevance') url.searchParams.set(`${URL_PREFIX}sort`, s.sort);
    if (s.page > 1) url.searchParams.set(`${URL_PREFIX}page`, String(s.page));
    if (s.typing && s.q) url.searchParams.set(`${URL_PREFIX}typing`, '1');
    if (s.translate !== translate) url.searchParams.set(`${URL_PREFIX}translate`, s.translate ? '1' : '0');
    return url.href;
  }

  /** An error whose message is fit for users: the API's {"detail": ...} or "unreachable". */
  class SearchError extends Error {}

  // ---------------------------------------------------------------------------------------
  // The custom element.
  // ---------------------------------------------------------------------------------------
  class PresslensSearch extends HTMLElement {
    static get observedAttributes() {
      return ['api', 'lang', 'per-page', 'facets', 'other-languages'];
    }

    constructor() {
      super();
      this._state = emptyState(this.translateDefault);
      this._seq = 0; // request counter: only the newest search response is rendered
      this._suggestSeq = 0;
      this._abort = null;
      this._suggestAbort = null;
      this._typingEntry = false; // current history entry was pushed by typing
      this._suggestions = [];
      this._active = -1; // index of the highlighted suggestion
      this._built = false;
      this._last = null; // last successful response, re-rendered on lang change
      this._onPopState = () => this._restoreFromUrl();
      this._typed = debounce(() => this._runSearch('typing'), DEBOUNCE_MS);
      this._suggestLater = debounce(() => this._loadSuggestions(), DEBOUNCE_MS);
    }

    // --- configuration from attributes ---------------------------------------------------
    get apiBase() {
      return (this.getAttribute('api') || DEFAULT_API).replace(/\/+$/, '');
    }

    get perPage() {
      const n = parseInt(this.getAttribute('per-page'), 10);
      return Number.isFinite(n) ? Math.min(50, Math.max(1, n)) : 10;
    }

    /** "Also in other languages" starts ticked unless other-languages="off". */
    get translateDefault() {
      return (this.getAttribute('other-languages') || '').toLowerCase() !== 'off';
    }

    get facetNames() {
      const raw = this.getAttribute('facets');
      if (raw === null) return KNOWN_FACETS.slice();
      return raw.split(',').map((s) => s.trim()).filter((f) => KNOWN_FACETS.includes(f));
    }

    /** Interface language: lang attribute, then the page's lang, then the browser's. */
    get uiLang() {
      const candidates = [
        this.getAttribute('lang'),
        this.parentElement && this.parentElement.closest('[lang]')?.getAttribute('lang'),
        navigator.language,
      ];
      for (const c of candidates) {
        const base = (c || '').toLowerCase().split('-')[0];
        if (STRINGS[base]) return base;
      }
      return 'en';
    }

    get t() {
      return STRINGS[this.uiLang];
    }

    // --- lifecycle -------------------------------------------------------------------------
    connectedCallback() {
      if (!this._built) {
        this._shadow = this.attachShadow({ mode: 'open' });
        adoptStyles(this._shadow);
        this._build();
        this._built = true;
      }
      window.addEventListener('popstate', this._onPopState);
      const fromUrl = stateFromUrl(this.translateDefault);
      if (fromUrl) {
        this._state = fromUrl;
      } else {
        this._state = emptyState(this.translateDefault);
        this._state.q = this.getAttribute('query') || '';
      }
      this._syncControls();
      this._runSearch('initial');
    }

    disconnectedCallback() {
      window.removeEventListener('popstate', this._onPopState);
      this._typed.cancel();
      this._suggestLater.cancel();
      if (this._abort) this._abort.abort();
      if (this._suggestAbort) this._suggestAbort.abort();
    }

    attributeChangedCallback(name, oldValue, newValue) {
      if (!this._built || oldValue === newValue) return;
      if (name === 'lang') {
        this._build();
        this._syncControls();
        if (this._last) this._render(this._last);
        else this._runSearch('initial');
      } else if (name === 'other-languages') {
        this._state.translate = this.translateDefault; this._syncControls(); this._runSearch('initial');
      } else {
        this._runSearch('initial');
      }
    }

    // --- static structure ---------------------------------------------------------------------
    /** Build the widget's skeleton; dynamic parts are filled by _render*. */
    _build() {
      const t = this.t;
      const ids = { input: nextId('q'), list: nextId('suggest'), status: nextId('status') };
      this._ids = ids;

      this._input = h('input', {
        id: ids.input, className: 'input', type: 'search', autocomplete: 'off',
        placeholder: t.placeholder, role: 'combobox',
        'aria-autocomplete': 'list', 'aria-expanded': 'false', 'aria-controls': ids.list,
        part: 'input',
        oninput: () => this._onInput(),
        onkeydown: (e) => this._onKeyDown(e),
        onblur: () => setTimeout(() => this._closeSuggestions(), 120),
      });
      this._input.setAttribute('spellcheck', 'false');
      this._listbox = h('ul', {
        id: ids.list, className: 'listbox', role: 'listbox', 'aria-label': t.suggestions,
        hidden: true,
      });
      const form = h('form', {
        className: 'search', role: 'search', part: 'form',
        onsubmit: (e) => { e.preventDefault(); this._commitQuery(this._input.value); },
      },
      h('label', { className: 'sr-only', htmlFor: ids.input }, t.searchLabel),
      h('div', { className: 'combo' }, this._input, this._listbox),
      h('button', { className: 'btn', type: 'submit', part: 'button' }, t.submit));
      // "Also in other languages": the query translated with the API's lexicons.
      this._translate = h('input', { type: 'checkbox', id: nextId('translate'),
        onchange: () => this._commit({ translate: this._translate.checked, page: 1 }) });
      this._translateBox = h('p', { className: 'translate', part: 'translate' },
        this._translate, h('label', { htmlFor: this._translate.id }, t.translate));

      // Filters: facets are filled per response; date range and sort are static controls.
      this._facetBox = h('div', { className: 'facets' });
      this._since = h('input', { type: 'date', id: nextId('since'), onchange: () => this._onDates() });
      this._until = h('input', { type: 'date', id: nextId('until'), onchange: () => this._onDates() });
      this._sort = h('select', {
        id: nextId('sort'),
        onchange: () => this._commit({ sort: this._sort.value, page: 1 }),
      }, SORTS.map((s) => h('option', { value: s }, t[`sort_${s}`])));
      this._clear = h('button', {
        className: 'btn secondary', type: 'button',
        onclick: () => { const { q, sort, typing, translate } = this._state; this._commit({ ...emptyState(), q, sort, typing, translate }); },
      }, t.clear);
      const dates = h('fieldset', {},
        h('legend', {}, t.dateRange),
        h('div', { className: 'field' }, h('label', { htmlFor: this._since.id }, t.since), this._since),
        h('div', { className: 'field' }, h('label', { htmlFor: this._until.id }, t.until), this._until));
      // Filters fold away (a <details>) when the widget is narrow; wide, they are always open.
      const width = this.getBoundingClientRect().width; // 0 while hidden: assume wide
      const wide = width === 0 || width > 700;
      const filters = h('details', { className: 'filters-box', open: wide, part: 'filters' },
        this._toggle = h('summary', { className: 'filters-toggle' }, t.filters),
        h('div', { className: 'filters' },
          h('div', { className: 'field' }, h('label', { htmlFor: this._sort.id }, t.sort), this._sort),
          this._facetBox, dates, this._clear));

      // Results column: live status, notices, error box, list, pager.
      this._status = h('p', {
        id: ids.status, className: 'status', role: 'status', 'aria-live': 'polite',
        'aria-atomic': 'true', part: 'status',
      });
      this._notice = h('div', { className: 'notices' });
      this._error = h('div', { className: 'error', role: 'alert', hidden: true, part: 'error' });
      this._results = h('ol', { className: 'results', 'aria-describedby': ids.status, part: 'results' });
      this._pager = h('nav', { 'aria-label': t.pagination });
      const main = h('div', { className: 'main' },
        this._status, this._notice, this._error, this._results, this._pager);

      const root = h('div', { className: 'root', part: 'root' },
        form, this._translateBox, h('div', { className: 'layout' }, filters, main));
      root.lang = this.uiLang;
      if (this._root) {
        Object.assign(root.dataset, this._root.dataset);
        this._root.replaceWith(root);
      } else {
        this._shadow.append(root);
      }
      this._root = root;
    }

    /** Put the state's values into the static controls. */
    _syncControls() {
      this._input.value = this._state.q;
      this._since.value = this._state.since;
      this._until.value = this._state.until;
      this._sort.value = this._state.sort;
      this._translate.checked = this._state.translate;
    }

    // --- input, suggestions and keyboard ------------------------------------------------------
    _onInput() {
      this._state.q = this._input.value;
      this._state.typing = true;
      this._state.page = 1;
      this._typed();
      this._suggestLater();
    }

    _onKeyDown(e) {
      const open = !this._listbox.hidden && this._suggestions.length > 0;
      if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
        if (!open) return;
        e.preventDefault();
        const n = this._suggestions.length;
        const step = e.key === 'ArrowDown' ? 1 : -1;
        this._setActive(this._active < 0 && step < 0 ? n - 1 : (this._active + step + n) % n);
      } else if (e.key === 'Enter' && open && this._active >= 0) {
        e.preventDefault();
        this._commitQuery(this._suggestions[this._active].text);
      } else if (e.key === 'Escape' && open) {
        e.preventDefault();
        this._closeSuggestions();
      }
    }

    async _loadSuggestions() {
      const q = this._input.value.trim();
      const seq = ++this._suggestSeq;
      if (this._suggestAbort) this._suggestAbort.abort();
      if (!q || this.shadowRoot.activeElement !== this._input) {
        this._closeSuggestions();
        return;
      }
      this._suggestAbort = new AbortController();
      try {
        const url = new URL(`${this.apiBase}/suggest`);
        url.searchParams.set('q', q);
        url.searchParams.set('limit', '8');
        const data = await this._fetchJson(url, this._suggestAbort.signal);
        if (seq !== this._suggestSeq) return; // a newer keystroke already asked
        this._showSuggestions((data.suggestions || []).filter((s) => s && s.text));
      } catch (err) {
        if (seq === this._suggestSeq) this._closeSuggestions(); // suggestions are optional
      }
    }

    _showSuggestions(items) {
      this._suggestions = items;
      this._active = -1;
      this._listbox.replaceChildren(...items.map((s, i) => h('li', {
        id: `${this._ids.list}-${i}`, className: 'option', role: 'option', 'aria-selected': 'false',
        onmousedown: (e) => e.preventDefault(), // keep focus in the input
        onclick: () => this._commitQuery(s.text),
      }, h('span', {}, s.text), s.kind ? h('span', { className: 'kind' }, this.t.kinds[s.kind] || s.kind) : null)));
      const open = items.length > 0 && this.shadowRoot.activeElement === this._input;
      this._listbox.hidden = !open;
      this._input.setAttribute('aria-expanded', String(open));
      this._input.removeAttribute('aria-activedescendant');
    }

    _setActive(i) {
      this._active = i;
      [...this._listbox.children].forEach((li, j) => li.setAttribute('aria-selected', String(i === j)));
      const li = this._listbox.children[i];
      if (li) {
        this._input.setAttribute('aria-activedescendant', li.id);
        li.scrollIntoView({ block: 'nearest' });
      }
    }

    _closeSuggestions() {
      this._suggestSeq++; // responses still in flight must not reopen the list
      this._suggestions = [];
      this._active = -1;
      this._listbox.hidden = true;
      this._listbox.replaceChildren();
      this._input.setAttribute('aria-expanded', 'false');
      this._input.removeAttribute('aria-activedescendant');
    }

    _onDates() {
      const since = isDate(this._since.value) ? this._since.value : '';
      const until = isDate(this._until.value) ? this._until.value : '';
      this._commit({ since, until, page: 1 });
    }

    // --- committing searches and history ---------------------------------------------------------
    _commitQuery(q) {
      this._input.value = q;
      this._typed.cancel();
      this._suggestLater.cancel();
      this._closeSuggestions();
      this._commit({ q, page: 1, typing: false });
    }

    /** Apply a change and run a search that gets its own history entry (Back undoes it). */
    _commit(patch) {
      Object.assign(this._state, patch);
      this._runSearch('commit');
    }

    /**
     * Record the state in the page URL. Typing pushes one entry for the first keystrokes after
     * a committed search and then refines it in place; commits push (or, when the URL is
     * unchanged, settle the typing entry as committed).
     */
    _updateHistory(mode) {
      if (mode === 'initial' || mode === 'popstate') return;
      const href = urlForState(this._state, this.translateDefault);
      const same = href === location.href;
      const push = !same && (mode === 'commit' || !this._typingEntry);
      const entry = { presslens: true };
      try {
        if (push) history.pushState(entry, '', href);
        else history.replaceState(entry, '', href);
      } catch (err) {
        /* sandboxed iframes may refuse history changes: the widget still works */
      }
      this._typingEntry = mode === 'typing';
    }

    _restoreFromUrl() {
      this._state = stateFromUrl(this.translateDefault) || emptyState(this.translateDefault);
      this._typingEntry = false;
      this._syncControls();
      this._closeSuggestions();
      this._runSearch('popstate');
    }

    // --- talking to the API ---------------------------------------------------------------------
    async _fetchJson(url, signal) {
      let resp;
      try {
        const headers = { Accept: 'application/json' };
        const key = this.getAttribute('api-key'); // only for APIs with PRESSLENS_READ_KEYS set
        if (key) headers.Authorization = `Bearer ${key}`;
        resp = await fetch(url, { signal, credentials: 'omit', headers });
      } catch (err) {
        if (err && err.name === 'AbortError') throw err;
        throw new SearchError(this.t.errorUnreachable); // offline, refused, or CORS not allowed
      }
      let body = null;
      try {
        body = await resp.json();
      } catch (err) {
        if (err && err.name === 'AbortError') throw err;
      }
      if (!resp.ok || body === null) {
        let detail = body && body.detail;
        if (Array.isArray(detail)) detail = detail.map((d) => d && d.msg).filter(Boolean).join('; ');
        const msg = typeof detail === 'string' && detail ? detail : `HTTP ${resp.status}`;
        throw new SearchError(`${this.t.errorGeneric}: ${msg}`);
      }
      return body;
    }

    // typing=true: a typed (uncommitted) query's last word is a prefix, never a typo to correct;
    // paging, facets and sort keep that reading. A trailing space ends the word.
    _searchUrl() {
      const s = this._state;
      const url = new URL(`${this.apiBase}/search`);
      const p = url.searchParams;
      p.set('q', s.q.trim());
      if (s.typing && s.q.trim() && !/\s$/.test(s.q)) p.set('typing', 'true');
      for (const v of s.outlet) p.append('outlet', v);
      for (const v of s.language) p.append('lang', v);
      for (const v of s.speaker) p.append('speaker', v);
      if (s.since) p.set('since', s.since);
      if (s.until) p.set('until', s.until);
      p.set('sort', s.sort);
      p.set('page', String(s.page));
      p.set('per_page', String(this.perPage));
      for (const f of this.facetNames) p.append('facets', f);
      p.set('highlight', 'true');
      if (s.translate) p.set('translate', 'true');
      return url;
    }

    /** Run the current state's search; older responses are aborted and ignored. */
    async _runSearch(mode) {
      this._typed.cancel();
      const seq = ++this._seq;
      if (this._abort) this._abort.abort();
      this._updateHistory(mode);
      const s = this._state;
      const hasFilters = KNOWN_FACETS.some((f) => s[f].length) || s.since || s.until;
      if (!s.q.trim() && !hasFilters) {
        this._abort = null;
        this._last = null;
        this._renderIdle();
        this._settle('idle');
        return;
      }
      this._abort = new AbortController();
      this._results.setAttribute('aria-busy', 'true');
      this._root.dataset.state = 'loading';
      try {
        const data = await this._fetchJson(this._searchUrl(), this._abort.signal);
        if (seq !== this._seq) return; // stale: a newer search was started meanwhile
        this._last = data;
        this._render(data);
        this._settle('done');
      } catch (err) {
        if (seq !== this._seq || (err && err.name === 'AbortError')) return;
        this._renderError(err);
        this._settle('error');
      }
    }

    /** Mark the newest search as finished (data-state / data-searches on the shadow root's div). */
    _settle(state) {
      this._results.removeAttribute('aria-busy');
      this._root.dataset.state = state;
      this._root.dataset.searches = String((Number(this._root.dataset.searches) || 0) + 1);
    }

    // --- rendering ------------------------------------------------------------------------------
    _renderIdle() {
      this._error.hidden = true;
      this._status.textContent = this.t.idle;
      this._notice.replaceChildren();
      this._results.replaceChildren();
      this._pager.replaceChildren();
      this._renderFacets({});
      this._clear.disabled = true;
      this._toggle.textContent = this.t.filters;
    }

    _renderError(err) {
      const t = this.t;
      this._error.replaceChildren(
        h('p', {}, err instanceof SearchError ? err.message : t.errorUnreachable),
        h('button', { className: 'btn secondary', type: 'button', onclick: () => this._runSearch('initial') },
          t.retry));
      this._error.hidden = false;
      this._status.textContent = '';
      this._results.replaceChildren();
      this._pager.replaceChildren();
      this._notice.replaceChildren();
    }

    /** Render a /search response: status line, notices, hits, facets, pager. */
    _render(data) {
      const t = this.t;
      this._error.hidden = true;
      const total = Number(data.total) || 0;
      const took = Math.round((Number(data.took_ms) || 0) * 10) / 10;
      this._status.textContent = `${t.results(total)} ${t.took(took)}`;

      // did_you_mean: the API already searched the corrected spelling when it found one;
      // the button adopts it as the query (input, URL). Nothing found: "Did you mean X?".
      const notices = [];
      const typed = this._state.q.trim();
      if (data.did_you_mean) {
        const adopt = h('button', {
          className: 'linklike', type: 'button', onclick: () => this._commitQuery(data.did_you_mean),
        }, data.did_you_mean);
        notices.push(total > 0
          ? h('p', { className: 'notice' }, `${t.showingFor} `, adopt, ` (${t.insteadOf(typed)})`)
          : h('p', { className: 'notice' }, `${t.noResults(typed)} ${t.didYouMean} `, adopt, '?'));
      } else if (total === 0) {
        notices.push(h('p', { className: 'notice' }, t.noResults(typed)));
      }
      if (data.fallback && total > 0) notices.push(h('p', { className: 'notice' }, t.fallback));
      this._notice.replaceChildren(...notices);
      // An API without lexicons cannot translate: no control that does nothing.
      const tr = data.translation;
      if (tr) this._translateBox.hidden = Boolean(tr.note) && !(tr.languages || []).length;

      this._results.replaceChildren(...(data.hits || []).map((hit) => this._renderHit(hit)));
      this._renderFacets(data.facets || {});
      this._renderPager(total, Number(data.page) || this._state.page);
      const s = this._state;
      const active = KNOWN_FACETS.reduce((n, f) => n + s[f].length, 0) + !!s.since + !!s.until;
      this._clear.disabled = active === 0;
      this._toggle.textContent = active ? `${t.filters} (${active})` : t.filters;
    }

    _renderHit(hit) {
      const t = this.t;
      const title = h('h3', {});
      const titleTarget = hit.url && /^https?:\/\//i.test(hit.url)
        ? title.appendChild(h('a', { href: hit.url, target: '_blank', rel: 'noopener noreferrer' }))
        : title;
      appendHighlighted(titleTarget, hit.title_html || '');
      if (!titleTarget.textContent) titleTarget.textContent = hit.title || hit.id;

      const meta = h('p', { className: 'meta' },
        hit.outlet ? h('span', {}, hit.outlet) : null,
        hit.published
          ? h('span', {}, h('time', { dateTime: hit.published }, this._formatDate(hit.published)))
          : null,
        hit.language ? h('span', {}, this._languageName(hit.language)) : null);

      const speakers = (hit.speakers || []).length
        ? h('p', { className: 'meta' }, `${t.speakers}: ${hit.speakers.join(', ')}`)
        : null;
      // Why an article in another language matched: "förhandlingar → negotiations".
      const translated = (hit.translated || []).filter((x) => x && x.word);
      const why = translated.length ? h('p', { className: 'meta translated' }, `${t.translated}: `,
        translated.map((x) => `${x.word} → ${(x.matched || []).join(', ')}`).join('; ')) : null;
      const snippets = (hit.snippets || []).map((sn) => appendHighlighted(h('p', { className: 'snippet' }), sn));
      const article = h('article', {}, title, meta, speakers, why, snippets);
      if (hit.language && hit.language !== 'und') {
        for (const el of [title, ...snippets]) el.lang = hit.language;
      }
      return h('li', { className: 'hit', part: 'hit', 'data-id': hit.id }, article);
    }

    _formatDate(iso) {
      if (!isDate(String(iso))) return String(iso);
      const d = new Date(`${iso}T00:00:00Z`);
      return new Intl.DateTimeFormat(this.uiLang, { dateStyle: 'medium', timeZone: 'UTC' }).format(d);
    }

    _languageName(code) {
      if (!code || code === 'und') return this.t.unknown;
      try {
        const name = new Intl.DisplayNames([this.uiLang], { type: 'language' }).of(code);
        return name && name !== code ? `${name} (${code})` : code;
      } catch (err) {
        return code;
      }
    }

    /**
     * Facet panels with checkboxes. Counts come from the API, which computes each facet
     * without its own filter (disjunctive), so other outlets stay visible after ticking one.
     * Focus is restored to the same checkbox after re-rendering, for keyboard users.
     */
    _renderFacets(facets) {
      const focused = this.shadowRoot.activeElement;
      const focusKey = focused && focused.dataset ? focused.dataset.facetKey : null;
      const panels = [];
      for (const name of this.facetNames) {
        const selected = this._state[name];
        const values = (facets[name] || []).filter((v) => v && v.value !== null && v.value !== '');
        // Keep ticked values visible (so they can be unticked) even with no count.
        for (const v of selected) {
          if (!values.some((x) => x.value === v)) values.push({ value: v, count: 0, selected: true });
        }
        if (!values.length) continue;
        const items = values.map((v) => {
          const key = `${name}\u0000${v.value}`;
          const box = h('input', {
            type: 'checkbox', checked: selected.includes(v.value),
            onchange: () => this._toggleFacet(name, v.value),
          });
          box.dataset.facetKey = key;
          const label = name === 'language' ? this._languageName(v.value) : v.value;
          return h('li', {}, h('label', {}, box, h('span', {}, label),
            h('span', { className: 'count' }, String(v.count))));
        });
        panels.push(h('fieldset', { 'data-facet': name, part: 'facet' },
          h('legend', {}, this.t[`facet_${name}`]), h('ul', { className: 'facet-list' }, items)));
      }
      this._facetBox.replaceChildren(...panels);
      if (focusKey) {
        const again = [...this._facetBox.querySelectorAll('input')].find((b) => b.dataset.facetKey === focusKey);
        if (again) again.focus();
      }
    }

    _toggleFacet(name, value) {
      const list = this._state[name];
      const next = list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
      this._commit({ [name]: next, page: 1 });
    }

    _renderPager(total, page) {
      const t = this.t;
      const pages = Math.ceil(total / this.perPage);
      if (pages <= 1) {
        this._pager.replaceChildren();
        this._pagerFocus = false;
        return;
      }
      const go = (p) => () => {
        this._pagerFocus = true; // after re-rendering, focus the current page's button
        this._commit({ page: p });
      };
      const items = [h('li', {}, h('button', {
        className: 'btn secondary', type: 'button', disabled: page <= 1, onclick: go(page - 1),
      }, t.prev))];
      // A window of at most 7 page numbers around the current page.
      const first = Math.max(1, Math.min(page - 3, pages - 6));
      for (let p = first; p <= Math.min(pages, first + 6); p++) {
        items.push(h('li', {}, h('button', {
          className: 'btn secondary', type: 'button', 'aria-label': t.pageN(p),
          'aria-current': p === page ? 'page' : null, onclick: go(p),
        }, String(p))));
      }
      items.push(h('li', {}, h('button', {
        className: 'btn secondary', type: 'button', disabled: page >= pages, onclick: go(page + 1),
      }, t.next)));
      items.push(h('li', { className: 'status' }, t.pageOf(page, pages)));
      this._pager.replaceChildren(h('ul', { className: 'pager' }, items));
      if (this._pagerFocus) this._pager.querySelector('[aria-current="page"]')?.focus();
      this._pagerFocus = false;
    }
  }

  customElements.define(TAG, PresslensSearch);
})();
