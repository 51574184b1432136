/**
 * The notes toolbar's styles and the editor frame's box, inside their shadow root so page CSS cannot
 * restyle them (the editor's own styles are in its page, entrypoints/note-editor/editor.css).
 * Light and dark follow `prefers-color-scheme`; sizes in px, since pages set odd root font sizes.
 */
export const NOTES_CSS = `
.cc-float{position:fixed;top:0;left:0;z-index:2147483647;width:max-content;max-width:calc(100vw - 16px)}
.cc-float[hidden],.cc-float [hidden]{display:none}
.cc-notes-bar,.cc-editor-frame{--bg:#fff;--fg:#1f2328;--muted:#59636e;--line:#d1d9e0;--hover:#eef1f4;--accent:#1d5fb8;--accent-fg:#fff;--danger:#b3261e;
box-sizing:border-box;background:var(--bg);color:var(--fg);border:1px solid var(--line);border-radius:8px;
box-shadow:0 6px 24px rgba(0,0,0,.2);font:14px/1.4 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;text-align:left;color-scheme:light dark}
@media (prefers-color-scheme:dark){.cc-notes-bar,.cc-editor-frame{--bg:#1f2328;--fg:#e6edf3;--muted:#9ea8b3;--line:#3d444d;--hover:#2d333b;--accent:#6ea8fe;--accent-fg:#0b1a2e;--danger:#ff8a80;box-shadow:0 6px 24px rgba(0,0,0,.6)}}
.cc-notes-bar{padding:4px}
.cc-editor-frame{display:block;max-width:calc(100vw - 16px);padding:0;overflow:hidden}
.cc-bar-row{display:flex;align-items:center;gap:4px}
.cc-bar-button{all:unset;box-sizing:border-box;display:inline-flex;align-items:center;gap:6px;height:30px;padding:0 10px;border-radius:6px;
font:600 13px/1 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--fg);cursor:pointer;white-space:nowrap}
.cc-bar-button:hover{background:var(--hover)}
.cc-bar-button.cc-primary{background:var(--accent);color:var(--accent-fg)}
.cc-bar-button:focus-visible,.cc-swatch:focus-visible{outline:2px solid var(--fg);outline-offset:2px}
.cc-bar-button[disabled]{opacity:.6;cursor:default}
.cc-colours{display:inline-flex;gap:4px;padding:0 4px}
.cc-swatch{all:unset;box-sizing:border-box;width:22px;height:22px;border-radius:50%;border:2px solid transparent;cursor:pointer;box-shadow:inset 0 0 0 1px rgba(0,0,0,.25)}
.cc-swatch[aria-pressed="true"]{border-color:var(--fg)}
.cc-swatch-yellow{background:#ffdd00}.cc-swatch-green{background:#34d399}.cc-swatch-blue{background:#60a5fa}.cc-swatch-pink{background:#f472b6}
.cc-dot{display:inline-block;width:10px;height:10px;border-radius:50%;box-shadow:0 0 0 1px rgba(0,0,0,.3)}
.cc-status{margin:4px 2px 0;color:var(--danger);font-size:13px}
`;
