"use strict";
exports.id = 145843;
exports.ids = [145843];
exports.modules = {

/***/ 62438:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readBearerToken: () => (/* binding */ readBearerToken)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/**
 * Bearer tokens for managed Prometheus services that take short-lived tokens (Google Managed
 * Service for Prometheus, Azure Monitor managed Prometheus): read from a file a sidecar or the
 * runner refreshes, or printed by a command (`gcloud auth print-access-token`,
 * `az account get-access-token --query accessToken -o tsv`). The token is read once per
 * experiment, when its Prometheus source opens, and becomes an Authorization header, so it is
 * masked like every header. A token that cannot be read stops the experiment before any fault.
 */


/** A command that has not printed its token by then is not going to. */
const COMMAND_TIMEOUT_MS = 30_000;
async function readBearerToken(from) {
    const token = 'file' in from ? await fromFile(from.file) : await fromCommand(from.command);
    if (token === '')
        throw new Error(`the bearer token from ${'file' in from ? `file ${from.file}` : `command '${from.command.join(' ')}'`} is empty`);
    return token;
}
async function fromFile(file) {
    try {
        return (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(file, 'utf8')).trim();
    }
    catch (err) {
        const code = err.code ?? 'error';
        throw new Error(`cannot read the bearer token file ${file} (${code})`, { cause: err });
    }
}
function fromCommand(command) {
    const [program = '', ...args] = command;
    return new Promise((resolve, reject) => {
        (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile)(program, args, { timeout: COMMAND_TIMEOUT_MS }, (err, stdout, stderr) => {
            // The command's own words, which never contain the token (it failed to print one).
            if (err)
                reject(new Error(`the bearer token command '${command.join(' ')}' failed: ${stderr.trim().split('\n').at(-1) || err.message}`));
            else
                resolve(stdout.trim());
        });
    });
}


/***/ })

};
;