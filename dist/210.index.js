"use strict";
exports.id = 210;
exports.ids = [210];
exports.modules = {

/***/ 80210:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GY: () => (/* binding */ findPlaceholders),
/* harmony export */   Yb: () => (/* binding */ unixSeconds),
/* harmony export */   _W: () => (/* binding */ TEMPLATE_NAMES),
/* harmony export */   kj: () => (/* binding */ isTemplateName),
/* harmony export */   no: () => (/* binding */ renderQuery)
/* harmony export */ });
/* unused harmony export promDuration */
/* harmony import */ var _util_duration__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(26518);
/**
 * Query templating (steady-state.md §12): only `{{window}}`, `{{start}}`, `{{end}}` and
 * `{{duration}}` exist, so a typo is caught at load instead of reaching Prometheus as `{{windw}}`.
 * Values are rendered the way PromQL reads them: durations as `1m30s`, times as unix seconds.
 */

const TEMPLATE_NAMES = ['window', 'start', 'end', 'duration'];
const PLACEHOLDER = /\{\{\s*([^{}\s]*)\s*\}\}/g;
/** Every placeholder in `query`, known or not. */
function findPlaceholders(query) {
    return [...query.matchAll(PLACEHOLDER)].map((m) => ({
        name: m[1] ?? '',
        offset: m.index,
        length: m[0].length
    }));
}
/** True when `name` is one of the four template names. */
function isTemplateName(name) {
    return TEMPLATE_NAMES.includes(name);
}
/** Substitutes the placeholders. Unknown names throw: they are config errors caught at load. */
function renderQuery(query, values) {
    const durationMs = Math.max(values.endMs - values.startMs, values.minDurationMs);
    const rendered = {
        window: promDuration(values.windowMs),
        start: unixSeconds(values.startMs),
        end: unixSeconds(values.endMs),
        duration: promDuration(Math.ceil(durationMs / 1000) * 1000)
    };
    return query.replace(PLACEHOLDER, (whole, name) => {
        if (!isTemplateName(name)) {
            throw new RangeError(`unknown placeholder ${whole}; the placeholders are ${TEMPLATE_NAMES.map((n) => `{{${n}}}`).join(', ')}`);
        }
        return rendered[name];
    });
}
/** A duration as PromQL writes it (`90s` → `1m30s`, `250ms`); never empty. */
function promDuration(ms) {
    return ms <= 0 ? '0s' : (0,_util_duration__WEBPACK_IMPORTED_MODULE_0__/* .toGoDuration */ .Im)(ms);
}
/** Epoch ms as unix seconds with millisecond precision, as PromQL's `@` and the API take them. */
function unixSeconds(ms) {
    return (ms / 1000).toFixed(3);
}


/***/ })

};
;