/** localStorage key holding the reader's explicit theme choice ('light' | 'dark'); absent = follow the system. */
export const THEME_STORAGE_KEY = 'sfg-theme'

/**
 * Runs before first paint (inline in <head>) so the page never flashes the wrong theme: it applies the
 * stored choice as html[data-theme]. Without a stored choice it sets nothing and CSS follows the system.
 * The `js` class lets CSS show controls that need JavaScript (the theme toggle).
 */
const script = `(function(){var d=document.documentElement;d.classList.add('js');try{var t=localStorage.getItem('${THEME_STORAGE_KEY}');if(t==='light'||t==='dark'){d.dataset.theme=t}}catch(e){}})()`

export function ThemeScript() {
  return <script dangerouslySetInnerHTML={{ __html: script }} />
}
