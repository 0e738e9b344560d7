// Instruments the page before any library loads: live timers (so a test can prove destroy() leaves none
// running) and JSON.parse calls on large texts (so the benchmark can count re-parses). Classic script.
(function () {
    "use strict";
    var live = new Map(); // id → { kind, delay, stack }
    var nativeSetTimeout = window.setTimeout.bind(window);
    var nativeClearTimeout = window.clearTimeout.bind(window);
    var nativeSetInterval = window.setInterval.bind(window);
    var nativeClearInterval = window.clearInterval.bind(window);
    var nativeParse = JSON.parse;
    var parses = [];

    window.setTimeout = function (handler, delay) {
        var args = Array.prototype.slice.call(arguments, 2);
        var id = nativeSetTimeout(function () {
            live.delete(id);
            if (typeof handler === "function") handler.apply(window, args);
        }, delay);
        live.set(id, { kind: "timeout", delay: Number(delay) || 0, stack: new Error().stack });
        return id;
    };
    window.clearTimeout = function (id) {
        live.delete(id);
        nativeClearTimeout(id);
    };
    window.setInterval = function () {
        var id = nativeSetInterval.apply(window, arguments);
        live.set(id, { kind: "interval", delay: Number(arguments[1]) || 0, stack: new Error().stack });
        return id;
    };
    window.clearInterval = function (id) {
        live.delete(id);
        nativeClearInterval(id);
    };
    JSON.parse = function (text) {
        if (typeof text === "string" && text.length >= 1000) parses.push(text.length);
        return nativeParse.apply(JSON, arguments);
    };

    window.__aops = {
        /** Timers that are scheduled and have neither fired nor been cleared. */
        liveTimers: function () {
            return Array.from(live.values()).map(function (t) {
                return { kind: t.kind, delay: t.delay, stack: String(t.stack).split("\n").slice(2, 6).join("\n") };
            });
        },
        /** Lengths of the texts of 1,000 characters or more that JSON.parse was given. */
        largeParses: parses,
        nativeSetTimeout: nativeSetTimeout,
    };
})();
