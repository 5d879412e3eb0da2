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
    'theme',
    'compact',
  ]
  var SANDBOX = 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-forms'
  var MIN_HEIGHT = 200
  var MAX_HEIGHT = 4000
  var frames = []

  // Turns <div data-staking-calculator data-apr="5" …> into the widget's iframe (once per element).
  function mount(el) {
    if (el.hasAttribute('data-staking-calculator-mounted')) return
    el.setAttribute('data-staking-calculator-mounted', '')
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
      if (frames[i].contentWindow === event.source) frames[i].style.height = clamped + 'px'
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
