/**
 * The notes toolbar's and editor's styles, inside their shadow root so page CSS cannot restyle them.
 * Light and dark follow `prefers-color-scheme`; sizes in px, since pages set odd root font sizes.
 */
export const NOTES_CSS = `
.cc-float{position:fixed;top:0;left:0;z-index:2147483647;width:max-content;max-width:calc(100vw - 16px)}
.cc-float[hidden]{display:none}
.cc-notes-bar,.cc-editor{--bg:#fff;--fg:#1f2328;--muted:#59636e;--line:#d1d9e0;--hover:#eef1f4;--accent:#1d5fb8;--accent-fg:#fff;--danger:#b3261e;
box-sizing:border-box;background:var(--bg);color:var(--fg);border:1px solid var(--line);border-radius:8px;
box-shadow:0 6px 24px rgba(0,0,0,.2);font:14px/1.4 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;text-align:left;color-scheme:light dark}
@media (prefers-color-scheme:dark){.cc-notes-bar,.cc-editor{--bg:#1f2328;--fg:#e6edf3;--muted:#9ea8b3;--line:#3d444d;--hover:#2d333b;--accent:#6ea8fe;--accent-fg:#0b1a2e;--danger:#ff8a80;box-shadow:0 6px 24px rgba(0,0,0,.6)}}
.cc-notes-bar{padding:4px}
.cc-bar-row{display:flex;align-items:center;gap:4px}
.cc-bar-button,.cc-button{all:unset;box-sizing:border-box;display:inline-flex;align-items:center;gap:6px;height:30px;padding:0 10px;border-radius:6px;
font:600 13px/1 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--fg);cursor:pointer;white-space:nowrap}
.cc-bar-button:hover,.cc-button:hover{background:var(--hover)}
.cc-bar-button.cc-primary,.cc-button.cc-primary{background:var(--accent);color:var(--accent-fg)}
.cc-button{border:1px solid var(--line)}
.cc-button.cc-primary{border-color:var(--accent)}
.cc-button.cc-danger{background:var(--danger);border-color:var(--danger);color:var(--bg)}
.cc-button.cc-danger-quiet{color:var(--danger)}
.cc-bar-button:focus-visible,.cc-button:focus-visible,.cc-swatch:focus-visible{outline:2px solid var(--fg);outline-offset:2px}
.cc-bar-button[disabled],.cc-button[disabled]{opacity:.6;cursor:default}
.cc-colours{display:inline-flex;gap:4px;padding:0 4px}
.cc-swatch{all:unset;box-sizing:border-box;width:22px;height:22px;border-radius:50%;border:2px solid transparent;cursor:pointer;box-shadow:inset 0 0 0 1px rgba(0,0,0,.25)}
.cc-swatch[aria-pressed="true"]{border-color:var(--fg)}
.cc-swatch-yellow{background:#ffdd00}.cc-swatch-green{background:#34d399}.cc-swatch-blue{background:#60a5fa}.cc-swatch-pink{background:#f472b6}
.cc-dot{display:inline-block;width:10px;height:10px;border-radius:50%;box-shadow:0 0 0 1px rgba(0,0,0,.3)}
.cc-editor{width:320px;max-width:calc(100vw - 16px);padding:10px 12px 8px}
.cc-editor form{margin:0;display:flex;flex-direction:column;gap:6px}
.cc-quote{margin:0;color:var(--muted);font-style:italic;overflow-wrap:anywhere}
.cc-label{font-size:12px;font-weight:600;color:var(--muted);margin-top:2px}
.cc-field{box-sizing:border-box;width:100%;margin:0;padding:6px 8px;border:1px solid var(--line);border-radius:6px;background:var(--bg);color:var(--fg);
font:14px/1.4 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
.cc-note{resize:vertical;min-height:64px}
.cc-field:focus{outline:2px solid var(--accent);outline-offset:0;border-color:var(--accent)}
.cc-actions{display:flex;align-items:center;gap:6px;margin-top:4px;flex-wrap:wrap}
.cc-spacer{flex:1}
.cc-confirm-text{flex:1 1 100%;font-weight:600}
.cc-status{margin:4px 2px 0;color:var(--danger);font-size:13px}
.cc-hint{margin:2px 0 0;color:var(--muted);font-size:11px}
`;
