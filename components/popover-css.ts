/**
 * The popover's styles, placed inside its shadow root so page CSS cannot restyle it.
 * Light and dark follow the reader's `prefers-color-scheme`; sizes in px, since pages set odd
 * root font sizes.
 */
export const POPOVER_CSS = `
.cc-float{position:fixed;top:0;left:0;z-index:2147483647;width:max-content;max-width:min(360px,calc(100vw - 16px))}
.cc-float[hidden]{display:none}
.cc-pop{--bg:#fff;--fg:#1f2328;--muted:#59636e;--line:#d1d9e0;--differs:#9a3412;--differs-bg:#ffedd5;--agrees:#166534;--agrees-bg:#dcfce7;--unique:#3d4a5c;--unique-bg:#e5e9f0;
box-sizing:border-box;max-height:var(--cc-max-h,70vh);overflow:auto;padding:10px 12px 12px;
background:var(--bg);color:var(--fg);border:1px solid var(--line);border-top:4px solid var(--accent);border-radius:8px;
box-shadow:0 6px 24px rgba(0,0,0,.2);font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;text-align:left;color-scheme:light dark}
@media (prefers-color-scheme:dark){.cc-pop{--bg:#1f2328;--fg:#e6edf3;--muted:#9ea8b3;--line:#3d444d;--differs:#fdba74;--differs-bg:#4a1d08;--agrees:#86efac;--agrees-bg:#0b3320;--unique:#cbd5e1;--unique-bg:#334155;box-shadow:0 6px 24px rgba(0,0,0,.6)}}
.cc-differs{--accent:var(--differs)}.cc-agrees{--accent:var(--agrees)}.cc-unique{--accent:var(--unique)}
.cc-head{display:flex;gap:8px;align-items:flex-start}
.cc-value{flex:1;margin:0;font-size:15px}
.cc-what{color:var(--muted)}
.cc-close{all:unset;flex:none;width:24px;height:24px;border-radius:4px;text-align:center;font-size:20px;line-height:22px;color:var(--muted);cursor:pointer}
.cc-close:hover{background:var(--line);color:var(--fg)}
.cc-close:focus-visible{outline:2px solid var(--fg);outline-offset:1px}
.cc-here{margin:6px 0 0;font-style:italic}
.cc-status{margin:6px 0 0}
.cc-badge,.cc-tag{display:inline-block;padding:0 7px;border-radius:999px;font-size:12px;font-weight:600;line-height:18px;white-space:nowrap}
.cc-badge-differs,.cc-tag-different{color:var(--differs);background:var(--differs-bg)}
.cc-badge-agrees,.cc-tag-same{color:var(--agrees);background:var(--agrees-bg)}
.cc-badge-unique,.cc-tag-less-specific{color:var(--unique);background:var(--unique-bg)}
.cc-reports h3{margin:10px 0 2px;font-size:12px;font-weight:600;letter-spacing:.03em;text-transform:uppercase;color:var(--muted)}
.cc-reports ul{margin:0;padding:0;list-style:none}
.cc-report{margin:6px 0 0}
.cc-line{font-weight:600}
.cc-quote{display:block;margin-top:2px;color:var(--muted);font-style:italic}
`;
