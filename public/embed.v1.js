/*! Staking Field Guide calculator embed, v1. No dependencies, no cookies, no tracking. Docs: /embed */
;(function () {
  'use strict'
  var script = document.currentScript
  if (!script || !script.src) return
  var ORIGIN = new URL(script.src).origin
  var PATH = '/embed/calculator'
  var MESSAGE = 'staking-calculator:resize'
  var PARAMS = [
    'network',
    'amount',
    'apr',
    'apy',
    'compounding',
    'commission',
    'days',
    'price',
    'priceChange',
    'inflation',
    'symbol',
    'currency',
    'rates',
    'stakeGrowth',
    'credentials',
    'entryQueue',
    'exitQueue',
    'poolCredentials',
    'theme',
    'compact',
  ]
  var SANDBOX = 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-forms'
  var MIN_HEIGHT = 200
  var MAX_HEIGHT = 4000
  var frames = []
  var DOCS = ORIGIN + '/embed#framing'
  // How long a loaded frame may stay silent before the loader says it could not be shown.
  var SILENCE_MS = 8000

  // The widget's frame-ancestors policy: https pages, or http pages on this machine (local testing).
  function mayFrame() {
    if (location.protocol === 'https:') return true
    return location.protocol === 'http:' && /^(localhost|127\.0\.0\.1)$/.test(location.hostname)
  }

  // A short visible message with a link to the docs, instead of an empty or broken box.
  function notice(el, text) {
    var p = document.createElement('p')
    p.setAttribute('data-staking-calculator-notice', '')
    p.style.cssText =
      'margin:0 0 8px;padding:10px 14px;border:1px solid currentColor;border-radius:8px;font:14px/1.5 system-ui,sans-serif'
    p.appendChild(document.createTextNode(text + ' '))
    var a = document.createElement('a')
    a.href = DOCS
    a.textContent = 'How to embed it'
    p.appendChild(a)
    el.insertBefore(p, el.firstChild)
    return p
  }

  // Turns <div data-staking-calculator data-apr="5" …> into the widget's iframe (once per element).
  function mount(el) {
    if (el.hasAttribute('data-staking-calculator-mounted')) return
    el.setAttribute('data-staking-calculator-mounted', '')
    if (!mayFrame()) {
      // The browser would refuse the frame: keep the element's own content (e.g. a link) and say why.
      notice(el, 'The staking calculator can only be embedded in https pages.')
      return
    }
    var query = new URLSearchParams()
    for (var i = 0; i < PARAMS.length; i++) {
      var value = el.dataset[PARAMS[i]]
      if (typeof value === 'string') query.append(PARAMS[i], value)
    }
    var compact = typeof el.dataset.compact === 'string' && !/^(0|false|no|off)$/i.test(el.dataset.compact)
    var search = query.toString()
    var frame = document.createElement('iframe')
    frame.setAttribute('src', ORIGIN + PATH + (search ? '?' + search : ''))
    frame.setAttribute('title', 'Staking rewards calculator (Staking Field Guide)')
    frame.setAttribute('loading', 'lazy')
    frame.setAttribute('sandbox', SANDBOX)
    frame.setAttribute('referrerpolicy', 'strict-origin-when-cross-origin')
    frame.style.cssText = 'display:block;width:100%;border:0;height:' + (compact ? 560 : 1200) + 'px'
    el.textContent = ''
    el.appendChild(frame)
    frames.push(frame)
    // A frame that loads but never reports its height was refused (framing policy, network): say so.
    frame.addEventListener('load', function () {
      setTimeout(function () {
        if (frame.getAttribute('data-staking-calculator-ready') === null && !frame.hidden) {
          // The inline display:block would win over the hidden attribute: hide the empty box explicitly.
          frame.hidden = true
          frame.style.display = 'none'
          notice(el, 'The staking calculator could not be loaded here.')
        }
      }, SILENCE_MS)
    })
  }

  // Heights are accepted only from our origin and only for the iframe that sent them, within sane bounds.
  function onMessage(event) {
    if (event.origin !== ORIGIN) return
    var data = event.data
    if (!data || typeof data !== 'object' || data.type !== MESSAGE) return
    var height = Number(data.height)
    if (!isFinite(height)) return
    var clamped = Math.round(Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, height)))
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) {
        frames[i].style.height = clamped + 'px'
        frames[i].setAttribute('data-staking-calculator-ready', '')
      }
    }
  }

  function scan() {
    var found = document.querySelectorAll('[data-staking-calculator]')
    for (var i = 0; i < found.length; i++) mount(found[i])
  }

  window.addEventListener('message', onMessage)
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', scan)
  else scan()
})()
