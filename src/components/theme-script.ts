/** localStorage key of the reader's theme choice ('light' or 'dark'); absent = follow the system. */
export const THEME_STORAGE_KEY = 'theme';

/**
 * Runs in <head> before the page paints, so the chosen theme applies from the first frame: the
 * stored choice, else the system setting.
 */
export const themeScript = `(function(){try{var t=localStorage.getItem("${THEME_STORAGE_KEY}")}catch(e){}if(t!=="light"&&t!=="dark")t=matchMedia("(prefers-color-scheme: dark)").matches?"dark":"light";document.documentElement.dataset.theme=t})();`;
