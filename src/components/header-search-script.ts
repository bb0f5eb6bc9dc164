/**
 * What a page's search fetches first, by kind of preload: the search code's chunks (`script`) and
 * the index files a first query needs (`fetch`). The export's finish step writes it into the header's
 * script (src/static-export/search-prefetch.ts); the development server leaves it empty.
 */
export interface SearchPrefetch {
  script: string[];
  fetch: string[];
}

/** Where the finish step writes the page's SearchPrefetch, as JSON after this comment. */
export const SEARCH_PREFETCH_MARK = '/*search-prefetch*/';

/** Set on `.header-search` once React runs it: the script below then leaves the box to React. */
export const HYDRATED_ATTRIBUTE = 'data-hydrated';

/** Set on `.header-search` by the script below at the reader's first sign of intent to search. */
export const INTENT_ATTRIBUTE = 'data-intent';

/**
 * Sent on the window by the script below at the first sign of intent and at each keystroke typed
 * before React has taken the box over: the search starts loading then (early-search.ts), not when React does.
 */
export const SEARCH_INTENT_EVENT = 'faq-search-intent';

/**
 * Runs right after the header's search markup, before any of the page's JavaScript: the phone's
 * search button opens the box and focuses its field at once (the reader types while React is
 * still starting; React then takes the same DOM over, see HeaderSearch and SearchBox), and the
 * first sign of intent (touching or focusing the button or the box, "/", Ctrl+K / ⌘K) preloads the
 * search code and the files of a first query together, in one round trip, instead of the chain
 * code → manifest → parts. The browser's fetch() and chunk loader take the preloaded responses;
 * once React's search has started loading (its box's status is no longer idle), it fetches them itself.
 * It also tells the page's scripts (SEARCH_INTENT_EVENT), which load the search, and the parts of
 * what is typed, while React is still starting: on intent in a task of its own, after the preloads
 * have left, so that a tap's task only opens the box (starting the search code's loading there cost
 * a throttled phone 5–12 ms of it).
 *
 * A finger's tap on the button acts when the finger lifts (touchend), within a few pixels of where
 * it touched (a finger that moved was scrolling): the click the browser would make of it a frame
 * or two later, after the page's tasks in between, is cancelled, and the box opens at once (once
 * React runs the box, the button is clicked then instead). Before a tap closes the box, or clicks
 * React's button, the focus moves to the button, as that click's mousedown would have moved it: a
 * box closed while its field kept the focus would stay open for the results it shows. A tap that
 * opens the box focuses its field directly (a focus on the button first cost the tap's task a
 * second round of focus events and style under a 4× slowdown).
 *
 * Until React has taken the box over, the events of the box (taps, keys, the pointer's arrival)
 * stop at the window: React answers an event on a page it is still hydrating by hydrating all of it
 * at once, in the event's task, which kept the box from showing for the whole of it; without them
 * it hydrates in slices, and the box shows at the next frame. (A tap's pointerover alone cost the
 * tap's task 8–16 ms under a 4× slowdown.) The button's own presses never reach React (it only needs
 * the click): React answers a press by first hydrating whatever of the page it has not yet.
 * Content-Security-Policy: allowed by its hash, which the finish step computes (page-policy.ts).
 */
export const headerSearchScript = [
  '(function(){',
  'var r=document.currentScript&&document.currentScript.previousElementSibling;',
  'if(!r||!r.classList.contains("header-search"))return;',
  `var b=r.querySelector(".search-toggle"),i=r.querySelector("input"),f=${SEARCH_PREFETCH_MARK}{},w=0,p;`,
  'if(!b||!i)return;',
  'b.hidden=false;',
  `function react(){return r.hasAttribute("${HYDRATED_ATTRIBUTE}")}`,
  `function tell(){dispatchEvent(new Event("${SEARCH_INTENT_EVENT}"))}`,
  'function warm(){if(w||r.querySelector(".search-box:not([data-status=idle])"))return;w=1;',
  'for(var k in f)f[k].forEach(function(h){var l=document.createElement("link");l.rel="preload";l.as=k;l.href=h;if(k==="fetch")l.crossOrigin="anonymous";document.head.appendChild(l)});',
  `r.setAttribute("${INTENT_ATTRIBUTE}","");setTimeout(tell)}`,
  'function show(o){if(o)r.setAttribute("data-open","");else r.removeAttribute("data-open");b.setAttribute("aria-expanded",o?"true":"false");if(o)i.focus()}',
  'r.addEventListener("focusin",warm);r.addEventListener("pointerenter",warm);',
  '"pointerover pointerout mouseover mouseout pointerdown touchstart pointerup touchend mousedown mouseup click keydown keypress keyup input compositionstart compositionend".split(" ").forEach(function(t){',
  'addEventListener(t,function(e){',
  'if(!r.contains(e.target))return;',
  'if(t==="pointerdown"||t==="touchstart")warm();',
  'if(t==="touchstart")p=e.touches[0];',
  'var q=t==="touchend"&&e.changedTouches[0];',
  'if(q&&p&&b.contains(e.target)&&e.cancelable&&Math.abs(q.clientX-p.clientX)<10&&Math.abs(q.clientY-p.clientY)<10){e.preventDefault();e.stopPropagation();var o=r.hasAttribute("data-open");if(o||react())b.focus();if(react())b.click();else show(!o);return}',
  'if(/^(pointer|touch|mouse)(down|start|up|end)$/.test(t)&&b.contains(e.target)){e.stopPropagation();return}',
  'if(react())return;',
  'e.stopPropagation();if(t==="input")tell();',
  'if(t==="click"&&b.contains(e.target))show(!r.hasAttribute("data-open"));',
  'if(t==="keydown"&&e.key==="Escape"&&r.hasAttribute("data-open")){show(false);b.focus()}',
  '},{capture:true,passive:t!=="keydown"&&t!=="touchend"})});',
  'addEventListener("keydown",function(e){',
  'var t=e.target,k=(e.key||"").toLowerCase(),typing=t&&(t.isContentEditable||/^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName));',
  'if(!(((e.ctrlKey||e.metaKey)&&k==="k")||(k==="/"&&!typing&&!e.ctrlKey&&!e.metaKey&&!e.altKey)))return;',
  'warm();if(react())return;',
  'e.preventDefault();e.stopPropagation();if(b.offsetParent)show(true);else i.focus();i.select()',
  '},true)',
  '})();',
].join('');
