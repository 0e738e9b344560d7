/**
 * The production bundles reach React through this module: webpack.config.js hands it every `import … from
 * "react"` of the controls and common/. React itself is the platform's (an external object), so a call
 * through the namespace, `React.createElement(…)`, is written out in full at each of its hundreds of uses;
 * through these local bindings the minifier names each one with a letter or two. Jest uses React directly.
 * The build fails when code uses a React export missing here (webpack.config.js: exportsPresence).
 */
import * as React from "react";

export const { Component, Fragment, createContext, createElement, createRef, memo, useCallback, useContext, useEffect, useMemo, useRef, useState } = React;
