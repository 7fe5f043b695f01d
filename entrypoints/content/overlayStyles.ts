/** Styles of the overlay's shadow root: nothing here leaks into the page, nothing of the page leaks in. */
export const OVERLAY_CSS = `
:host { all: initial; }
* { box-sizing: border-box; font: 13px/1.4 system-ui, -apple-system, "Segoe UI", sans-serif; }
.dock { position: fixed; right: 16px; bottom: 16px; z-index: 2147483647; display: flex;
  flex-direction: column; align-items: flex-end; gap: 8px; max-width: 320px; }
.panel { background: #fff; color: #1d2330; border: 1px solid #d6dae3; border-radius: 10px;
  box-shadow: 0 4px 18px rgba(20, 30, 50, .18); padding: 8px 10px; }
.brand { font-weight: 600; margin: 0 0 4px; display: flex; justify-content: space-between; gap: 12px; }
.close { all: unset; cursor: pointer; color: #667; padding: 0 4px; }
.close:focus-visible, .chip:focus-visible { outline: 2px solid #2a6df4; outline-offset: 2px; }
.legend { display: flex; flex-wrap: wrap; gap: 4px 10px; margin: 0; padding: 0; list-style: none; }
.legend li { display: flex; align-items: center; gap: 4px; color: #3b4252; }
.swatch { width: 12px; height: 12px; border-radius: 3px; display: inline-block; }
.chip { all: unset; cursor: pointer; background: #1d2330; color: #fff; border-radius: 999px;
  padding: 6px 12px; box-shadow: 0 2px 10px rgba(20, 30, 50, .25); }
.chip * { color: inherit; }
.tooltip { position: fixed; z-index: 2147483647; max-width: 360px; background: #1d2330; color: #fff;
  border-radius: 6px; padding: 6px 8px; pointer-events: none; box-shadow: 0 4px 14px rgba(0,0,0,.25); }
.tooltip[hidden], .dock[hidden] { display: none; }
.tooltip .kind { color: #c8d0e0; }
`;
