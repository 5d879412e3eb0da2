/** Shared by the boot loader (lib/boot/on-intent.ts) and the page (components/site/boot-signal.ts). */

/** Dispatched on `window` once React has hydrated the page. */
export const BOOTED_EVENT = 'sfg:booted'
/** Set on `<html>` once React has hydrated the page. */
export const BOOTED_ATTRIBUTE = 'data-booted'
/** Set on `<html>` by an article's loader once it has asked for the framework's scripts. */
export const BOOTING_ATTRIBUTE = 'data-booting'
