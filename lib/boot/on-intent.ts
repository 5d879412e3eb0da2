/**
 * Articles boot the framework on the reader's intent (README § "Articles start without JavaScript").
 *
 * An article is complete without JavaScript: its prose, figures, glossary popovers (the `popover` attribute),
 * disclosures, and its calculators and walkthrough (forms that the server answers) all work from the HTML. The
 * framework's scripts (Next.js's runtime, React, hydration) only add to that: client-side navigation, the search
 * dialog, the theme switch, live islands. So the prerendered article does not start them while it loads. A small
 * inline loader starts them:
 * - when the reader reaches for the page: a pointer moved, pressed or touched, a key pressed, focus moved in;
 * - when one of the article's islands comes within a screen of the viewport (its code needs the framework);
 * - and the browser fetches the scripts, without running them, once the page is loaded and idle, so that a boot
 *   only has to run them.
 * Presses of a control that needs JavaScript (`.js-only`: search, theme switch) and of an island's links and
 * buttons before the framework is up are held and replayed once it is (`BOOTED_EVENT`,
 * components/site/boot-signal.ts; an island then holds them until its own code is live), and so is the
 * search shortcut `/`. If the page is not live within HOLD_MS, they are replayed as they were.
 *
 * This module holds the pure parts: the HTML transform (`deferFrameworkScripts`, run after `next build` by
 * scripts/boot-on-intent.ts) and the loader's source (`bootLoader`). Its behaviour in a browser is covered by
 * e2e/boot-on-intent.spec.ts.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { BOOTED_EVENT, BOOTING_ATTRIBUTE } from './signals'

/** Events that count as the reader reaching for the page. Scrolling alone does not: reading needs no script. */
export const INTENT_EVENTS = ['pointermove', 'pointerdown', 'touchstart', 'keydown', 'focusin'] as const

/** An island this close to the viewport (a screen above or below) boots the framework, as it loads its own code. */
export const ISLAND_MARGIN = '100% 0px'

/**
 * How long a held press waits for the page to be live before it does what it does without JavaScript (follows
 * its link, submits its form, or nothing for a JavaScript-only control), so that a press is never lost when the
 * scripts cannot load. The same wait as an island's own (components/islands/deferred-island-dom.ts).
 */
export const HOLD_MS = 5000

/** Marks the loader's source, so that the transform refuses to run twice on one page. */
const LOADER_MARK = '/*sfg-boot*/'

/** Next.js's chunk scripts as it writes them into a prerendered page. */
const CHUNK_SCRIPT = /<script src="(\/_next\/static\/chunks\/[^"]+\.js)" async=""><\/script>/g
/** Its preload hints for chunks (the loader warms the cache itself, later and at idle). */
const CHUNK_PRELOAD =
  /<link rel="preload" as="script"[^>]*href="\/_next\/static\/chunks\/[^"]+\.js"[^>]*\/?>/g

export type DeferResult = { ok: true; html: string; scripts: string[] } | { ok: false; problem: string }

/**
 * The page's HTML with Next.js's chunk scripts (and their preload hints) taken out and the loader put at the end
 * of `<body>`, where every island is already in the document. A page without chunk scripts, without `</body>`, or
 * already carrying the loader is a problem, not a silent no-op: after a Next.js upgrade that writes its scripts
 * differently, the build fails instead of shipping articles that never start.
 */
export function deferFrameworkScripts(html: string): DeferResult {
  if (html.includes(LOADER_MARK)) return { ok: false, problem: 'already has the boot loader' }
  const scripts: string[] = []
  let out = html.replace(CHUNK_SCRIPT, (_tag, src: string) => {
    scripts.push(src)
    return ''
  })
  if (scripts.length === 0)
    return {
      ok: false,
      problem: 'no Next.js chunk scripts (<script src="/_next/static/chunks/…" async="">) found',
    }
  const end = out.lastIndexOf('</body>')
  if (end < 0) return { ok: false, problem: 'no </body> to put the boot loader before' }
  out = out.replace(CHUNK_PRELOAD, '')
  const at = out.lastIndexOf('</body>')
  return {
    ok: true,
    html: `${out.slice(0, at)}<script>${bootLoader(scripts)}</script>${out.slice(at)}`,
    scripts,
  }
}

/**
 * The loader's source (an inline script; its SHA-256 joins the page's CSP with the page's other inline scripts).
 * Written in ES5 without dependencies: it runs before anything else of ours.
 */
export function bootLoader(scripts: readonly string[], holdMs = HOLD_MS): string {
  return `${LOADER_MARK}(function(){var s=${JSON.stringify(scripts)},d=document,h=d.documentElement,w=window,ev=${JSON.stringify(INTENT_EVENTS)},booted=!1,warmed=!1,ready=!1,held=[],slash=!1,io=null,timer=0;function boot(){if(booted)return;booted=!0;h.setAttribute(${JSON.stringify(BOOTING_ATTRIBUTE)},"");for(var i=0;i<ev.length;i++)w.removeEventListener(ev[i],boot,!0);if(io)io.disconnect();for(var j=0;j<s.length;j++){var x=d.createElement("script");x.src=s[j];x.async=!0;d.head.appendChild(x)}}for(var k=0;k<ev.length;k++)w.addEventListener(ev[k],boot,{capture:!0,passive:!0});if("IntersectionObserver" in w){io=new IntersectionObserver(function(es){for(var i=0;i<es.length;i++)if(es[i].isIntersecting)return boot()},{rootMargin:${JSON.stringify(ISLAND_MARGIN)}});var is=d.querySelectorAll("[data-island]");for(var m=0;m<is.length;m++)io.observe(is[m])}w.addEventListener("click",function(e){if(ready||e.button!==0||e.metaKey||e.ctrlKey||e.shiftKey||e.altKey)return;var t=e.target&&e.target.closest?e.target:null,c=t&&(t.closest(".js-only")||(t.closest("[data-island]")&&t.closest("a[href],button")));if(!c||c.type==="reset")return;e.preventDefault();e.stopImmediatePropagation();held.push(c);boot();if(!timer)timer=setTimeout(release,${holdMs})},!0);w.addEventListener("keydown",function(e){if(ready||e.key!=="/"||e.ctrlKey||e.metaKey||e.altKey)return;var t=e.target;if(t&&(t.isContentEditable||/^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName)))return;e.preventDefault();slash=!0},!0);function release(){clearTimeout(timer);ready=!0;var p=held.splice(0);for(var i=0;i<p.length;i++)if(p[i].isConnected)p[i].click();if(slash){slash=!1;d.dispatchEvent(new KeyboardEvent("keydown",{key:"/",bubbles:!0}))}}w.addEventListener(${JSON.stringify(BOOTED_EVENT)},release);function warm(){if(booted||warmed)return;warmed=!0;for(var i=0;i<s.length;i++){var l=d.createElement("link");l.setAttribute("rel","preload");l.setAttribute("as","script");l.setAttribute("href",s[i]);d.head.appendChild(l)}}function idle(){if(w.requestIdleCallback)w.requestIdleCallback(warm);else setTimeout(warm,1)}if(d.readyState==="complete")idle();else w.addEventListener("load",idle)})()`
}

export type BootReport = { pages: number; problems: string[] }

/** Applies `deferFrameworkScripts` to every prerendered article (`learn/<slug>.html` under `.next/server/app`). */
export function deferArticles(appDir: string): BootReport {
  const dir = join(appDir, 'learn')
  const problems: string[] = []
  let pages = 0
  for (const name of readdirSync(dir).filter((file) => file.endsWith('.html'))) {
    const file = join(dir, name)
    const result = deferFrameworkScripts(readFileSync(file, 'utf8'))
    if (!result.ok) {
      problems.push(`${file}: ${result.problem}`)
      continue
    }
    writeFileSync(file, result.html)
    pages++
  }
  if (pages === 0 && problems.length === 0) problems.push(`${dir}: no prerendered articles`)
  return { pages, problems }
}
